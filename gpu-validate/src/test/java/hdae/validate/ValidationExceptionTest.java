package hdae.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

import java.util.Locale;

class ValidationExceptionTest {

    @Test
    void messageReadsExpectedConditionForNameGotValue() {
        ValidationException e = ValidationException.expected("eps > 0", "eps", -0.5);
        assertEquals("expected eps > 0 for eps, got -0.5", e.getMessage());
        assertInstanceOf(IllegalArgumentException.class, e);
    }

    @Test
    void messageUsesRootLocaleDigits() {
        // Locale.ROOT: a decimal point, never a comma, whatever the default locale
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("expected x for y, got 1.5", ValidationException.expected("x", "y", 1.5).getMessage());
        } finally {
            Locale.setDefault(saved);
        }
    }
}

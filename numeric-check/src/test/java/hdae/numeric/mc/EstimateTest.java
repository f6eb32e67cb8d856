package hdae.numeric.mc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.numeric.NumericException;
import org.junit.jupiter.api.Test;

class EstimateTest {

    @Test
    void intervalContainsItsEndsAndNotNan() {
        ConfidenceInterval ci = new ConfidenceInterval(1, 2, 0.95);
        assertTrue(ci.contains(1) && ci.contains(2) && ci.contains(1.5));
        assertFalse(ci.contains(Double.NaN) || ci.contains(2.000001));
        assertEquals(0.05, ci.alpha(), 1e-16);
        assertEquals(1, ci.width(), 0.0);
    }

    @Test
    void rejectsReversedInterval() {
        NumericException e = assertThrows(NumericException.class, () -> new ConfidenceInterval(2, 1, 0.95));
        assertTrue(e.getMessage().startsWith("expected lower <= upper"), e.getMessage());
        assertTrue(e.getMessage().endsWith("for lower, got 2.0"), e.getMessage());
    }

    @Test
    void rejectsNanEnd() {
        assertThrows(NumericException.class, () -> new ConfidenceInterval(Double.NaN, 1, 0.95));
    }

    @Test
    void rejectsNegativeStandardError() {
        ConfidenceInterval ci = new ConfidenceInterval(0, 1, 0.9);
        NumericException e = assertThrows(NumericException.class, () -> new Estimate(0.5, -1, 10, ci, "x"));
        assertEquals("expected standardError >= 0 for standardError, got -1.0", e.getMessage());
    }

    @Test
    void messageUsesRootLocale() {
        assertEquals("expected n >= 2 for n, got 1.5",
                NumericException.expected("n >= 2", "n", 1.5).getMessage());
    }
}

package hdae.proofs.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values in counterexamples are written out in full (30, not 3E+1) unless the exponent is extreme. */
class NumericsShowTest {
    @ParameterizedTest
    @CsvSource({"30, 30", "3E+1, 30", "1000000, 1000000", "0.000125, 0.000125", "2.50, 2.5",
        "1E+30, 1E+30", "1.5E-12, 1.5E-12", "0.333333333333333333333, 0.333333333333333", "-4E+2, -400"})
    void plainUnlessTheExponentIsExtreme(String value, String shown) {
        assertEquals(shown, Numerics.show(new BigDecimal(value)));
    }
}

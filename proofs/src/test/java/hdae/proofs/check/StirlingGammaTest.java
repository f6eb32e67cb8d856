package hdae.proofs.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.symbolic.cas.Cas;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.FormulaParser;
import java.math.BigDecimal;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stirling's series for Gamma at large arguments, as the high-precision numerics use it. */
class StirlingGammaTest {

    /** B_2k from DLMF Table 24.2.1 (k = 1, 2, 3, 6, 10). */
    @ParameterizedTest
    @CsvSource({"1, 1, 6", "2, -1, 30", "3, 1, 42", "6, -691, 2730", "10, -174611, 330"})
    void bernoulliNumbersAreDlmfs(int k, long numerator, long denominator) {
        assertEquals(BigFraction.of(numerator, denominator), StirlingGamma.evenBernoulli(k));
    }

    /**
     * The series, with as many terms as the precision needs, agrees with Symja's Gamma (a product of x factors at an
     * integer x) to the checker's tolerance at that precision, 10^-(d - 12), at the threshold and above it.
     */
    @ParameterizedTest
    @CsvSource({"100001, 40", "100001, 160", "250000, 40"})
    void seriesAgreesWithTheProductToThePrecisionAsked(long x, int digits) {
        Formula gamma = FormulaParser.parse("Gamma(x)");
        Map<String, BigDecimal> at = Map.of("x", BigDecimal.valueOf(x));
        Formula series = StirlingGamma.atPoint(gamma, at, digits);
        assertTrue(!series.equals(gamma), "rewritten at x = " + x);
        try (Cas cas = new Cas()) {
            BigDecimal product = cas.numeric(gamma, at, digits).orElseThrow();
            BigDecimal stirling = cas.numeric(series, at, digits).orElseThrow();
            assertTrue(Numerics.close(product, stirling, Math.pow(10, -(digits - 12))), product + " vs " + stirling);
        }
    }

    /**
     * Below the threshold, where no term count up to the maximum reaches the precision, and where the d-digit powers
     * would lose too many digits (x = 10^8, 5 10^31 in the formula), Gamma stays.
     */
    @ParameterizedTest
    @CsvSource({"5001, 40", "99999, 40", "100001, 2560", "200000000, 40", "100000000000000000000000000000000, 40"})
    void gammaStaysWhereTheSeriesIsNotUsed(BigDecimal x, int digits) {
        Formula f = FormulaParser.parse("Pi^(x/2)/Gamma(x/2 + 1) + Gamma(x)");
        assertEquals(f, StirlingGamma.atPoint(f, Map.of("x", x), digits));
    }
}

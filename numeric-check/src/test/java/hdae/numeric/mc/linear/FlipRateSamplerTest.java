package hdae.numeric.mc.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.numeric.NumericException;
import hdae.numeric.mc.Estimate;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Objection H-b restated as the premise margin = o(eps |w|_1), with witnesses both ways. Every interval is a
 * Clopper-Pearson interval of confidence 1 - 1e-6 (alpha = 1e-6 per assertion, conservative). The exact flip rate
 * of independent pixels, Pr[|S_n - n/2| < eps n] with S_n the Irwin-Hall sum of n uniforms, is computed here in
 * exact rational arithmetic, independently of the sampler: at eps = 0.1 it is 0.72220 for n = 10 (the issue text's
 * 72 % agrees) and 0.99950 for n = 100 (not 99.97 %).
 */
class FlipRateSamplerTest {
    private static final double CONFIDENCE = 1 - 1e-6;
    private static final double EPS = 0.1;
    private static final long SAMPLES = 40_000;

    /** Pr[lo < S_n < hi] for the sum of n independent uniforms: (1/n!) sum_k (-1)^k C(n, k) (x - k)_+^n. */
    static double irwinHall(int n, BigDecimal lo, BigDecimal hi) {
        return irwinHallCdf(n, hi).subtract(irwinHallCdf(n, lo)).doubleValue();
    }

    private static BigDecimal irwinHallCdf(int n, BigDecimal x) {
        BigDecimal sum = BigDecimal.ZERO;
        BigInteger factorial = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            factorial = factorial.multiply(BigInteger.valueOf(i));
        }
        BigInteger binomial = BigInteger.ONE;
        for (int k = 0; k <= n && x.compareTo(BigDecimal.valueOf(k)) > 0; k++) {
            if (k > 0) {
                binomial = binomial.multiply(BigInteger.valueOf(n - k + 1)).divide(BigInteger.valueOf(k));
            }
            BigDecimal term = new BigDecimal(binomial).multiply(x.subtract(BigDecimal.valueOf(k)).pow(n));
            sum = k % 2 == 0 ? sum.add(term) : sum.subtract(term);
        }
        return sum.divide(new BigDecimal(factorial), MathContext.DECIMAL128);
    }

    private static double exactIndependent(int n) {
        BigDecimal half = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(2));
        BigDecimal gain = BigDecimal.valueOf(EPS).multiply(BigDecimal.valueOf(n));
        return irwinHall(n, half.subtract(gain), half.add(gain));
    }

    @Test
    void exactRatesAreTheQuotedOnes() {
        assertEquals(0.72220, exactIndependent(10), 5e-6);
        assertEquals(0.99950, exactIndependent(100), 5e-6);
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {10, 40, 100})
    void independentPixelsFlipAtTheExactRate(int n) {
        Estimate e = FlipRateSampler.independent(n, EPS, SAMPLES, 1900L + n, CONFIDENCE);
        assertTrue(e.isConsistentWith(exactIndependent(n)), () -> e + " against " + exactIndependent(n));
    }

    /** Chebyshev: Pr[|margin| >= eps n] <= Var/(eps n)^2 = 1/(12 eps^2 n); the sample is far above that bound. */
    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {100, 1000})
    void independentPixelsFlipAtLeastAsOftenAsChebyshevSays(int n) {
        Estimate e = FlipRateSampler.independent(n, EPS, SAMPLES / 4, 1901L + n, CONFIDENCE);
        double chebyshev = 1 - 1 / (12 * EPS * EPS * n);
        assertTrue(e.interval().lower() > chebyshev, () -> e + " against " + chebyshev);
    }

    @Test
    void everyPointFlipsFromAThousandIndependentPixels() {
        Estimate e = FlipRateSampler.independent(1000, EPS, 4000, 1902L, CONFIDENCE);
        assertEquals(1.0, e.value(), () -> e.toString());
    }

    /** Replicated pixels: the same function, so the rate of the base image whatever k, far below independence. */
    @ParameterizedTest(name = "k = {0}")
    @ValueSource(ints = {1, 4, 16, 64})
    void replicatedPixelsKeepTheBaseRate(int k) {
        int n0 = 10;
        Estimate e = FlipRateSampler.replicated(n0, k, EPS, SAMPLES / 4, 1903L + k, CONFIDENCE);
        assertTrue(e.isConsistentWith(exactIndependent(n0)), () -> e + " against " + exactIndependent(n0));
        double independentAtSameN = 1 - 1 / (12 * EPS * EPS * n0 * k);
        if (k >= 16) {
            assertTrue(e.interval().upper() < independentAtSameN, () -> e + " against " + independentAtSameN);
        }
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(NumericException.class, () -> FlipRateSampler.independent(0, EPS, 100, 1L, CONFIDENCE));
        assertThrows(NumericException.class, () -> FlipRateSampler.independent(10, Double.NaN, 100, 1L, CONFIDENCE));
        assertThrows(NumericException.class, () -> FlipRateSampler.replicated(10, 0, EPS, 100, 1L, CONFIDENCE));
        assertThrows(NumericException.class, () -> FlipRateSampler.independent(10, EPS, 100, 1L, 1.0));
    }
}

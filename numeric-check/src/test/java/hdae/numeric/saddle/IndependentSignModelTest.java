package hdae.numeric.saddle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import hdae.numeric.NumericException;
import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.RandomStreams;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndependentSignModelTest {

    /** The independent-sign model: saddles : minima = 1022 at n = 10 and 1 048 574 at n = 20. */
    @Test
    void saddlesPerMinimumMatchTheDigest() {
        assertEquals(BigInteger.valueOf(1022), IndependentSignModel.saddlesPerMinimum(10));
        assertEquals(BigInteger.valueOf(1_048_574), IndependentSignModel.saddlesPerMinimum(20));
        assertEquals(BigInteger.ZERO, IndependentSignModel.saddlesPerMinimum(1));
    }

    /** Ng's \( 2^{-20000} \) and beyond: finite logarithms, exact in units of ln 2 (relative 1e-15, one rounding). */
    @Test
    void largeDimensionsStayFinite() {
        for (int n : new int[] {20_000, 1_000_000, Integer.MAX_VALUE / 2}) {
            double logMinimum = IndependentSignModel.logProbabilityOfMinimum(n);
            double logSaddles = IndependentSignModel.logSaddlesPerMinimum(n);
            assertTrue(Double.isFinite(logMinimum) && Double.isFinite(logSaddles), "n=" + n);
            assertEquals(-n * Math.log(2), logMinimum, 1e-15 * n);
            assertEquals(n * Math.log(2), logSaddles, 1e-15 * n);
            assertTrue(Double.isFinite(IndependentSignModel.logIndexProbability(n, n / 2)), "n=" + n);
        }
    }

    /**
     * The log of the exact count \( 2^n - 2 \) (BigInteger, converted through BigDecimal for n up to 1000) equals the
     * log1p form; relative 1e-14 (a few roundings of log).
     */
    @Test
    void logSaddlesMatchesTheExactCount() {
        for (int n = 2; n <= 1000; n++) {
            double exact = Math.log(new BigDecimal(IndependentSignModel.saddlesPerMinimum(n)).doubleValue());
            double computed = IndependentSignModel.logSaddlesPerMinimum(n);
            assertEquals(exact, computed, 1e-14 * Math.max(1, exact), "n=" + n);
        }
        assertEquals(Double.NEGATIVE_INFINITY, IndependentSignModel.logSaddlesPerMinimum(1));
    }

    /**
     * The index probabilities sum to 1: \( \sum_k \binom nk 2^{-n} = 1 \), for random n up to 5000. Tolerance 1e-10
     * relative: each term has relative error about 1e-13 (LogBinomialCoefficient, exp), and the sum is dominated by
     * about \( \sqrt n \) terms.
     */
    @Test
    void indexProbabilitiesSumToOne() {
        qt().withExamples(60).withFixedSeed(31L).forAll(integers().between(1, 5000)).check(n -> {
            double sum = 0;
            for (int k = 0; k <= n; k++) {
                sum += Math.exp(IndependentSignModel.logIndexProbability(n, k));
            }
            return Math.abs(sum - 1) <= 1e-10;
        });
    }

    @Test
    void meanAndVarianceOfTheIndex() {
        assertEquals(5.0, IndependentSignModel.meanIndex(10), 0.0);
        assertEquals(2.5, IndependentSignModel.indexVariance(10), 0.0);
    }

    /** Simulated fair signs: \( 2^{-n} \) in the Clopper-Pearson interval, alpha = 1e-6 per n. */
    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 2, 5, 10})
    void simulatedMinimaMatchTwoToTheMinusN(int n) {
        Estimate e = IndependentSignModel.estimateProbabilityOfMinimum(n, 200_000, RandomStreams.create(40L + n),
                1 - 1e-6);
        assertTrue(e.isConsistentWith(SaddleReferences.signModelMinimum(n)), e.toString());
    }

    /**
     * The model's log-space formulas against the catalogue's closed forms (sign-model-*-eq, evaluated by
     * BoundEvaluator), for every n up to 1000 and every k. Relative tolerance 1e-11: both sides form exp of a sum of
     * logarithms of size up to ln C(1000, 500) + 1000 ln 2 = 1.4e3 (the model) or evaluate C(n, k) within a few ulps
     * and scale by 2^-n exactly (the catalogue), so each is within about 8u * 1.4e3 = 1.2e-12 of the exact value.
     */
    @Test
    void modelAgreesWithTheCatalogue() {
        for (int n = 1; n <= 1000; n++) {
            double minimum = SaddleReferences.signModelMinimum(n);
            assertEquals(minimum, Math.exp(IndependentSignModel.logProbabilityOfMinimum(n)), 1e-11 * minimum, "n=" + n);
            for (int k = 0; k <= n; k++) {
                double p = SaddleReferences.signModelIndex(n, k);
                assertEquals(p, Math.exp(IndependentSignModel.logIndexProbability(n, k)), 1e-11 * p,
                        "n=" + n + " k=" + k);
            }
        }
        // the count 2^n - 2 is exact in double up to n = 53 and correctly rounded beyond, as BigInteger -> double is
        for (int n = 1; n <= 1023; n++) {
            assertEquals(new BigDecimal(IndependentSignModel.saddlesPerMinimum(n)).doubleValue(),
                    SaddleReferences.signModelSaddlesPerMinimum(n), "n=" + n);
        }
    }

    @Test
    void rejectsIndexAboveN() {
        NumericException e = assertThrows(NumericException.class,
                () -> IndependentSignModel.logIndexProbability(3, 4));
        assertEquals("expected 0 <= k <= 3 for k, got 4", e.getMessage());
    }
}

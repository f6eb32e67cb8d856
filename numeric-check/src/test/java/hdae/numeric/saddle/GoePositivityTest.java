package hdae.numeric.saddle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.RandomStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoePositivityTest {

    /** Alpha = 1e-6 is the false-alarm rate of each interval assertion below. */
    private static final double CONFIDENCE = 1 - 1e-6;

    /** Exact \( P_1, P_2, P_3 \) (catalogue) in the hit-or-miss Clopper-Pearson interval, 200 000 matrices each. */
    @ParameterizedTest(name = "N = {0}")
    @ValueSource(ints = {1, 2, 3})
    void exactValuesLieInTheEigenvalueInterval(int size) {
        Estimate e = GoePositivity.estimateByEigenvalues(size, 200_000, RandomStreams.create(100L + size), CONFIDENCE);
        assertTrue(e.isConsistentWith(SaddleReferences.goePositiveDefinite(size)), "N=" + size + ": " + e);
    }

    /**
     * Exact \( P_2, P_3 \) in the importance-sampling Student-t interval, 100 000 weights each (bounded weights,
     * relative variance below 0.3, so the asymptotic level is accurate).
     */
    @ParameterizedTest(name = "N = {0}")
    @ValueSource(ints = {2, 3})
    void exactValuesLieInTheConditioningInterval(int size) {
        Estimate e = GoePositivity.estimateByConditioning(size, 100_000, RandomStreams.create(200L + size),
                CONFIDENCE);
        assertTrue(e.isConsistentWith(SaddleReferences.goePositiveDefinite(size)), "N=" + size + ": " + e);
    }

    /** For N = 1 the proposal is the exact conditional law: every weight is 1/2 and the interval has zero width. */
    @Test
    void conditioningIsExactForSizeOne() {
        Estimate e = GoePositivity.estimateByConditioning(1, 1000, RandomStreams.create(3L), CONFIDENCE);
        assertEquals(0.5, e.value(), 1e-16);
        assertEquals(0.0, e.standardError(), 1e-16);
    }

    /**
     * Both estimators agree where both are practical (N = 4, 5): their intervals, each of level 1 - 1e-6, overlap
     * (false-alarm rate at most 2e-6).
     */
    @ParameterizedTest(name = "N = {0}")
    @ValueSource(ints = {4, 5})
    void estimatorsAgree(int size) {
        Estimate byEigenvalues = GoePositivity.estimateByEigenvalues(size, 200_000, RandomStreams.create(300L + size),
                CONFIDENCE);
        Estimate byConditioning = GoePositivity.estimateByConditioning(size, 100_000,
                RandomStreams.create(400L + size), CONFIDENCE);
        boolean overlap = byEigenvalues.interval().lower() <= byConditioning.interval().upper()
                && byConditioning.interval().lower() <= byEigenvalues.interval().upper();
        assertTrue(overlap, "N=" + size + ": " + byEigenvalues + " vs " + byConditioning);
    }

    /** Every matrix of the conditioned sampler is symmetric and positive definite by its eigenvalues. */
    @Test
    void conditionedMatricesArePositiveDefinite() {
        for (int size = 2; size <= 8; size++) {
            ConditionedGoeSampler sampler = ConditionedGoeSampler.of(size, RandomStreams.create(500L + size));
            double[][] h = new double[size][size];
            for (int s = 0; s < 2000; s++) {
                double weight = sampler.sampleInto(h);
                if (weight > 0) {
                    assertTrue(GoePositivity.smallestEigenvalue(h) > 0, "N=" + size + " sample " + s);
                    for (int i = 0; i < size; i++) {
                        for (int j = 0; j < i; j++) {
                            assertEquals(h[i][j], h[j][i], 0.0);
                        }
                    }
                }
            }
        }
    }
}

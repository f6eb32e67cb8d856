package hdae.numeric.mc.geometry;

import static hdae.numeric.mc.geometry.KernelAssertions.assertCovers;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.numeric.NumericException;
import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.RandomStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CubeDistanceSamplerTest {

    /**
     * \( \mathbb{E}\|x-y\|^2 = n/6 \) in a Student-t interval, alpha = 1e-6 per assertion (asymptotic level; the
     * per-sample skewness is at most 0.6 and m >= 2000, so the Edgeworth error at z = 4.9 is about 0.03 standard
     * errors).
     */
    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {2, 3, 10, 100, 1000, 10000})
    void pairMeanContainsNOverSix(int n) {
        Estimate e = KernelRuns.pairSquared(n);
        assertCovers(e, CatalogueReferences.pairSquaredDistance(n), "E|x-y|^2 n=" + n);
    }

    /** \( \mathbb{E}\|x-c\|^2 = n/12 \) in a Student-t interval, alpha = 1e-6 per assertion. */
    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {2, 3, 10, 100, 1000, 10000})
    void centreMeanContainsNOverTwelve(int n) {
        Estimate e = KernelRuns.centreSquared(n);
        assertCovers(e, CatalogueReferences.centreSquaredDistance(n), "E|x-c|^2 n=" + n);
    }

    @Test
    void rejectsOneSample() {
        NumericException e = assertThrows(NumericException.class,
                () -> CubeDistanceSampler.estimatePairSquared(5, 1, RandomStreams.create(1L), 0.9));
        assertTrue(e.getMessage().contains("for samples, got 1"), e.getMessage());
    }
}

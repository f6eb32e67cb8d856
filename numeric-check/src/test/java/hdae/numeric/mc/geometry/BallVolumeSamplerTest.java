package hdae.numeric.mc.geometry;

import static hdae.numeric.mc.geometry.KernelAssertions.assertCovers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hdae.numeric.NumericException;
import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.RandomStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BallVolumeSamplerTest {

    /**
     * \( \pi^{n/2}/(2^n\Gamma(n/2+1)) \) by hit-or-miss for small n only (n = 10: 0.00249, so \( 10^6 \) points
     * give about 2500 hits); Clopper-Pearson, alpha = 1e-6 per assertion.
     */
    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {2, 3, 4, 5, 7, 10})
    void exactRatioLiesInTheInterval(int n) {
        Estimate e = KernelRuns.ballVolume(n);
        assertCovers(e, CatalogueReferences.ballToCubeVolumeRatio(n), "ball/cube volume n=" + n);
    }

    @Test
    void rejectsDimensionAboveTheCap() {
        NumericException e = assertThrows(NumericException.class,
                () -> BallVolumeSampler.estimate(21, 10, RandomStreams.create(1L), 0.9));
        assertEquals("expected 1 <= n <= 20 for n, got 21", e.getMessage());
    }
}

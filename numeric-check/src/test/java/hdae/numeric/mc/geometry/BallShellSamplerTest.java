package hdae.numeric.mc.geometry;

import static hdae.numeric.mc.geometry.KernelAssertions.assertCovers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.numeric.NumericException;
import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.RandomStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BallShellSamplerTest {

    /**
     * Paper-digest values (section 6, fact 5: eps = 0.01 gives 0.096, 0.634, 0.99996 at n = 10, 100, 1000) and
     * shells holding half the ball, with both point samplers. Alpha = 1e-6 per assertion (Clopper-Pearson).
     */
    @ParameterizedTest(name = "n = {0}, eps = {1}, {2}")
    @CsvSource({"2, 0.01, POLAR", "10, 0.01, POLAR", "100, 0.01, POLAR", "1000, 0.01, POLAR",
        "2, 0.2928932188134524, POLAR", "1000, 0.0006929070095, POLAR",
        "3, 0.01, DROPPED_COORDINATES", "10, 0.01, DROPPED_COORDINATES", "100, 0.01, DROPPED_COORDINATES",
        "1000, 0.0006929070095, DROPPED_COORDINATES"})
    void exactFractionLiesInTheInterval(int n, double eps, BallPoints points) {
        Estimate e = KernelRuns.ballShell(n, eps, points);
        assertCovers(e, CatalogueReferences.ballShellFraction(n, eps), "ball shell n=" + n + " eps=" + eps + " " + points);
    }

    @Test
    void pointsLieInTheBall() {
        for (BallPoints points : BallPoints.values()) {
            var sampler = points.sampler(50, RandomStreams.create(3L));
            for (int s = 0; s < 1000; s++) {
                double[] x = sampler.sample();
                double normSquared = 0;
                for (double xi : x) {
                    normSquared += xi * xi;
                }
                assertEquals(50, x.length);
                // 1e-12: rounding of a normalised 50-vector times a radius <= 1 (about 50 ulps)
                assertTrue(normSquared <= 1 + 1e-12, points + " gave squared norm " + normSquared);
            }
        }
    }

    @Test
    void rejectsEpsAboveOne() {
        NumericException e = assertThrows(NumericException.class,
                () -> BallShellSampler.estimate(3, 1.5, 10, RandomStreams.create(1L), 0.9));
        assertEquals("expected 0 < eps <= 1.0 for eps, got 1.5", e.getMessage());
    }
}

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
import org.junit.jupiter.params.provider.ValueSource;

class CubeShellSamplerTest {

    /**
     * Paper-digest values (section 6, fact 1) and shells holding half the cube. Each assertion has false-alarm
     * rate alpha = 1e-6 (Clopper-Pearson, exact).
     */
    @ParameterizedTest(name = "n = {0}, eps = {1}")
    @CsvSource({"2, 0.001", "50, 0.05", "100, 0.01", "784, 0.01", "1000, 0.0001", "10000, 0.00001"})
    void exactFractionLiesInTheInterval(int n, double eps) {
        Estimate e = KernelRuns.cubeShell(n, eps);
        assertCovers(e, CatalogueReferences.cubeShellFraction(n, eps), "cube shell n=" + n + " eps=" + eps);
    }

    /** eps chosen so that the exact fraction is 1/2, where the interval is widest; alpha = 1e-6 each. */
    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {2, 10, 100, 1000, 10000})
    void halfShellLiesInTheInterval(int n) {
        double eps = -Math.expm1(Math.log(0.5) / n) / 2;
        Estimate e = KernelRuns.cubeShell(n, eps);
        assertCovers(e, CatalogueReferences.cubeShellFraction(n, eps), "cube half shell n=" + n);
        assertTrue(e.interval().width() < 0.05, "interval too wide to test anything: " + e);
    }

    @Test
    void sameSeedGivesTheSameEstimate() {
        assertEquals(KernelRuns.cubeShell(100, 0.003), KernelRuns.cubeShell(100, 0.003));
    }

    @Test
    void rejectsNanEps() {
        NumericException e = assertThrows(NumericException.class,
                () -> CubeShellSampler.estimate(3, Double.NaN, 10, RandomStreams.create(1L), 0.9));
        assertEquals("expected 0 < eps <= 0.5 for eps, got NaN", e.getMessage());
    }

    @Test
    void rejectsZeroDimension() {
        NumericException e = assertThrows(NumericException.class,
                () -> CubeShellSampler.estimate(0, 0.1, 10, RandomStreams.create(1L), 0.9));
        assertTrue(e.getMessage().contains("for n, got 0"), e.getMessage());
    }
}

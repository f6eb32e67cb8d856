package hdae.numeric.mc.geometry;

import static hdae.numeric.mc.geometry.KernelAssertions.assertRejects;

import org.apache.commons.numbers.gamma.LogGamma;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Test doubles: deliberately wrong closed forms, each a plausible slip, fed to the same seeded kernel runs and the
 * same interval check as the coverage tests. The check must reject every one of them, so a passing coverage test
 * means something. (A miss here is not a false alarm: these runs are seeded, and the printed distance in standard
 * errors shows the margin.)
 */
class WrongConstantTest {

    /** WRONG on purpose: n/5 instead of n/6. */
    private static double pairSquaredDistanceWrong(int n) {
        return n / 5.0;
    }

    /** WRONG on purpose: the pair value n/6 used for the distance to the centre (n/12). */
    private static double centreSquaredDistanceWrong(int n) {
        return n / 6.0;
    }

    /** WRONG on purpose: \( 1 - (1-\varepsilon)^n \), a missing factor 2 for the two faces per coordinate. */
    private static double cubeShellFractionWrong(int n, double eps) {
        return -Math.expm1(n * Math.log1p(-eps));
    }

    /**
     * WRONG on purpose: \( \Gamma(n/2) \) instead of \( \Gamma(n/2+1) \). Not wrong at n = 2, where
     * \( \Gamma(1) = \Gamma(2) \), so that n is left out below.
     */
    private static double ballToCubeVolumeRatioWrong(int n) {
        return Math.exp(0.5 * n * Math.log(Math.PI) - n * Math.log(2) - LogGamma.value(0.5 * n));
    }

    /** WRONG on purpose: the standard deviation \( 1/\sqrt n \) used for the second moment \( 1/n \). */
    private static double innerProductSecondMomentWrong(int n) {
        return 1 / Math.sqrt(n);
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {2, 10, 100, 1000})
    void rejectsNOverFiveForThePairDistance(int n) {
        assertRejects(KernelRuns.pairSquared(n), pairSquaredDistanceWrong(n), "E|x-y|^2 = n/5, n=" + n);
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {2, 10, 100, 1000})
    void rejectsNOverSixForTheCentreDistance(int n) {
        assertRejects(KernelRuns.centreSquared(n), centreSquaredDistanceWrong(n), "E|x-c|^2 = n/6, n=" + n);
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {2, 10, 100, 1000})
    void rejectsCubeShellWithoutFactorTwo(int n) {
        double eps = -Math.expm1(Math.log(0.5) / n) / 2;
        assertRejects(KernelRuns.cubeShell(n, eps), cubeShellFractionWrong(n, eps), "cube shell 1-(1-eps)^n, n=" + n);
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {3, 4, 5, 10})
    void rejectsBallVolumeWithGammaOfHalfN(int n) {
        assertRejects(KernelRuns.ballVolume(n), ballToCubeVolumeRatioWrong(n), "ball volume Gamma(n/2), n=" + n);
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {3, 10, 100, 1000})
    void rejectsStandardDeviationForSecondMoment(int n) {
        assertRejects(KernelRuns.innerProductSecondMoment(n), innerProductSecondMomentWrong(n),
                "E[(u.v)^2] = 1/sqrt(n), n=" + n);
    }
}

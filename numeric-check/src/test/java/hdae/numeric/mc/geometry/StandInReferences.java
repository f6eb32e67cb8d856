package hdae.numeric.mc.geometry;

import org.apache.commons.numbers.gamma.LogGamma;

/**
 * STAND-IN exact values for the geometry kernels' tests.
 *
 * <p>These closed forms are typed here only until the bound catalogue (module symbolic) provides them; the lead
 * will replace every method by an evaluation of the catalogue's Bound (STYLE.md rule "a formula is typed
 * once"). Sources: research/paper-digest.md, section 6, facts 1, 3, 4, 5 and 6 (BACKGROUND). Each is written in a
 * form that stays accurate for large n (expm1/log1p, LogGamma).
 */
final class StandInReferences {

    private StandInReferences() {
    }

    /** STAND-IN: \( 1 - (1 - 2\varepsilon)^n \), the boundary-shell fraction of \( [0,1]^n \). */
    static double cubeShellFraction(int n, double eps) {
        return -Math.expm1(n * Math.log1p(-2 * eps));
    }

    /** STAND-IN: \( 1 - (1 - \varepsilon)^n \), the surface-shell fraction of the unit ball. */
    static double ballShellFraction(int n, double eps) {
        return -Math.expm1(n * Math.log1p(-eps));
    }

    /** STAND-IN: \( \mathbb{E}\|x - y\|^2 = n/6 \) for independent uniform points of \( [0,1]^n \). */
    static double pairSquaredDistance(int n) {
        return n / 6.0;
    }

    /** STAND-IN: \( \mathbb{E}\|x - c\|^2 = n/12 \) to the centre of \( [0,1]^n \). */
    static double centreSquaredDistance(int n) {
        return n / 12.0;
    }

    /** STAND-IN: \( \mathbb{E}[u \cdot v] = 0 \) for independent uniform unit vectors. */
    static double innerProductMean(int n) {
        return 0.0;
    }

    /** STAND-IN: \( \mathbb{E}[(u \cdot v)^2] = 1/n \) for independent uniform unit vectors. */
    static double innerProductSecondMoment(int n) {
        return 1.0 / n;
    }

    /** STAND-IN: \( \pi^{n/2} / (2^n \Gamma(n/2 + 1)) \), the volume of \( B_n \) relative to \( [-1,1]^n \). */
    static double ballToCubeVolumeRatio(int n) {
        return Math.exp(0.5 * n * Math.log(Math.PI) - n * Math.log(2) - LogGamma.value(0.5 * n + 1));
    }
}

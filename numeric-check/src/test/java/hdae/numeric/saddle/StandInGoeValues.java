package hdae.numeric.saddle;

/**
 * STAND-IN exact values of \( P_N = \Pr[\text{GOE } N \times N \text{ positive definite}] \) for the saddle tests.
 *
 * <p>Typed here only until the bound catalogue (module symbolic) provides them; the lead will replace these by the
 * catalogue's Bounds. Source: research/anchors.md C9 (closed forms recalled there, convention: diagonal variance 1,
 * off-diagonal variance 1/2); in this module they are re-derived by numerical integration of the eigenvalue density
 * ({@link GoeEigenvalueDensityTest}).
 */
final class StandInGoeValues {

    private StandInGoeValues() {
    }

    /** STAND-IN: \( P_1 = 1/2 \). */
    static final double P1 = 0.5;
    /** STAND-IN: \( P_2 = (2 - \sqrt2)/4 = 0.146447\ldots \). */
    static final double P2 = (2 - Math.sqrt(2)) / 4;
    /** STAND-IN: \( P_3 = 1/4 - 1/(\sqrt2\,\pi) = 0.024921\ldots \). */
    static final double P3 = 0.25 - 1 / (Math.sqrt(2) * Math.PI);

    /** STAND-IN values by size, index N - 1. */
    static double exact(int size) {
        return new double[] {P1, P2, P3}[size - 1];
    }
}

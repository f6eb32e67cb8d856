package hdae.numeric.mc.geometry;

import hdae.numeric.eval.Assignment;
import hdae.numeric.eval.BoundEvaluator;
import hdae.symbolic.bound.BoundCatalogue;
import java.util.function.ToDoubleFunction;

/**
 * Exact values for the geometry kernels' tests, read from the bound catalogue (module symbolic) and evaluated by
 * {@link BoundEvaluator}: no closed form is typed here (STYLE.md, "a formula is typed once"). Provenance: each
 * bound's own source (BACKGROUND) and derivation file in module proofs.
 */
final class CatalogueReferences {
    private static final ToDoubleFunction<Assignment> CUBE_SHELL = compile("cube-shell-fraction-eq");
    private static final ToDoubleFunction<Assignment> BALL_SHELL = compile("ball-shell-fraction-eq");
    private static final ToDoubleFunction<Assignment> BALL_CUBE_RATIO = compile("ball-cube-volume-ratio-eq");
    private static final ToDoubleFunction<Assignment> PAIR_SQ_DIST = compile("cube-pair-sq-dist-mean-eq");
    private static final ToDoubleFunction<Assignment> CENTRE_SQ_DIST = compile("cube-centre-sq-dist-mean-eq");
    private static final ToDoubleFunction<Assignment> DOT_MEAN = compile("sphere-dot-mean-eq-zero");
    private static final ToDoubleFunction<Assignment> DOT_VAR = compile("sphere-dot-var-eq-inv-n");

    private CatalogueReferences() {
    }

    private static ToDoubleFunction<Assignment> compile(String id) {
        return BoundEvaluator.compile(BoundCatalogue.standard().get(id));
    }

    /** {@code cube-shell-fraction-eq}: the boundary-shell fraction of \( [0,1]^n \). */
    static double cubeShellFraction(int n, double eps) {
        return CUBE_SHELL.applyAsDouble(Assignment.of("n", n, "eps", eps));
    }

    /** {@code ball-shell-fraction-eq}: the surface-shell fraction of the unit ball. */
    static double ballShellFraction(int n, double eps) {
        return BALL_SHELL.applyAsDouble(Assignment.of("n", n, "eps", eps));
    }

    /** {@code cube-pair-sq-dist-mean-eq}: \( \mathbb{E}\|x - y\|^2 \) for independent uniform x, y of \( [0,1]^n \). */
    static double pairSquaredDistance(int n) {
        return PAIR_SQ_DIST.applyAsDouble(Assignment.of("n", n));
    }

    /** {@code cube-centre-sq-dist-mean-eq}: \( \mathbb{E}\|x - c\|^2 \) to the centre of \( [0,1]^n \). */
    static double centreSquaredDistance(int n) {
        return CENTRE_SQ_DIST.applyAsDouble(Assignment.of("n", n));
    }

    /** {@code sphere-dot-mean-eq-zero}: \( \mathbb{E}[u \cdot v] \) for independent uniform unit vectors. */
    static double innerProductMean(int n) {
        return DOT_MEAN.applyAsDouble(Assignment.of("n", n));
    }

    /**
     * \( \mathbb{E}[(u \cdot v)^2] = \operatorname{Var}(u \cdot v) + (\mathbb{E}[u \cdot v])^2 \), from
     * {@code sphere-dot-var-eq-inv-n} and {@code sphere-dot-mean-eq-zero} (the kernel estimates the second moment).
     */
    static double innerProductSecondMoment(int n) {
        double mean = innerProductMean(n);
        return DOT_VAR.applyAsDouble(Assignment.of("n", n)) + mean * mean;
    }

    /**
     * {@code ball-cube-volume-ratio-eq}: the volume of the ball of radius 1/2 relative to \( [0,1]^n \), which is
     * also the volume of \( B_n \) relative to \( [-1,1]^n \) (scale both by 2).
     */
    static double ballToCubeVolumeRatio(int n) {
        return BALL_CUBE_RATIO.applyAsDouble(Assignment.of("n", n));
    }
}

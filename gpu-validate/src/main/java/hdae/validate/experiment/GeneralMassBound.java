package hdae.validate.experiment;

import hdae.numeric.eval.Assignment;
import hdae.numeric.eval.BoundEvaluator;
import hdae.symbolic.bound.BoundCatalogue;

import org.apache.commons.math3.distribution.NormalDistribution;

import java.util.function.ToDoubleFunction;

/**
 * The general-mass bounds of the cube read at a measured mass \( \mu(A) \): with \( a = \Phi^{-1}(\mu(A)) \),
 * \[ \mathbb{E}\,d_2(x, A) \le \int_0^\infty \bigl(1 - \Phi(a + \sqrt{2\pi}\,t)\bigr)\,dt
 *    \quad\text{({@code cube-mean-dist-le-gaussian-tail-integral})} \]
 * and, on the minority side of mass \( q = 1 - \mu(A) \le 1/2 \),
 * \[ \mathbb{E}[d_2(x, A) \mid x \notin A] \le \frac{\varphi(a) - a q}{\sqrt{2\pi}\,q}
 *    \quad\text{({@code cube-cond-mean-dist-le-gaussian-tail-integral-div-q})}. \]
 * Both closed forms are the catalogue's (evaluated by {@link BoundEvaluator}); only \( \Phi^{-1} \), which the
 * formula language lacks, is taken here, from Commons Math. Both bounds decrease as \( \mu(A) \) grows (at
 * \( \mu(A) = 1/2 \) they are \( 1/(2\pi) \) and \( 1/\pi \)), so the value at the lower end of a mass interval is
 * the largest over the interval.
 */
final class GeneralMassBound {

    /** The bound on the mean over all points, any mass. */
    static final String MEAN = "cube-mean-dist-le-gaussian-tail-integral";
    /** The bound on the minority-side mean, any majority mass. */
    static final String MINORITY = "cube-cond-mean-dist-le-gaussian-tail-integral-div-q";
    /** The catalogue's domain of the quantile: \( |a| \le 6 \), masses within about \( 10^{-9} \) of 0 and 1. */
    private static final double MAX_QUANTILE = 6;

    private static final ToDoubleFunction<Assignment> MEAN_FORM =
            BoundEvaluator.compile(BoundCatalogue.standard().get(MEAN));
    private static final ToDoubleFunction<Assignment> MINORITY_FORM =
            BoundEvaluator.compile(BoundCatalogue.standard().get(MINORITY));
    private static final NormalDistribution STANDARD = new NormalDistribution(0, 1);

    private GeneralMassBound() {
    }

    /**
     * The bound on \( \mathbb{E}\,d_2(x, A) \) for a region of mass \( \mu(A) \).
     *
     * @param mass \( \mu(A) \), in \( [\Phi(-6), 1) \)
     * @return \( \int_0^\infty (1 - \Phi(a + \sqrt{2\pi}t))\,dt \) with \( a = \Phi^{-1}(\mu(A)) \); above
     *     \( a = 6 \) the value at \( a = 6 \) (larger, so still a bound, and below \( 10^{-10} \))
     */
    static double mean(double mass) {
        return MEAN_FORM.applyAsDouble(Assignment.of("a", quantile(mass)));
    }

    /**
     * The bound on \( \mathbb{E}[d_2(x, A) \mid x \notin A] \) for a region of mass \( \mu(A) \ge 1/2 \).
     *
     * @param mass \( \mu(A) \), in \( [1/2, 1) \)
     * @return \( (\varphi(a) - a q)/(\sqrt{2\pi} q) \) with \( a = \Phi^{-1}(\mu(A)) \), \( q = 1 - \mu(A) \);
     *     NaN below 1/2, where no minority side is established (a NaN prediction is judged INCONCLUSIVE)
     */
    static double minority(double mass) {
        if (!(mass >= 0.5)) {
            return Double.NaN;
        }
        return MINORITY_FORM.applyAsDouble(Assignment.of("a", quantile(mass)));
    }

    /** \( a = \Phi^{-1}(\mu) \), capped at 6 from above, where both bounds only grow by the cap. */
    private static double quantile(double mass) {
        if (!(mass > 0 && mass < 1)) {
            throw new IllegalArgumentException("expected a mass in (0, 1) for mu(A), got " + mass);
        }
        return Math.min(MAX_QUANTILE, STANDARD.inverseCumulativeProbability(mass));
    }
}

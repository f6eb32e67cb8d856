package hdae.validate.experiment;

import hdae.numeric.eval.Assignment;
import hdae.numeric.eval.BoundEvaluator;
import hdae.symbolic.bound.BoundCatalogue;

import org.apache.commons.math3.distribution.NormalDistribution;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The bound of Gilmer et al. read at an error rate \( \mu \) on \( S^{n-1} \): the cap height \( h \) with
 * \( \sigma(C_h) = \mu \) ({@code sphere-cap-mass-eq}, solved for \( h \) by bisection, the cap measure being
 * decreasing in \( h \)), and the mean chordal distance to that cap
 * ({@code sphere-mean-chord-dist-le-cap-of-equal-mass}). Both formulas are the catalogue's; nothing is re-typed
 * here. Next to it, the Gaussian reading \( -\Phi^{-1}(\mu)/\sqrt{n} \) of their O-form.
 */
final class CapBound {

    /** The cap measure \( \sigma(C_h) \). */
    static final String MASS = "sphere-cap-mass-eq";
    /** The mean chordal distance to the cap, the bound on \( d(E) \). */
    static final String DISTANCE = "sphere-mean-chord-dist-le-cap-of-equal-mass";
    /** Bisection steps on \( h \in [0, 1) \): \( 2^{-50} \) is below the quadrature's relative accuracy. */
    private static final int STEPS = 50;
    /** The largest cap height of the catalogue's domain. */
    private static final double MAX_HEIGHT = 0.9;

    private static final ToDoubleFunction<Assignment> CAP_MASS =
            BoundEvaluator.compile(BoundCatalogue.standard().get(MASS));
    private static final ToDoubleFunction<Assignment> CAP_DISTANCE =
            BoundEvaluator.compile(BoundCatalogue.standard().get(DISTANCE));

    private CapBound() {
    }

    /**
     * The height of the cap of a given measure; a measure above 1/2 is read as 1/2 (h = 0), which only loosens
     * the bound, since the cap distance decreases as the measure grows.
     *
     * @param n  dimension
     * @param mu measure, in (0, 1]
     * @return \( h \in [0, 9/10] \) with \( \sigma(C_h) = \min(\mu, 1/2) \), to 50 bisection steps
     */
    static double height(int n, double mu) {
        if (!(mu > 0 && mu <= 1)) {
            throw new IllegalArgumentException("expected mu in (0, 1] for the cap measure, got " + mu);
        }
        if (mu >= 0.5) {
            return 0;
        }
        double lo = 0;
        double hi = MAX_HEIGHT;
        if (CAP_MASS.applyAsDouble(Assignment.of("n", n, "h", hi)) > mu) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "expected mu at least the cap measure at"
                    + " h = %s for mu at n = %d, got %s", hi, n, mu));
        }
        for (int i = 0; i < STEPS; i++) {
            double mid = (lo + hi) / 2;
            if (CAP_MASS.applyAsDouble(Assignment.of("n", n, "h", mid)) > mu) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        // sigma(C_hi) <= mu: the returned cap is at most as large as the exact one, so its distance is at least
        // the bound at mu (the conservative side of the bisection)
        return hi;
    }

    /**
     * The bound on the mean chordal distance to an error set of measure mu.
     *
     * @param n  dimension
     * @param mu error rate on the sphere, in (0, 1]
     * @return the mean chordal distance to the cap of measure min(mu, 1/2)
     */
    static double distance(int n, double mu) {
        return CAP_DISTANCE.applyAsDouble(Assignment.of("n", n, "h", height(n, mu)));
    }

    /**
     * The Gaussian reading of Gilmer et al.'s O-form, \( -\Phi^{-1}(\mu)/\sqrt{n} = \Phi^{-1}(1-\mu)/\sqrt{n} \)
     * (\( x_1 \approx N(0, 1/n) \)): reported next to the exact bound, not checked.
     *
     * @param n  dimension
     * @param mu error rate in (0, 1)
     * @return the Gaussian reading
     */
    static double gaussian(int n, double mu) {
        return -new NormalDistribution(0, 1).inverseCumulativeProbability(mu) / Math.sqrt(n);
    }
}

package hdae.numeric.mc.geometry;

import hdae.numeric.mc.ClopperPearson;
import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.Guard;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.ObjectSampler;

/**
 * Monte Carlo estimate of the fraction of the unit ball within {@code eps} of its surface.
 *
 * <p>The estimated quantity is
 * \[ \Pr_{x \sim U(B_n)}\bigl[\|x\| \ge 1 - \varepsilon\bigr] = 1 - (1 - \varepsilon)^n,
 *    \qquad 0 \lt \varepsilon \le 1, \]
 * (BACKGROUND). Each sample is a uniform point of \( B_n \) drawn by a {@link BallPoints} method; the norm of
 * the point itself is compared with \( 1 - \varepsilon \), and the count gets a Clopper-Pearson interval.
 *
 * @see "derivation ball-shell; A. Blum, J. Hopcroft, R. Kannan, Foundations of Data Science (2020), ch. 2"
 */
public final class BallShellSampler {

    private BallShellSampler() {
    }

    /**
     * Estimates the surface-shell fraction of the ball with polar points (uniform direction, radius
     * \( U^{1/n} \)).
     *
     * @param n the dimension, at least 1
     * @param eps the shell width, \( 0 \lt \varepsilon \le 1 \)
     * @param samples the number of points, at least 1
     * @param rng the seeded generator
     * @param confidence the level \( 1 - \alpha \), in (0, 1)
     * @return the fraction of points in the shell with its Clopper-Pearson interval
     */
    public static Estimate estimate(int n, double eps, int samples, UniformRandomProvider rng, double confidence) {
        return estimate(n, eps, samples, rng, confidence, BallPoints.POLAR);
    }

    /**
     * Estimates the surface-shell fraction of the ball with a chosen point sampler.
     *
     * @param n the dimension, at least 1
     * @param eps the shell width, \( 0 \lt \varepsilon \le 1 \)
     * @param samples the number of points, at least 1
     * @param rng the seeded generator
     * @param confidence the level \( 1 - \alpha \), in (0, 1)
     * @param points how to draw uniform points of the ball
     * @return the fraction of points in the shell with its Clopper-Pearson interval
     */
    public static Estimate estimate(int n, double eps, int samples, UniformRandomProvider rng, double confidence,
            BallPoints points) {
        Guard.atLeast("n", n, 1);
        Guard.positiveAtMost("eps", eps, 1);
        Guard.atLeast("samples", samples, 1);
        Guard.notNull("rng", rng);
        Guard.confidence(confidence);
        Guard.notNull("points", points);
        ObjectSampler<double[]> sampler = points.sampler(n, rng);
        double innerSquared = (1 - eps) * (1 - eps);
        long hits = 0;
        for (int s = 0; s < samples; s++) {
            double[] x = sampler.sample();
            double normSquared = 0;
            for (double xi : x) {
                normSquared += xi * xi;
            }
            if (normSquared >= innerSquared) {
                hits++;
            }
        }
        return ClopperPearson.estimate(hits, samples, confidence);
    }
}

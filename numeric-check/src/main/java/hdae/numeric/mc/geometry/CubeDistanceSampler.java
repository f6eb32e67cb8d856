package hdae.numeric.mc.geometry;

import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.Guard;
import hdae.numeric.mc.SampleMoments;
import hdae.numeric.mc.StudentMean;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Monte Carlo estimates of mean squared distances in the cube \( [0,1]^n \).
 *
 * <p>For independent uniform \( x, y \in [0,1]^n \) and the centre \( c = (\tfrac12, \dots, \tfrac12) \),
 * \[ \mathbb{E}\|x - y\|^2 = \frac{n}{6}, \qquad \mathbb{E}\|x - c\|^2 = \frac{n}{12} \]
 * (BACKGROUND: per coordinate \( \mathbb{E}(x_i - y_i)^2 = 2 \cdot \tfrac13 - 2 \cdot \tfrac14 = \tfrac16 \) and
 * \( \operatorname{Var} x_i = \tfrac{1}{12} \)). Each sample draws the points and sums the squared coordinate
 * differences; the mean gets a Student-t interval. The variances per sample are \( 7n/180 \) and \( n/180 \),
 * so the relative standard error falls like \( 1/\sqrt{mn} \).
 *
 * @see "derivation cube-distances"
 */
public final class CubeDistanceSampler {

    private CubeDistanceSampler() {
    }

    /**
     * Estimates \( \mathbb{E}\|x - y\|^2 \) for independent uniform points of the cube.
     *
     * @param n the dimension, at least 1
     * @param samples the number of pairs, at least 2
     * @param rng the seeded generator
     * @param confidence the level \( 1 - \alpha \), in (0, 1)
     * @return the mean squared distance with its Student-t interval
     */
    public static Estimate estimatePairSquared(int n, int samples, UniformRandomProvider rng, double confidence) {
        check(n, samples, rng, confidence);
        SampleMoments moments = new SampleMoments();
        for (int s = 0; s < samples; s++) {
            moments.add(pairSquared(n, rng));
        }
        return StudentMean.estimate(moments, confidence);
    }

    /**
     * Estimates \( \mathbb{E}\|x - c\|^2 \) for a uniform point of the cube and its centre.
     *
     * @param n the dimension, at least 1
     * @param samples the number of points, at least 2
     * @param rng the seeded generator
     * @param confidence the level \( 1 - \alpha \), in (0, 1)
     * @return the mean squared distance to the centre with its Student-t interval
     */
    public static Estimate estimateCentreSquared(int n, int samples, UniformRandomProvider rng, double confidence) {
        check(n, samples, rng, confidence);
        SampleMoments moments = new SampleMoments();
        for (int s = 0; s < samples; s++) {
            moments.add(centreSquared(n, rng));
        }
        return StudentMean.estimate(moments, confidence);
    }

    /**
     * One draw of \( \|x - y\|^2 \).
     *
     * @param n the dimension
     * @param rng the generator
     * @return the squared distance between two fresh uniform points
     */
    public static double pairSquared(int n, UniformRandomProvider rng) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double d = rng.nextDouble() - rng.nextDouble();
            sum += d * d;
        }
        return sum;
    }

    /**
     * One draw of \( \|x - c\|^2 \).
     *
     * @param n the dimension
     * @param rng the generator
     * @return the squared distance between a fresh uniform point and the centre
     */
    public static double centreSquared(int n, UniformRandomProvider rng) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double d = rng.nextDouble() - 0.5;
            sum += d * d;
        }
        return sum;
    }

    private static void check(int n, int samples, UniformRandomProvider rng, double confidence) {
        Guard.atLeast("n", n, 1);
        Guard.atLeast("samples", samples, 2);
        Guard.notNull("rng", rng);
        Guard.confidence(confidence);
    }
}

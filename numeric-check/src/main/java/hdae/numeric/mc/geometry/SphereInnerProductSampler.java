package hdae.numeric.mc.geometry;

import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.Guard;
import hdae.numeric.mc.SampleMoments;
import hdae.numeric.mc.StudentMean;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.UnitSphereSampler;

/**
 * Monte Carlo estimates of the moments of \( u \cdot v \) for independent uniform unit vectors of
 * \( \mathbb{R}^n \) (near-orthogonality in high dimension).
 *
 * <p>\[ \mathbb{E}[u \cdot v] = 0, \qquad \mathbb{E}[(u \cdot v)^2] = \operatorname{Var}(u \cdot v) = \frac1n, \]
 * (BACKGROUND: by symmetry \( u \cdot v \) has the law of the first coordinate \( u_1 \), and
 * \( \sum_i \mathbb{E} u_i^2 = 1 \)). The vectors come from Commons RNG {@link UnitSphereSampler}
 * (normalised Gaussians). Each mean gets a Student-t interval; \( n (u \cdot v)^2 \) is close to
 * \( \chi^2_1 \) (skewness \( 2\sqrt2 \)), so the interval for the second moment needs a large sample
 * (Edgeworth error of order \( z^2/\sqrt m \)).
 *
 * @see "derivation sphere-dot; R. Vershynin, High-Dimensional Probability (2018), ch. 3"
 */
public final class SphereInnerProductSampler {

    private SphereInnerProductSampler() {
    }

    /**
     * Estimates \( \mathbb{E}[u \cdot v] \).
     *
     * @param n the dimension, at least 2
     * @param samples the number of pairs, at least 2
     * @param rng the seeded generator
     * @param confidence the level \( 1 - \alpha \), in (0, 1)
     * @return the mean inner product with its Student-t interval
     */
    public static Estimate estimateMean(int n, int samples, UniformRandomProvider rng, double confidence) {
        return estimate(n, samples, rng, confidence, 1);
    }

    /**
     * Estimates \( \mathbb{E}[(u \cdot v)^2] \), which equals the variance of \( u \cdot v \).
     *
     * @param n the dimension, at least 2
     * @param samples the number of pairs, at least 2
     * @param rng the seeded generator
     * @param confidence the level \( 1 - \alpha \), in (0, 1)
     * @return the mean squared inner product with its Student-t interval
     */
    public static Estimate estimateSecondMoment(int n, int samples, UniformRandomProvider rng, double confidence) {
        return estimate(n, samples, rng, confidence, 2);
    }

    private static Estimate estimate(int n, int samples, UniformRandomProvider rng, double confidence, int power) {
        Guard.atLeast("n", n, 2);
        Guard.atLeast("samples", samples, 2);
        Guard.notNull("rng", rng);
        Guard.confidence(confidence);
        UnitSphereSampler sphere = UnitSphereSampler.of(rng, n);
        SampleMoments moments = new SampleMoments();
        for (int s = 0; s < samples; s++) {
            double[] u = sphere.sample();
            double[] v = sphere.sample();
            double dot = 0;
            for (int i = 0; i < n; i++) {
                dot += u[i] * v[i];
            }
            moments.add(power == 1 ? dot : dot * dot);
        }
        return StudentMean.estimate(moments, confidence);
    }
}

package hdae.numeric.mc.linear;

import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.Guard;
import hdae.numeric.mc.ParallelMoments;
import hdae.numeric.mc.RandomStreams;
import hdae.numeric.mc.StudentMean;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Objection H-c on explicit vectors: the sign perturbation \( \varepsilon\operatorname{sign}(w) \) changes a
 * linear unit by \( \varepsilon\|w\|_1 \); the best perturbation of the same Euclidean length
 * \( \varepsilon\sqrt n \), \( \varepsilon\sqrt n\, w/\|w\|_2 \), changes it by \( \varepsilon\sqrt n\,\|w\|_2 \).
 * For weights with independent standard normal entries the ratio \( \|w\|_1/(\sqrt n\,\|w\|_2) \) tends to
 * \( \sqrt{2/\pi} \) (catalogue bound {@code linf-to-l2-gain-ratio-limit-eq-sqrt-2-div-pi-of-gaussian-weights}).
 *
 * @see "derivation wrong-norm"
 */
public final class NormRatioWitness {

    /**
     * The two gains for one weight vector.
     *
     * @param n the dimension
     * @param signGain \( \varepsilon\|w\|_1 \), the gain of the sign perturbation
     * @param l2Gain \( \varepsilon\sqrt n\,\|w\|_2 \), the gain of the best perturbation of the same Euclidean length
     */
    public record Gains(int n, double signGain, double l2Gain) {
        /**
         * The ratio of the gains.
         *
         * @return \( \|w\|_1/(\sqrt n\,\|w\|_2) \le 1 \)
         */
        public double ratio() {
            return signGain / l2Gain;
        }
    }

    private NormRatioWitness() {
    }

    /**
     * Both gains for one seeded standard normal weight vector.
     *
     * @param n the dimension, at least 1
     * @param eps the max-norm budget, positive
     * @param seed the seed of the weights
     * @return the gains
     */
    public static Gains gaussian(int n, double eps, long seed) {
        Guard.atLeast("n", n, 1);
        Guard.positiveAtMost("eps", eps, Double.MAX_VALUE);
        return gains(weights(n, RandomStreams.create(seed)), eps);
    }

    /**
     * The mean ratio over independent standard normal weight vectors.
     *
     * @param n the dimension, at least 1
     * @param samples the number of weight vectors, at least 2
     * @param seed the seed of the streams
     * @param confidence the level of the Student-t interval, in (0, 1)
     * @return the mean of \( \|w\|_1/(\sqrt n\,\|w\|_2) \)
     */
    public static Estimate ratio(int n, long samples, long seed, double confidence) {
        Guard.atLeast("n", n, 1);
        Guard.atLeast("samples", samples, 2);
        Guard.confidence(confidence);
        return StudentMean.estimate(ParallelMoments.collect(rng -> gains(weights(n, rng), 1).ratio(), samples, seed,
                (int) Math.min(8, samples)), confidence);
    }

    private static double[] weights(int n, UniformRandomProvider rng) {
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = gauss.sample();
        }
        return w;
    }

    private static Gains gains(double[] w, double eps) {
        double l1 = 0;
        double sq = 0;
        for (double v : w) {
            l1 += Math.abs(v);
            sq += v * v;
        }
        return new Gains(w.length, eps * l1, eps * Math.sqrt(w.length) * Math.sqrt(sq));
    }
}

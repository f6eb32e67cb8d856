package hdae.numeric.mc.linear;

import hdae.numeric.mc.ConfidenceInterval;
import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.Guard;
import hdae.numeric.mc.ParallelMoments;
import hdae.numeric.mc.StudentMean;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Objection H-b on sampled activations: the largest change \( \varepsilon\|w\|_1 \) of a linear unit against the
 * activation \( w^\top x \) itself, for x uniform in \( [0,1]^n \) and weights of equal magnitude (taken as 1).
 *
 * <ul>
 *   <li>{@link #oneSign}: all \( w_i = 1 \); the mean of \( \varepsilon\|w\|_1/(w^\top x) = \varepsilon n/\sum_i
 *       x_i \), which tends to \( 2\varepsilon \) (finite mean and variance for \( n \ge 3 \)).</li>
 *   <li>{@link #randomSigns}: independent signs \( w_i = \pm 1 \), drawn afresh with every x; the ratio
 *       \( \varepsilon n/\sqrt{\mathbb{E}(w^\top x)^2} \), whose exact value is \( \varepsilon\sqrt{3n} \). The
 *       second moment gets a Student-t interval, and the ratio, a decreasing function of it, the image
 *       interval.</li>
 * </ul>
 *
 * @see "derivation relative-change"
 */
public final class RelativeChangeSampler {
    /** Chunks (and random streams) of every estimate. */
    public static final int CHUNKS = 8;

    private RelativeChangeSampler() {
    }

    /**
     * Estimates \( \mathbb{E}[\varepsilon n/\sum_i x_i] \) for weights of one sign.
     *
     * @param n the dimension, at least 3 (below, the ratio has infinite variance)
     * @param eps the max-norm budget, positive
     * @param samples the number of inputs, at least {@value #CHUNKS}
     * @param seed the seed
     * @param confidence the level of the interval, in (0, 1)
     * @return the mean ratio with its Student-t interval
     */
    public static Estimate oneSign(int n, double eps, long samples, long seed, double confidence) {
        check(n, eps, samples, confidence);
        return StudentMean.estimate(ParallelMoments.collect(rng -> {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += rng.nextDouble();
            }
            return eps * n / sum;
        }, samples, seed, CHUNKS), confidence);
    }

    /**
     * Estimates \( \varepsilon n/\sqrt{\mathbb{E}(w^\top x)^2} \) for weights of random signs.
     *
     * @param n the dimension, at least 3
     * @param eps the max-norm budget, positive
     * @param samples the number of (signs, input) draws, at least {@value #CHUNKS}
     * @param seed the seed
     * @param confidence the level of the interval, in (0, 1)
     * @return the ratio with the image of the second moment's Student-t interval (standard error by the delta
     *     method)
     */
    public static Estimate randomSigns(int n, double eps, long samples, long seed, double confidence) {
        check(n, eps, samples, confidence);
        Estimate second = StudentMean.estimate(ParallelMoments.collect(rng -> square(n, rng), samples, seed, CHUNKS),
                confidence);
        double value = eps * n / Math.sqrt(second.value());
        // the ratio r(s) = eps n / sqrt(s) is decreasing, so the interval's ends swap; a lower end of s at or below
        // 0 (impossible for these sample sizes) would leave the ratio unbounded above
        double upper = second.interval().lower() > 0 ? eps * n / Math.sqrt(second.interval().lower())
                : Double.POSITIVE_INFINITY;
        double lower = eps * n / Math.sqrt(second.interval().upper());
        double standardError = value / 2 * second.standardError() / second.value();
        return new Estimate(value, standardError, second.samples(), new ConfidenceInterval(lower, upper, confidence),
                "ratio of a Student-t mean (monotone image)");
    }

    private static double square(int n, UniformRandomProvider rng) {
        double activation = 0;
        for (int i = 0; i < n; i++) {
            double x = rng.nextDouble();
            activation += rng.nextBoolean() ? x : -x;
        }
        return activation * activation;
    }

    private static void check(int n, double eps, long samples, double confidence) {
        Guard.atLeast("n", n, 3);
        Guard.positiveAtMost("eps", eps, Double.MAX_VALUE);
        Guard.atLeast("samples", samples, CHUNKS);
        Guard.confidence(confidence);
    }
}

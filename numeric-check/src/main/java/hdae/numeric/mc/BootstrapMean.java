package hdae.numeric.mc;

import hdae.numeric.NumericException;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The sample mean with its bootstrap percentile confidence interval.
 *
 * <p>Draw \( R \) resamples of size \( m \) with replacement, with means
 * \( \bar X^*_{(1)} \le \dots \le \bar X^*_{(R)} \) in order; the interval of level \( 1 - \alpha \) is
 * \[ \bigl[ \bar X^*_{(\lfloor (R+1)\alpha/2 \rfloor)},\; \bar X^*_{(\lceil (R+1)(1-\alpha/2) \rceil)} \bigr], \]
 * which needs \( (R+1)\alpha/2 \ge 1 \). The standard error is the standard deviation of the \( R \) resample
 * means. The interval is asymptotic; it needs no normality but is unreliable for very small \( m \) and is
 * impractical for tiny \( \alpha \) (it needs \( R \ge 2/\alpha - 1 \)). Every index comes from the given
 * seeded generator, so a run is reproducible.
 *
 * @see <a href="https://doi.org/10.1214/aos/1176344552">B. Efron, "Bootstrap methods: another look at the
 *     jackknife", Annals of Statistics 7(1), 1979</a>
 * @see "B. Efron, R. J. Tibshirani, An Introduction to the Bootstrap, Chapman and Hall 1993, ch. 13
 *     (percentile intervals)"
 */
public final class BootstrapMean {

    /** The method name carried by every estimate. */
    public static final String METHOD = "bootstrap percentile mean";

    private BootstrapMean() {
    }

    /**
     * Estimates the mean of a sample with a percentile interval.
     *
     * @param sample the values, at least 2
     * @param confidence the level \( 1 - \alpha \), in (0, 1)
     * @param resamples the number \( R \) of resamples, with \( (R+1)\alpha/2 \ge 1 \)
     * @param rng the seeded generator that picks the resample indices
     * @return the sample mean, the bootstrap standard error and the percentile interval
     */
    public static Estimate estimate(double[] sample, double confidence, int resamples, UniformRandomProvider rng) {
        Guard.notNull("sample", sample);
        Guard.notNull("rng", rng);
        int m = (int) Guard.atLeast("sample length", sample.length, 2);
        double alpha = 1 - Guard.confidence(confidence);
        long lowRank = (long) Math.floor((resamples + 1.0) * alpha / 2);
        if (lowRank < 1) {
            throw NumericException.expected(
                    "(resamples + 1) * (1 - confidence) / 2 >= 1, confidence = " + confidence, "resamples", resamples);
        }
        long highRank = (long) Math.ceil((resamples + 1.0) * (1 - alpha / 2));
        double[] means = new double[resamples];
        SampleMoments spread = new SampleMoments();
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int i = 0; i < m; i++) {
                sum += sample[rng.nextInt(m)];
            }
            means[r] = sum / m;
            spread.add(means[r]);
        }
        Arrays.sort(means);
        double mean = 0;
        for (double x : sample) {
            mean += x;
        }
        mean /= m;
        ConfidenceInterval interval = new ConfidenceInterval(means[(int) lowRank - 1],
                means[(int) Math.min(highRank, resamples) - 1], confidence);
        return new Estimate(mean, Math.sqrt(spread.variance()), m, interval, METHOD);
    }
}

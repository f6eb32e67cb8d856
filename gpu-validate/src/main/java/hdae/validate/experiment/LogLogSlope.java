package hdae.validate.experiment;

import hdae.numeric.mc.BootstrapMean;
import hdae.numeric.mc.ConfidenceInterval;
import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.SampleMoments;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The least-squares slope of \( \log \bar d \) against \( \log n \) over several resolutions, with a bootstrap
 * percentile interval.
 *
 * <p>For resolutions \( n_1, \dots, n_J \) with samples \( d_{j,1}, \dots, d_{j,m_j} > 0 \) and means
 * \( \bar d_j \), put \( u_j = \log n_j \), \( v_j = \log \bar d_j \); the slope is
 * \[ \hat\beta = \frac{\sum_j (u_j - \bar u)(v_j - \bar v)}{\sum_j (u_j - \bar u)^2}, \]
 * so that \( \bar d \propto n^{\hat\beta} \) on the fitted line (a law \( \mathbb{E}\,d = C n^{-1/2} \) has
 * \( \beta = -1/2 \)). Each bootstrap replicate resamples every resolution's sample with replacement, independently
 * (the resolutions are independent samples), and refits; the interval is the percentile interval of the \( R \)
 * replicate slopes, as in {@link BootstrapMean}, and the standard error their standard deviation.
 *
 * @see "B. Efron, R. J. Tibshirani, An Introduction to the Bootstrap, Chapman and Hall 1993, ch. 9 (regression)
 *     and ch. 13 (percentile intervals)"
 */
final class LogLogSlope {

    /** The method name carried by every estimate. */
    static final String METHOD = "least-squares log-log slope, bootstrap percentile";

    private LogLogSlope() {
    }

    /**
     * The slope of the fitted line through \( (\log n_j, \log \bar d_j) \).
     *
     * @param n     resolutions \( n_j > 0 \), at least 2 distinct
     * @param means means \( \bar d_j > 0 \)
     * @return \( \hat\beta \)
     */
    static double slope(double[] n, double[] means) {
        int count = n.length;
        double uBar = 0;
        double vBar = 0;
        for (int j = 0; j < count; j++) {
            uBar += Math.log(n[j]) / count;
            vBar += Math.log(means[j]) / count;
        }
        double sxy = 0;
        double sxx = 0;
        for (int j = 0; j < count; j++) {
            double u = Math.log(n[j]) - uBar;
            sxy += u * (Math.log(means[j]) - vBar);
            sxx += u * u;
        }
        return sxy / sxx;
    }

    /**
     * The slope of the sample means with its bootstrap interval.
     *
     * @param n          resolutions \( n_j \)
     * @param samples    per resolution, the positive values \( d_{j,i} \) (at least 2 each)
     * @param confidence the level \( 1 - \alpha \)
     * @param resamples  \( R \), with \( (R+1)\alpha/2 \ge 1 \)
     * @param rng        the seeded generator of the resample indices
     * @return the slope of the means, its bootstrap standard error and percentile interval
     */
    static Estimate estimate(double[] n, double[][] samples, double confidence, int resamples,
            UniformRandomProvider rng) {
        if (n.length != samples.length || n.length < 2) {
            throw new IllegalArgumentException("need as many samples as resolutions, at least 2: " + n.length
                    + " and " + samples.length);
        }
        double alpha = 1 - confidence;
        int lowRank = (int) Math.floor((resamples + 1.0) * alpha / 2);
        int highRank = (int) Math.min(resamples, Math.ceil((resamples + 1.0) * (1 - alpha / 2)));
        if (lowRank < 1) {
            throw new IllegalArgumentException("(resamples + 1)(1 - confidence)/2 must be >= 1: " + resamples);
        }
        double[] means = new double[n.length];
        long total = 0;
        for (int j = 0; j < n.length; j++) {
            means[j] = mean(samples[j]);
            total += samples[j].length;
        }
        double[] slopes = new double[resamples];
        SampleMoments spread = new SampleMoments();
        double[] replicate = new double[n.length];
        for (int r = 0; r < resamples; r++) {
            for (int j = 0; j < n.length; j++) {
                double[] s = samples[j];
                double sum = 0;
                for (int i = 0; i < s.length; i++) {
                    sum += s[rng.nextInt(s.length)];
                }
                replicate[j] = sum / s.length;
            }
            slopes[r] = slope(n, replicate);
            spread.add(slopes[r]);
        }
        Arrays.sort(slopes);
        return new Estimate(slope(n, means), Math.sqrt(spread.variance()), total,
                new ConfidenceInterval(slopes[lowRank - 1], slopes[highRank - 1], confidence), METHOD);
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}

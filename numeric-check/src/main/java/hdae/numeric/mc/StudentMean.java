package hdae.numeric.mc;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The sample mean with its Student-t confidence interval.
 *
 * <p>\[ \bar X \pm t_{m-1,\,1-\alpha/2}\, \frac{s}{\sqrt m}, \qquad
 * s^2 = \frac{1}{m-1}\sum_{i=1}^m (X_i - \bar X)^2, \]
 * for a sample \( X_1, \dots, X_m \), \( m \ge 2 \), of independent draws with finite variance. The level
 * \( 1 - \alpha \) is exact for normal data and asymptotic (central limit theorem) otherwise; far in the tail
 * (\( \alpha = 10^{-6} \)) skewed data need large \( m \), with an error of order
 * \( \gamma\, z_{1-\alpha/2}^2 / \sqrt m \) for skewness \( \gamma \) (Edgeworth expansion).
 *
 * @see <a href="https://doi.org/10.1093/biomet/6.1.1">Student, "The probable error of a mean",
 *     Biometrika 6(1), 1908</a>
 */
public final class StudentMean {

    /** The method name carried by every estimate. */
    public static final String METHOD = "Student-t mean";

    private StudentMean() {
    }

    /**
     * Estimates the mean of a sample.
     *
     * @param sample the values, at least 2
     * @param confidence the level \( 1 - \alpha \), in (0, 1)
     * @return the mean, its standard error \( s/\sqrt m \) and the Student-t interval
     */
    public static Estimate estimate(double[] sample, double confidence) {
        Guard.notNull("sample", sample);
        SampleMoments moments = new SampleMoments();
        for (double x : sample) {
            moments.add(x);
        }
        return estimate(moments, confidence);
    }

    /**
     * Estimates the mean from accumulated moments.
     *
     * @param moments the moments of at least 2 values
     * @param confidence the level \( 1 - \alpha \), in (0, 1)
     * @return the mean, its standard error \( s/\sqrt m \) and the Student-t interval
     */
    public static Estimate estimate(SampleMoments moments, double confidence) {
        Guard.notNull("moments", moments);
        long m = Guard.atLeast("sample count", moments.count(), 2);
        Guard.confidence(confidence);
        double standardError = Math.sqrt(moments.variance() / m);
        double quantile = TDistribution.of(m - 1.0).inverseSurvivalProbability((1 - confidence) / 2);
        double half = quantile * standardError;
        double mean = moments.mean();
        return new Estimate(mean, standardError, m, new ConfidenceInterval(mean - half, mean + half, confidence),
                METHOD);
    }
}

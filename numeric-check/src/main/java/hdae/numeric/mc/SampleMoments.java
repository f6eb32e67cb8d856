package hdae.numeric.mc;

/**
 * Running count, mean and sum of squared deviations of a sample, updated one value at a time and mergeable.
 *
 * <p>Update (Welford): \( m \gets m + 1 \), \( \delta = x - \bar X \), \( \bar X \gets \bar X + \delta/m \),
 * \( M_2 \gets M_2 + \delta (x - \bar X) \). Merge of parts \( a, b \) (Chan, Golub and LeVeque):
 * \( \bar X = \bar X_a + \delta\, m_b/m \), \( M_2 = M_{2,a} + M_{2,b} + \delta^2 m_a m_b / m \) with
 * \( \delta = \bar X_b - \bar X_a \). The unbiased variance is \( s^2 = M_2/(m-1) \). Merging per-stream
 * moments in a fixed order gives the same bits however the streams were scheduled.
 *
 * <p>Not thread-safe: use one instance per stream, then {@link #combine(SampleMoments)}.
 *
 * @see <a href="https://doi.org/10.1080/00401706.1962.10490022">B. P. Welford, Technometrics 4(3), 1962</a>
 * @see <a href="https://doi.org/10.1080/00031305.1983.10483115">T. F. Chan, G. H. Golub, R. J. LeVeque,
 *     The American Statistician 37(3), 1983, eq. 2.1</a>
 */
public final class SampleMoments {

    /** Number of values added, \( m \). */
    private long count;
    /** Running mean \( \bar X \). */
    private double mean;
    /** Sum of squared deviations from the mean, \( M_2 \). */
    private double sumSquaredDeviations;

    /**
     * Adds one value.
     *
     * @param x the value
     */
    public void add(double x) {
        count++;
        double delta = x - mean;
        mean += delta / count;
        sumSquaredDeviations += delta * (x - mean);
    }

    /**
     * Merges another part into this one.
     *
     * @param other the other part, left unchanged
     * @return this
     */
    public SampleMoments combine(SampleMoments other) {
        if (other.count == 0) {
            return this;
        }
        long total = count + other.count;
        double delta = other.mean - mean;
        mean += delta * other.count / total;
        sumSquaredDeviations += other.sumSquaredDeviations + delta * delta * ((double) count * other.count / total);
        count = total;
        return this;
    }

    /**
     * The number of values.
     *
     * @return \( m \)
     */
    public long count() {
        return count;
    }

    /**
     * The sample mean.
     *
     * @return \( \bar X \) (0 when empty)
     */
    public double mean() {
        return mean;
    }

    /**
     * The unbiased sample variance.
     *
     * @return \( s^2 = M_2/(m-1) \), or NaN when \( m \lt 2 \)
     */
    public double variance() {
        return count < 2 ? Double.NaN : Math.max(0, sumSquaredDeviations) / (count - 1);
    }
}

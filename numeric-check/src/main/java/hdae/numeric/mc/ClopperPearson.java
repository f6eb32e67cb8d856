package hdae.numeric.mc;

import hdae.numeric.NumericException;
import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * A binomial proportion with its Clopper-Pearson (exact) confidence interval.
 *
 * <p>For \( k \) successes in \( m \) independent trials, the interval of level \( 1 - \alpha \) is
 * \[ \bigl[ B(\tfrac{\alpha}{2};\, k,\, m-k+1),\; B(1-\tfrac{\alpha}{2};\, k+1,\, m-k) \bigr], \]
 * with lower end 0 when \( k = 0 \) and upper end 1 when \( k = m \); \( B(q; a, b) \) is the q-quantile of
 * the Beta(a, b) distribution (Commons Statistics {@link BetaDistribution}). Its coverage is at least
 * \( 1 - \alpha \) for every true proportion (conservative). The standard error is
 * \( \sqrt{\hat p (1-\hat p)/m} \) with \( \hat p = k/m \).
 *
 * @see <a href="https://doi.org/10.1093/biomet/26.4.404">C. J. Clopper, E. S. Pearson, "The use of confidence
 *     or fiducial limits illustrated in the case of the binomial", Biometrika 26(4), 1934</a>
 */
public final class ClopperPearson {

    /** The method name carried by every estimate. */
    public static final String METHOD = "Clopper-Pearson proportion";

    private ClopperPearson() {
    }

    /**
     * Estimates a proportion.
     *
     * @param successes the count \( k \), \( 0 \le k \le m \)
     * @param trials the count \( m \ge 1 \)
     * @param confidence the level \( 1 - \alpha \), in (0, 1)
     * @return \( k/m \), its standard error and the Clopper-Pearson interval
     */
    public static Estimate estimate(long successes, long trials, double confidence) {
        Guard.atLeast("trials", trials, 1);
        if (!(successes >= 0 && successes <= trials)) {
            throw NumericException.expected("0 <= successes <= trials = " + trials, "successes",
                    successes);
        }
        double halfAlpha = (1 - Guard.confidence(confidence)) / 2;
        double k = successes;
        double m = trials;
        double lower = successes == 0 ? 0 : BetaDistribution.of(k, m - k + 1).inverseCumulativeProbability(halfAlpha);
        double upper = successes == trials ? 1 : BetaDistribution.of(k + 1, m - k).inverseSurvivalProbability(halfAlpha);
        double p = k / m;
        return new Estimate(p, Math.sqrt(p * (1 - p) / m), trials, new ConfidenceInterval(lower, upper, confidence),
                METHOD);
    }
}

package hdae.validate.experiment;

import hdae.numeric.mc.ConfidenceInterval;
import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.StudentMean;
import java.util.Locale;

/**
 * The two-point log-log slope bracket of the mean minimal distance between two sizes \(n_1 < n_2\), from the
 * certified (lower) and attack (upper) distances of each sample: with \(\bar R_i\) the certified means and
 * \(\bar D_i\) the attack means, each a Student-t interval at confidence \(1 - (1 - c)/4\) (Bonferroni over the four
 * means, so the bracket holds at confidence \(c\)),
 * \[ \frac{\log(\bar R_2^- / \bar D_1^+)}{\log(n_2/n_1)} \le \text{slope} \le
 *    \frac{\log(\bar D_2^+ / \bar R_1^-)}{\log(n_2/n_1)}, \]
 * since the true mean distance lies in \([\bar R_i, \bar D_i]\) at each size. The rms reading
 * \(\|\delta\|_2/\sqrt n\) has the slope minus 1/2.
 */
public final class SlopeBracket {

    private SlopeBracket() {
    }

    /**
     * @param certifiedFrom certified distances at \(n_1\)
     * @param attackFrom    attack distances at \(n_1\)
     * @param certifiedTo   certified distances at \(n_2\)
     * @param attackTo      attack distances at \(n_2\)
     * @param logSpan       \(\log(n_2/n_1) > 0\)
     * @param span          the two sizes in words, for the method text
     * @param confidence    the bracket's joint confidence
     * @return the Euclidean slope bracket and the rms slope bracket
     */
    public static Estimate[] of(double[] certifiedFrom, double[] attackFrom, double[] certifiedTo, double[] attackTo,
            double logSpan, String span, double confidence) {
        double each = 1 - (1 - confidence) / 4;
        Estimate r1 = StudentMean.estimate(certifiedFrom, each);
        Estimate d1 = StudentMean.estimate(attackFrom, each);
        Estimate r2 = StudentMean.estimate(certifiedTo, each);
        Estimate d2 = StudentMean.estimate(attackTo, each);
        double lo = Math.log(Math.max(0, r2.interval().lower()) / d1.interval().upper()) / logSpan;
        double hi = Math.log(d2.interval().upper() / Math.max(0, r1.interval().lower())) / logSpan;
        double mid = Math.log((r2.value() + d2.value()) / (r1.value() + d1.value())) / logSpan;
        String method = String.format(Locale.ROOT, "two-point slope bracket %s: certified means %.4g, %.4g;"
                        + " attack means %.4g, %.4g; Student-t %.4g%% each", span, r1.value(), r2.value(), d1.value(),
                d2.value(), 100 * each);
        long samples = (long) certifiedFrom.length + certifiedTo.length;
        Estimate l2 = new Estimate(Math.min(hi, Math.max(lo, mid)), 0, samples,
                new ConfidenceInterval(lo, hi, confidence), method);
        Estimate rms = new Estimate(l2.value() - 0.5, 0, samples,
                new ConfidenceInterval(lo - 0.5, hi - 0.5, confidence), method + "; rms = Euclidean - 1/2");
        return new Estimate[] {l2, rms};
    }
}

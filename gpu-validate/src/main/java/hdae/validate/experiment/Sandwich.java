package hdae.validate.experiment;

import hdae.numeric.mc.ClopperPearson;
import hdae.numeric.mc.ConfidenceInterval;
import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.StudentMean;
import hdae.validate.ledger.Comparison;
import hdae.validate.ledger.Measurement;

import java.util.List;
import java.util.Locale;

/**
 * Per-sample brackets of the true minimal adversarial distance \( \Delta(x) \): a certified lower bound
 * \( R(x) \le \Delta(x) \) (CROWN, {@code hdae.validate.certify.CertifiedRadius}) and an attack's distance
 * \( D(x) \ge \Delta(x) \) (an adversarial point at that distance exists). So
 * \( \tfrac1N\sum R \le \tfrac1N\sum \Delta \le \tfrac1N\sum D \), and a claim \( \mathbb{E}\,\Delta \le v^\ast \)
 * is refuted only when the certified mean's interval lies above \( v^\ast \), supported when the attack mean's
 * interval lies below it, and undecided in between ({@link Comparison#BRACKET_AT_MOST}). The bracket's interval is
 * \( [\ell_R, u_D] \), the lower end of the certified mean's Student-t interval and the upper end of the attack
 * mean's, each at level \( 1 - \alpha/2 \), so that both hold together with probability at least \( 1 - \alpha \)
 * (Bonferroni).
 *
 * @param lower       certified lower bounds \( R(x_i) \ge 0 \)
 * @param upper       attack distances \( D(x_i) \), {@code +Infinity} where the attack failed
 * @param certificate the name of the certificate, for example "CROWN"
 * @param attack      the name of the attack, for example "min(DeepFool, PGD, FMN, DDN)"
 */
public record Sandwich(double[] lower, double[] upper, String certificate, String attack) {

    /** Copies the arrays and checks their lengths. */
    public Sandwich {
        if (lower.length != upper.length || lower.length < 2) {
            throw new IllegalArgumentException("a sandwich needs as many lower as upper bounds, at least 2: "
                    + lower.length + " and " + upper.length);
        }
        lower = lower.clone();
        upper = upper.clone();
    }

    /** @return how many samples have \( R(x) \le D(x) \); fewer than all means a broken attack or certificate */
    public int consistent() {
        int count = 0;
        for (int i = 0; i < lower.length; i++) {
            if (lower[i] <= upper[i]) {
                count++;
            }
        }
        return count;
    }

    /**
     * How many samples bracket a value.
     *
     * @param value \( v \)
     * @return the number with \( R(x) \le v \le D(x) \)
     */
    public int bracketing(double value) {
        int count = 0;
        for (int i = 0; i < lower.length; i++) {
            if (lower[i] <= value && value <= upper[i]) {
                count++;
            }
        }
        return count;
    }

    /**
     * The sandwich as five table rows: consistency (every \( R \le D \), checked), the certified and the attack
     * means (reported), the bracket of the mean against \( v^\ast \) (judged by {@code claim}), and the fraction
     * of samples whose own bracket contains \( v^\ast \) (reported).
     *
     * @param label      what is measured, for example "L2 distance at n = 64"
     * @param bound      the catalogue bound
     * @param theory     \( v^\ast \)
     * @param source     where \( v^\ast \) comes from
     * @param confidence the confidence level of every interval
     * @param claim      {@link Comparison#BRACKET_AT_MOST} or {@link Comparison#BRACKET_AT_LEAST}
     * @return the rows
     */
    public List<Measurement> rows(String label, String bound, double theory, String source, double confidence,
            Comparison claim) {
        if (!claim.isBracket()) {
            throw new IllegalArgumentException("a bracket rule, not " + claim);
        }
        int n = lower.length;
        String at = String.format(Locale.ROOT, "%s, %d samples", label, n);
        double[] attacked = finite(upper);
        return List.of(
                new Measurement("certified <= attack, " + at, bound, 1.0,
                        ClopperPearson.estimate(consistent(), n, confidence), Comparison.AT_LEAST,
                        "R(x) <= Delta(x) <= D(x) for every sample"),
                new Measurement("certified lower mean (" + certificate + "), " + at, bound, Double.NaN,
                        StudentMean.estimate(lower, confidence), Comparison.NONE, "reported; lower end of the bracket"),
                new Measurement("attack upper mean (" + attack + "), " + at, bound, Double.NaN,
                        StudentMean.estimate(attacked, confidence), Comparison.NONE,
                        "reported; upper end of the bracket"),
                bracketRow(label, bound, theory, source, confidence, claim),
                new Measurement("fraction bracketing the bound, " + at, bound, Double.NaN,
                        ClopperPearson.estimate(bracketing(theory), n, confidence), Comparison.NONE,
                        "R(x) <= v* <= D(x); reported only"));
    }

    /**
     * The bracket row alone (the fourth of {@link #rows}): the bracket of the mean judged against \( v^\ast \) by
     * {@code claim}, for a second bound beside the first on the same samples.
     *
     * @param label      what is measured
     * @param bound      the catalogue bound
     * @param theory     \( v^\ast \)
     * @param source     where \( v^\ast \) comes from
     * @param confidence the joint confidence level of the bracket
     * @param claim      {@link Comparison#BRACKET_AT_MOST} or {@link Comparison#BRACKET_AT_LEAST}
     * @return the row, quantity "bracket of the mean, LABEL, N samples"
     */
    public Measurement bracketRow(String label, String bound, double theory, String source, double confidence,
            Comparison claim) {
        if (!claim.isBracket()) {
            throw new IllegalArgumentException("a bracket rule, not " + claim);
        }
        String at = String.format(Locale.ROOT, "%s, %d samples", label, lower.length);
        return new Measurement("bracket of the mean, " + at, bound, theory, bracket(lower, finite(upper), confidence,
                certificate, attack), claim, source);
    }

    /**
     * The bracket of a mean: the interval from the lower end of the certified mean's interval to the upper end of
     * the attack mean's, each at level \( 1 - (1 - c)/2 \); the point value is the midpoint of the two means.
     *
     * @param certified   certified values
     * @param attacked    attack values, finite
     * @param confidence  c, the joint level
     * @param certificate its name
     * @param attack      its name
     * @return the estimate, whose method names both means
     */
    public static Estimate bracket(double[] certified, double[] attacked, double confidence, String certificate,
            String attack) {
        double each = 1 - (1 - confidence) / 2;
        Estimate low = StudentMean.estimate(certified, each);
        Estimate high = StudentMean.estimate(attacked, each);
        String method = String.format(Locale.ROOT, "bracket: %s mean %.4g [%.4g, %.4g] to %s mean %.4g [%.4g, %.4g],"
                        + " Student-t %.4g%% each", certificate, low.value(), low.interval().lower(),
                low.interval().upper(), attack, high.value(), high.interval().lower(), high.interval().upper(),
                100 * each);
        double lo = low.interval().lower();
        double hi = Math.max(high.interval().upper(), lo);
        double mid = Math.min(hi, Math.max(lo, (low.value() + high.value()) / 2));
        return new Estimate(mid, Math.max(low.standardError(), high.standardError()),
                Math.min(low.samples(), high.samples()), new ConfidenceInterval(lo, hi, confidence), method);
    }

    /** An attack that fails leaves +Infinity; the mean of the upper bounds is then infinite, stated as such. */
    private static double[] finite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalStateException("an attack failed on a sample (distance +Infinity): the mean of the"
                        + " upper bounds is infinite; raise the attack's budget");
            }
        }
        return values;
    }
}

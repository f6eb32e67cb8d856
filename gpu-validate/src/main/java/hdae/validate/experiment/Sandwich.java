package hdae.validate.experiment;

import hdae.numeric.mc.ClopperPearson;
import hdae.numeric.mc.StudentMean;
import hdae.validate.ledger.Comparison;
import hdae.validate.ledger.Measurement;

import java.util.List;
import java.util.Locale;

/**
 * Per-sample brackets of the true minimal adversarial distance \( \Delta(x) \): a certified lower bound
 * \( R(x) \le \Delta(x) \) (for example the Lipschitz margin of {@code LipschitzCertificate}) and an attack's
 * distance \( D(x) \ge \Delta(x) \) (an adversarial point at that distance exists). So
 * \( \tfrac1N\sum R \le \tfrac1N\sum \Delta \le \tfrac1N\sum D \), and a theory value \( v^\ast \) that caps the
 * mean of \( \Delta \) is refuted when the certified mean lies above it, confirmed when the attack mean lies
 * below it, and undecided in between.
 *
 * @param lower certified lower bounds \( R(x_i) \ge 0 \)
 * @param upper attack distances \( D(x_i) \), {@code +Infinity} where the attack failed
 */
public record Sandwich(double[] lower, double[] upper) {

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
     * The sandwich as four table rows: consistency (every \( R \le D \), checked), the certified and the attack
     * means against an upper bound \( v^\ast \) on the mean distance (each {@link Comparison#AT_MOST}), and the
     * fraction of samples whose bracket contains \( v^\ast \) (reported).
     *
     * @param label      what is measured, for example "L2 distance at n = 64"
     * @param bound      the catalogue bound capping the mean
     * @param theory     \( v^\ast \)
     * @param source     where \( v^\ast \) comes from
     * @param confidence the confidence level of every interval
     * @return the rows
     */
    public List<Measurement> rows(String label, String bound, double theory, String source, double confidence) {
        int n = lower.length;
        String at = String.format(Locale.ROOT, "%s, %d samples", label, n);
        return List.of(
                new Measurement("certified <= attack, " + at, bound, 1.0,
                        ClopperPearson.estimate(consistent(), n, confidence), Comparison.AT_LEAST,
                        "R(x) <= Delta(x) <= D(x) for every sample"),
                new Measurement("certified lower mean, " + at, bound, theory,
                        StudentMean.estimate(lower, confidence), Comparison.AT_MOST, source),
                new Measurement("attack upper mean, " + at, bound, theory, StudentMean.estimate(finite(upper), confidence),
                        Comparison.AT_MOST, source),
                new Measurement("fraction bracketing the bound, " + at, bound, Double.NaN,
                        ClopperPearson.estimate(bracketing(theory), n, confidence), Comparison.NONE,
                        "R(x) <= v* <= D(x); reported only"));
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

package hdae.validate.ledger;

/**
 * How a measured interval \( [\ell, u] \) is compared with a predicted or reported value \( v^\ast \). Each rule is
 * stated once here and printed in every report row.
 */
public enum Comparison {
    /** Agrees iff \( \ell \le v^\ast \le u \): the reported value lies in the measured interval. */
    IN_INTERVAL("reported value lies in the interval"),
    /**
     * Agrees iff \( v^\ast \le u \): for a rate reported as "high" (an error rate of 99 % under attack), a
     * measurement at least as high, up to sampling error, confirms it.
     */
    AT_LEAST("measured at least the reported value (v* <= upper)"),
    /**
     * Agrees iff \( \ell \le v^\ast \): for a quantity that a bound caps from above (a mean distance at most
     * \( 1/(2\pi) \)), a measurement at most the bound, up to sampling error, agrees.
     */
    AT_MOST("measured at most the predicted value (lower <= v*)"),
    /** No prediction: the row is {@link Verdict#REPORTED}. */
    NONE("no prediction; reported only");

    private final String rule;

    Comparison(String rule) {
        this.rule = rule;
    }

    /** @return the rule in words */
    public String rule() {
        return rule;
    }

    /**
     * Whether the interval agrees with the prediction under this rule.
     *
     * @param lower     \( \ell \)
     * @param upper     \( u \)
     * @param predicted \( v^\ast \)
     * @return true when they agree; false for {@link #NONE}
     */
    public boolean agrees(double lower, double upper, double predicted) {
        return switch (this) {
            case IN_INTERVAL -> lower <= predicted && predicted <= upper;
            case AT_LEAST -> predicted <= upper;
            case AT_MOST -> lower <= predicted;
            case NONE -> false;
        };
    }
}

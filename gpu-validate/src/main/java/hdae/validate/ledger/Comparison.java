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
    /**
     * A claim \( \mathbb{E}\,\Delta \le v^\ast \) judged on a bracket \( [\ell, u] \) whose lower end is that of
     * a certified lower mean and whose upper end is that of an attack (upper) mean: {@link Verdict#REFUTED} iff
     * \( \ell > v^\ast \) (the certified mean lies above the claim), {@link Verdict#SUPPORTED} iff
     * \( u < v^\ast \) (the attack mean lies below it), else {@link Verdict#INCONCLUSIVE}. An attack alone never
     * refutes.
     */
    BRACKET_AT_MOST("claim E <= v*: refuted iff certified lower > v*, supported iff attack upper < v*"),
    /**
     * A claim \( \mathbb{E}\,\Delta \ge v^\ast \) on the same bracket, roles swapped: REFUTED iff \( u < v^\ast \)
     * (an attack mean below the claim), SUPPORTED iff \( \ell > v^\ast \) (a certified mean above it).
     */
    BRACKET_AT_LEAST("claim E >= v*: refuted iff attack upper < v*, supported iff certified lower > v*"),
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

    /** @return whether this rule judges a bracket (certified lower end, attack upper end) */
    public boolean isBracket() {
        return this == BRACKET_AT_MOST || this == BRACKET_AT_LEAST;
    }

    /**
     * The verdict of a bracket rule.
     *
     * @param lower     \( \ell \), the lower end of the certified mean's interval
     * @param upper     \( u \), the upper end of the attack mean's interval
     * @param predicted \( v^\ast \)
     * @return SUPPORTED, REFUTED or INCONCLUSIVE (NaN anywhere gives INCONCLUSIVE)
     */
    public Verdict decide(double lower, double upper, double predicted) {
        if (!isBracket()) {
            throw new IllegalStateException("not a bracket rule: " + this);
        }
        boolean above = lower > predicted;
        boolean below = upper < predicted;
        if (this == BRACKET_AT_MOST) {
            return above ? Verdict.REFUTED : below ? Verdict.SUPPORTED : Verdict.INCONCLUSIVE;
        }
        return below ? Verdict.REFUTED : above ? Verdict.SUPPORTED : Verdict.INCONCLUSIVE;
    }

    /**
     * Whether the interval agrees with the prediction under this rule.
     *
     * @param lower     \( \ell \)
     * @param upper     \( u \)
     * @param predicted \( v^\ast \)
     * @return true when they agree; false for {@link #NONE}; for a bracket rule, true iff SUPPORTED
     */
    public boolean agrees(double lower, double upper, double predicted) {
        return switch (this) {
            case IN_INTERVAL -> lower <= predicted && predicted <= upper;
            case AT_LEAST -> predicted <= upper;
            case AT_MOST -> lower <= predicted;
            case BRACKET_AT_MOST, BRACKET_AT_LEAST -> decide(lower, upper, predicted) == Verdict.SUPPORTED;
            case NONE -> false;
        };
    }
}

package hdae.numeric.mc;

import hdae.numeric.NumericException;

/**
 * A two-sided confidence interval \( [\mathit{lower}, \mathit{upper}] \) of level \( 1 - \alpha \).
 *
 * <p>An interval of level \( 1 - \alpha \) covers the true value with probability at least (exact methods) or
 * approximately (asymptotic methods) \( 1 - \alpha \); \( \alpha \) is the false-alarm rate of a test that
 * rejects a reference value outside it.
 *
 * @param lower the lower end, finite or \( -\infty \)
 * @param upper the upper end, at least {@code lower}, finite or \( +\infty \)
 * @param confidence the level \( 1 - \alpha \), in (0, 1)
 */
public record ConfidenceInterval(double lower, double upper, double confidence) {

    /**
     * Validates the fields.
     *
     * @param lower see the record description
     * @param upper see the record description
     * @param confidence see the record description
     */
    public ConfidenceInterval {
        if (!(lower <= upper)) {
            throw NumericException.expected("lower <= upper (neither NaN), upper = " + upper, "lower", lower);
        }
        Guard.confidence(confidence);
    }

    /**
     * Whether the interval contains a value (ends included).
     *
     * @param value the value, for example an exact reference
     * @return true if {@code lower <= value <= upper}; false for NaN
     */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    /**
     * The false-alarm rate of the interval.
     *
     * @return \( \alpha = 1 - \mathit{confidence} \)
     */
    public double alpha() {
        return 1 - confidence;
    }

    /**
     * The width of the interval.
     *
     * @return {@code upper - lower}
     */
    public double width() {
        return upper - lower;
    }
}

package hdae.numeric.mc;

import hdae.numeric.NumericException;

/**
 * Argument guards shared by the Monte Carlo packages, written in the positive form so that NaN fails them.
 * Each returns its argument, or throws {@link NumericException} with the message
 * "expected &lt;condition&gt; for &lt;name&gt;, got &lt;value&gt;".
 */
public final class Guard {

    private Guard() {
    }

    /**
     * Checks a confidence level.
     *
     * @param confidence the level \( 1 - \alpha \)
     * @return {@code confidence}, if it lies in (0, 1)
     */
    public static double confidence(double confidence) {
        if (confidence > 0 && confidence < 1) {
            return confidence;
        }
        throw NumericException.expected("0 < confidence < 1", "confidence", confidence);
    }

    /**
     * Checks an integer lower limit.
     *
     * @param name the parameter's name
     * @param value its value
     * @param minimum the smallest allowed value
     * @return {@code value}, if it is at least {@code minimum}
     */
    public static long atLeast(String name, long value, long minimum) {
        if (value >= minimum) {
            return value;
        }
        throw NumericException.expected(name + " >= " + minimum, name, value);
    }

    /**
     * Checks an integer range.
     *
     * @param name the parameter's name
     * @param value its value
     * @param minimum the smallest allowed value
     * @param maximum the largest allowed value
     * @return {@code value}, if {@code minimum <= value <= maximum}
     */
    public static int between(String name, int value, int minimum, int maximum) {
        if (value >= minimum && value <= maximum) {
            return value;
        }
        throw NumericException.expected(minimum + " <= " + name + " <= " + maximum, name, value);
    }

    /**
     * Checks a real number in a half-open interval \( (0, \mathit{maximum}] \).
     *
     * @param name the parameter's name
     * @param value its value
     * @param maximum the largest allowed value
     * @return {@code value}, if {@code 0 < value <= maximum}
     */
    public static double positiveAtMost(String name, double value, double maximum) {
        if (value > 0 && value <= maximum) {
            return value;
        }
        throw NumericException.expected("0 < " + name + " <= " + maximum, name, value);
    }

    /**
     * Checks that a reference is not null.
     *
     * @param name the parameter's name
     * @param value its value
     * @param <T> its type
     * @return {@code value}, if it is not null
     */
    public static <T> T notNull(String name, T value) {
        if (value != null) {
            return value;
        }
        throw NumericException.expected("a non-null value", name, "null");
    }
}

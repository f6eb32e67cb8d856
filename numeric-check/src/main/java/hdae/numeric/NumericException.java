package hdae.numeric;

import java.util.Locale;

/**
 * The one unchecked exception of module numeric-check: an argument outside its domain.
 *
 * <p>Its message reads "expected &lt;condition&gt; for &lt;name&gt;, got &lt;value&gt;", formatted with
 * {@link Locale#ROOT} (STYLE.md section 6). Guards that throw it are written in the positive form, so that
 * NaN fails them.
 */
public final class NumericException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with the given message.
     *
     * @param message the full message
     */
    public NumericException(String message) {
        super(message);
    }

    /**
     * Creates the exception for a parameter that does not satisfy its condition.
     *
     * @param condition what was expected, for example {@code "0 < confidence < 1"}
     * @param name the parameter's name, for example {@code "confidence"}
     * @param value the value received
     * @return the exception, with message "expected &lt;condition&gt; for &lt;name&gt;, got &lt;value&gt;"
     */
    public static NumericException expected(String condition, String name, Object value) {
        return new NumericException(String.format(Locale.ROOT, "expected %s for %s, got %s", condition, name, value));
    }
}

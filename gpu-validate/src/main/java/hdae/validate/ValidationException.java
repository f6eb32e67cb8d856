package hdae.validate;

import java.util.Locale;

/**
 * The one unchecked exception of the gpu-validate module: an argument, a file or a configuration that breaks a
 * stated condition. Its message reads "expected &lt;condition&gt; for &lt;name&gt;, got &lt;value&gt;".
 */
public final class ValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private ValidationException(String message) {
        super(message);
    }

    private ValidationException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * An exception whose message reads "expected {@code condition} for {@code name}, got {@code value}".
     *
     * @param condition what should have held, in words
     * @param name      the parameter, field or file that broke it
     * @param value     what was found
     * @return the exception, for the caller to throw
     */
    public static ValidationException expected(String condition, String name, Object value) {
        return new ValidationException(format(condition, name, value));
    }

    /**
     * As {@link #expected(String, String, Object)}, keeping the low-level cause (an I/O or format error).
     *
     * @param condition what should have held, in words
     * @param name      the parameter, field or file that broke it
     * @param value     what was found
     * @param cause     the underlying error
     * @return the exception, for the caller to throw
     */
    public static ValidationException expected(String condition, String name, Object value, Throwable cause) {
        return new ValidationException(format(condition, name, value), cause);
    }

    private static String format(String condition, String name, Object value) {
        return String.format(Locale.ROOT, "expected %s for %s, got %s", condition, name, value);
    }
}

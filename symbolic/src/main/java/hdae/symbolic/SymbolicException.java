package hdae.symbolic;

import java.util.Locale;

/** The one unchecked exception of module symbolic: a value or a formula that breaks a stated condition. */
public class SymbolicException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public SymbolicException(String message) {
        super(message);
    }

    /** "expected CONDITION for NAME, got VALUE", formatted with {@link Locale#ROOT}. */
    public static SymbolicException expected(String condition, String name, Object value) {
        return new SymbolicException(String.format(Locale.ROOT, "expected %s for %s, got %s", condition, name, value));
    }
}

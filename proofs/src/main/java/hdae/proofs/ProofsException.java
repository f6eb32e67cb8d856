package hdae.proofs;

import java.util.Locale;

/** The one unchecked exception of module proofs. */
public class ProofsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ProofsException(String message) {
        super(message);
    }

    /** "expected CONDITION for NAME, got VALUE", formatted with {@link Locale#ROOT}. */
    public static ProofsException expected(String condition, String name, Object value) {
        return new ProofsException(String.format(Locale.ROOT, "expected %s for %s, got %s", condition, name, value));
    }
}

package hdae.symbolic.bound;

import hdae.symbolic.SymbolicException;
import java.util.regex.Pattern;

/**
 * A stable kebab-case identifier of a bound: conclusion first, hypotheses after {@code -of-}, from the
 * vocabulary {@code le lt ge eq pos nonneg tendsto isbigo} and the norms {@code l1 l2 linf rms}.
 */
public record BoundId(String value) implements Comparable<BoundId> {
    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public BoundId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw SymbolicException.expected("kebab-case matching " + FORM, "bound id", value);
        }
    }

    public static BoundId of(String value) {
        return new BoundId(value);
    }

    @Override
    public int compareTo(BoundId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

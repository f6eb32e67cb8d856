package hdae.symbolic.bound;

import java.util.Objects;

/**
 * Where a bound is stated: a reference and a locator (section, equation, page), or for a
 * formalisation, the claim of the paper it formalises.
 */
public record Source(String reference, String locator) {
    public Source {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(locator, "locator");
    }

    public static Source of(String reference, String locator) {
        return new Source(reference, locator);
    }

    @Override
    public String toString() {
        return locator.isEmpty() ? reference : reference + ", " + locator;
    }
}

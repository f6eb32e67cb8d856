package hdae.validate.norm;

import hdae.validate.ValidationException;

/**
 * A measured size: a non-negative value together with the norm it was measured in. The value
 * {@code +Infinity} means "no adversarial found".
 *
 * @param norm  the norm the value is measured in
 * @param value the size, in [0, +Infinity]
 */
public record Distance(Norm norm, double value) {

    /** Validates the fields. */
    public Distance {
        if (norm == null) {
            throw ValidationException.expected("a norm", "norm", null);
        }
        if (!(value >= 0)) {
            throw ValidationException.expected("value >= 0 (or +Infinity)", "value", value);
        }
    }

    /**
     * A distance.
     *
     * @param norm  the norm
     * @param value the size, in [0, +Infinity]
     * @return the distance
     */
    public static Distance of(Norm norm, double value) {
        return new Distance(norm, value);
    }

    /**
     * Whether a point at this distance lies inside the closed ball of the budget (same norm required).
     *
     * @param budget the budget
     * @return {@code value <= budget.eps()}
     */
    public boolean isWithin(Budget budget) {
        if (budget.norm() != norm) {
            throw ValidationException.expected("a budget in norm " + norm, "budget", budget);
        }
        return value <= budget.eps();
    }

    /**
     * Whether this distance is finite, that is, an adversarial was found.
     *
     * @return {@code value < +Infinity}
     */
    public boolean isFinite() {
        return value < Double.POSITIVE_INFINITY;
    }
}

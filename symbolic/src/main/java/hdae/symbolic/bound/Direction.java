package hdae.symbolic.bound;

/** How a bound relates its quantity to its closed form. */
public enum Direction {
    /** quantity = closed form. */
    EQUALITY,
    /** quantity &le; closed form. */
    UPPER,
    /** quantity &ge; closed form. */
    LOWER,
    /** quantity tends to the closed form as the limit variable tends to its point. */
    LIMIT,
    /** quantity = O(closed form) as the limit variable tends to infinity. */
    ASYMPTOTIC
}

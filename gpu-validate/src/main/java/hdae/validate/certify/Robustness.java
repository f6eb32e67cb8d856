package hdae.validate.certify;

/** What complete verification decides about one sample at one radius \(\varepsilon\). */
public enum Robustness {
    /** Every subdomain's margin lower bounds are positive (outward rounded): no point of the region changes class. */
    ROBUST,
    /** A {@link Counterexample} in the region, verified by an outward-rounded forward pass. */
    NOT_ROBUST,
    /** Neither within the budget (subdomains or wall time). Never counted as either answer. */
    UNKNOWN
}

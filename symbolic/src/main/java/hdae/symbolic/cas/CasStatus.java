package hdae.symbolic.cas;

/** How a CAS call ended. Only {@link #DONE} carries a result; the others carry a reason. */
public enum CasStatus {
    /** The CAS returned a result (which callers still cross-check numerically). */
    DONE,
    /** The time limit passed; the computation was stopped. Never a pass. */
    TIMEOUT,
    /** The CAS gave up, returned the input unevaluated, failed a numeric cross-check, or threw. */
    UNKNOWN
}

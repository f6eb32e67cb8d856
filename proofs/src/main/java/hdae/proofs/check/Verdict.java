package hdae.proofs.check;

/**
 * The verdict on one derivation step (DESIGN.md). Only PROVED, CHECKED and CITED count as holding;
 * UNKNOWN is never a pass.
 */
public enum Verdict {
    /** Shown symbolically on the whole domain, or an inequality covered by outward-rounded interval bisection. */
    PROVED,
    /** Not proved, but holds at many random points in high precision. */
    CHECKED,
    /** A named lemma from the literature, taken as given. */
    CITED,
    /** False: a counterexample is shown. */
    FAILED,
    /** The CAS gave up or timed out and the numerics could not decide. */
    UNKNOWN;

    public boolean holds() {
        return this == PROVED || this == CHECKED || this == CITED;
    }

    /** Whether this verdict is at least as strong as {@code expected} (PROVED > CHECKED; CITED only meets CITED). */
    public boolean meets(Verdict expected) {
        if (expected == CHECKED) {
            return this == PROVED || this == CHECKED;
        }
        return this == expected;
    }
}

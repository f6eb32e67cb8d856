package hdae.validate.ledger;

/**
 * The outcome of one measured row against its prediction and the gap ledger. Only {@link #HOLDS} and
 * {@link #GAP_LEDGERED} let a test pass; {@link #REPORTED} asserts nothing (a figure shown for context, with no
 * prediction) and is never counted as a pass of a bound.
 */
public enum Verdict {
    /** The measurement agrees with the prediction and the ledger lists no gap for it. */
    HOLDS,
    /** The measurement disagrees, the ledger lists this gap, and the measured figure lies in the ledger's interval. */
    GAP_LEDGERED,
    /** The measurement disagrees and the ledger does not list it: a failure. */
    GAP_UNLEDGERED,
    /**
     * The ledger lists a gap that did not reproduce (it now agrees, changed direction, or moved out of the
     * ledger's interval): a failure.
     */
    LEDGER_STALE,
    /** A figure with no prediction, shown for context; not a check. */
    REPORTED;

    /** @return whether this verdict fails a test */
    public boolean isFailure() {
        return this == GAP_UNLEDGERED || this == LEDGER_STALE;
    }
}

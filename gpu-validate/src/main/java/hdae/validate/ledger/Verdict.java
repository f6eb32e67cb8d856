package hdae.validate.ledger;

/**
 * The outcome of one measured row against its prediction and the gap ledger. {@link #HOLDS}, {@link #SUPPORTED},
 * {@link #GAP_LEDGERED}, and the ledgered {@link #REFUTED} and {@link #INCONCLUSIVE} let a test pass;
 * {@link #REPORTED} asserts nothing (a figure shown for context, with no prediction) and is never counted as a
 * pass of a bound. The last three judge a bracket (certified lower end, attack upper end, see
 * {@link Comparison#BRACKET_AT_MOST}).
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
    REPORTED,
    /** The bracket decides for the claim (the attack side lies on the claim's side of the prediction). */
    SUPPORTED,
    /** The bracket decides against the claim (the certified side lies beyond the prediction), and the ledger lists it. */
    REFUTED,
    /** The bracket contains the prediction, and the ledger lists the row with its figures. */
    INCONCLUSIVE;

    /** @return whether this verdict fails a test */
    public boolean isFailure() {
        return this == GAP_UNLEDGERED || this == LEDGER_STALE;
    }
}

package hdae.validate.ledger;

/** Where a measured value lies relative to its prediction when they disagree. */
public enum Direction {
    /** The whole interval lies below the prediction. */
    BELOW,
    /** The whole interval lies above the prediction. */
    ABOVE,
    /** A bracket contains the prediction: the bracket decides nothing (an INCONCLUSIVE row). */
    STRADDLES
}

package hdae.validate.ledger;

/**
 * One known gap of the ledger.
 *
 * @param bound      the catalogue bound id, kebab-case
 * @param experiment the experiment id
 * @param quantity   the row's quantity, as the experiment names it
 * @param scale      {@code QUICK} or {@code FULL}
 * @param predicted  the value the bound or the cited paper predicts, \( v^\ast \)
 * @param measured   the measured value when the entry was written, \( \hat v \)
 * @param lower      the lower end \( \ell \) of its confidence interval
 * @param upper      the upper end \( u \) of its confidence interval
 * @param direction  where the measurement lies relative to \( v^\ast \)
 * @param why        why the gap is expected, with its source
 */
public record GapEntry(String bound, String experiment, String quantity, String scale, double predicted,
        double measured, double lower, double upper, Direction direction, String why) {

    /** @return the key (experiment, scale, quantity) that a measured row is matched on */
    public String key() {
        return key(experiment, scale, quantity);
    }

    /**
     * The matching key of a row.
     *
     * @param experiment experiment id
     * @param scale      scale name
     * @param quantity   quantity name
     * @return the key
     */
    public static String key(String experiment, String scale, String quantity) {
        return experiment + " | " + scale + " | " + quantity;
    }
}

package hdae.validate.criterion;

import hdae.validate.model.Batch;

/**
 * What makes a point adversarial, decided from the classifier's logits at that point and the true label.
 * Attacks search with their own heuristics; their base classes re-check every returned point with a
 * criterion, so a criterion is the single judge of success.
 */
public interface Criterion {

    /**
     * Whether one row of logits is adversarial for its label.
     *
     * @param logits logits, B x K
     * @param row    the row
     * @param label  the true label of that row
     * @return whether that point counts as adversarial
     */
    boolean isAdversarial(Batch logits, int row, int label);

    /**
     * The criterion for every row.
     *
     * @param logits logits, B x K
     * @param labels one label per row
     * @return one verdict per row
     */
    default boolean[] isAdversarial(Batch logits, int[] labels) {
        boolean[] result = new boolean[logits.rows()];
        for (int i = 0; i < result.length; i++) {
            result[i] = isAdversarial(logits, i, labels[i]);
        }
        return result;
    }
}

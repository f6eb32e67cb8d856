package hdae.validate.attack;

import hdae.validate.model.Batch;

/** The margin loss \(z_y - \max_{j \ne y} z_j\) of the minimum-norm attacks: the runner-up class. */
final class MarginLoss {

    private MarginLoss() {
    }

    /**
     * The class with the largest logit other than the label.
     *
     * @param logits B x K
     * @param row    the row
     * @param label  y
     * @return \(\arg\max_{j \ne y} z_j\) (ties to the lowest class)
     */
    static int runnerUp(Batch logits, int row, int label) {
        int best = label == 0 ? 1 : 0;
        for (int k = 0; k < logits.cols(); k++) {
            if (k != label && logits.get(row, k) > logits.get(row, best)) {
                best = k;
            }
        }
        return best;
    }
}

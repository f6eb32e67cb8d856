package hdae.validate.criterion;

import hdae.validate.model.Batch;

/**
 * Untargeted misclassification: a point is adversarial when the predicted class
 * \(\hat k(x) = \arg\max_k z_k(x)\) (ties to the lowest class) differs from the true label \(y\).
 */
public final class Misclassification implements Criterion {

    /** The one instance: the criterion has no parameters. */
    private static final Misclassification INSTANCE = new Misclassification();

    private Misclassification() {
    }

    /** @return the criterion */
    public static Misclassification of() {
        return INSTANCE;
    }

    @Override
    public boolean isAdversarial(Batch logits, int row, int label) {
        int classes = logits.cols();
        double[] z = logits.values();
        int base = row * classes;
        int best = 0;
        double bestValue = z[base];
        for (int k = 1; k < classes; k++) {
            if (z[base + k] > bestValue || Double.isNaN(bestValue)) {
                best = k;
                bestValue = z[base + k];
            }
        }
        return best != label;
    }

    @Override
    public String toString() {
        return "Misclassification";
    }
}

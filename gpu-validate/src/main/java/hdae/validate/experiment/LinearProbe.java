package hdae.validate.experiment;

import hdae.validate.attack.AttackResult;
import hdae.validate.attack.LinfFgsm;
import hdae.validate.data.Dataset;
import hdae.validate.model.Batch;
import hdae.validate.model.Classifier;
import hdae.validate.model.Phases;
import hdae.validate.norm.Budget;
import hdae.validate.norm.Norm;

import java.util.Arrays;
import java.util.List;

/**
 * Measurements on a trained softmax regression \( z = W^\top x + b \), \( W \in \mathbb{R}^{n \times K} \): its
 * weight statistics, and its error and confidence under FGSM, \( x' = \mathrm{clip}_{[0,1]}(x + \varepsilon
 * \,\mathrm{sign}(\nabla_x \ell(x, y))) \).
 *
 * @see <a href="https://arxiv.org/abs/1412.6572">Goodfellow, Shlens, Szegedy, ICLR 2015, arXiv 1412.6572</a>,
 *     Sec. 3 (the linear argument) and Sec. 4 (FGSM)
 */
final class LinearProbe {

    private LinearProbe() {
    }

    /**
     * The mean weight magnitude \( m = \frac{1}{nK} \sum_{i,j} |W_{ij}| \).
     *
     * @param model a softmax regression
     * @return \( m \)
     */
    static double meanWeight(Classifier model) {
        double[][] w = model.denseLayers().get(0).weights();
        double sum = 0;
        for (double[] row : w) {
            for (double v : row) {
                sum += Math.abs(v);
            }
        }
        return sum / (w.length * (double) w[0].length);
    }

    /**
     * FGSM at one budget on the given points, under both conventions for images the model already misclassifies:
     * the fixed-budget attack leaves them unperturbed (only correctly classified images are attacked), while
     * Goodfellow et al. (Sec. 4) apply FGSM to every test image. The first gives the error count (an image already
     * wrong counts as an error, as in their error rate); the confidences are taken under both.
     *
     * @param model the classifier
     * @param data  the points
     * @param count how many (the first ones)
     * @param eps   the \( L_\infty \) budget
     * @return the outcome
     */
    static FgsmOutcome fgsm(Classifier model, Dataset data, int count, double eps) {
        double[][] x = data.rows(0, count);
        int[] y = Arrays.copyOf(data.labels(), count);
        int cleanErrors = 0;
        int[] clean = model.predict(x);
        for (int i = 0; i < count; i++) {
            if (clean[i] != y[i]) {
                cleanErrors++;
            }
        }
        List<Budget> budget = List.of(Budget.of(Norm.LINF, eps));
        AttackResult result = Phases.time("attack FGSM", () -> LinfFgsm.of().attack(model, x, y, budget).at(0));
        double[] correctOnly = errorConfidences(model, result.clipped(), y, result.success());
        // a criterion that nothing meets: no image counts as already adversarial, so FGSM perturbs every one
        AttackResult every = Phases.time("attack FGSM", () -> LinfFgsm.of().attack(model, x, y, budget,
                (logits, row, label) -> false).at(0));
        int[] predicted = model.predict(every.clipped());
        boolean[] wrong = new boolean[count];
        for (int i = 0; i < count; i++) {
            wrong[i] = predicted[i] != y[i];
        }
        return new FgsmOutcome(count, cleanErrors, correctOnly.length, correctOnly,
                errorConfidences(model, every.clipped(), y, wrong));
    }

    /** The predicted class's softmax probability at each point marked wrong. */
    private static double[] errorConfidences(Classifier model, Batch points, int[] y, boolean[] wrong) {
        Batch logits = model.logits(points);
        double[] confidence = new double[y.length];
        int k = 0;
        for (int i = 0; i < y.length; i++) {
            if (wrong[i]) {
                confidence[k++] = maxSoftmax(logits.row(i));
            }
        }
        return Arrays.copyOf(confidence, k);
    }

    /**
     * The largest softmax probability \( \max_j e^{z_j} / \sum_l e^{z_l} = 1 / \sum_l e^{z_l - \max z} \), shifted
     * by \( \max z \) against overflow.
     */
    private static double maxSoftmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (double v : z) {
            sum += Math.exp(v - max);
        }
        return 1.0 / sum;
    }

    /**
     * FGSM on some points.
     *
     * @param count               points attacked
     * @param cleanErrors         points misclassified before the attack
     * @param errors              points misclassified after the attack, images already misclassified left
     *                            unperturbed and counted as errors, as Goodfellow et al. count an error rate
     * @param confidence          the predicted class's softmax probability on each misclassified adversarial
     *                            example, only correctly classified images perturbed
     * @param confidenceEveryImage the same with every image perturbed (Goodfellow et al., Sec. 4)
     */
    record FgsmOutcome(int count, int cleanErrors, int errors, double[] confidence, double[] confidenceEveryImage) {
    }
}

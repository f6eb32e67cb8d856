package hdae.validate.attack;

import hdae.validate.ValidationException;
import hdae.validate.criterion.Criterion;
import hdae.validate.model.Batch;
import hdae.validate.model.Classifier;
import hdae.validate.norm.Norm;

/**
 * DeepFool in the L-infinity norm (Moosavi-Dezfooli, Fawzi, Frossard 2016), multi-class and batched. At the
 * current point, with \(f_k = z_k - z_y\) and \(w_k = \nabla_x f_k\) for the candidate classes \(k\) (those with
 * the largest initial logits), it steps onto the nearest linearised boundary,
 * \[ r = \frac{|f_{\hat l}|}{\|w_{\hat l}\|_1}\, \mathrm{sign}(w_{\hat l}),\qquad
 *    \hat l = \arg\min_{k} \frac{|f_k|}{\|w_k\|_1}, \]
 * accumulates the steps into \(r_{\mathrm{tot}}\) and moves to \(x + (1+\eta)\, r_{\mathrm{tot}}\), clipped to the
 * box, until the point is adversarial. Defaults as in the paper and Foolbox: at most 50 steps, 10 candidate
 * classes, overshoot \(\eta = 0.02\). No epsilon is added to denominators, so on a linear binary model the
 * distance is exactly \((1+\eta)\) times that to the boundary. In a bounded box (the paper has none), gradient
 * entries that would push a coordinate lying on a face out of the box are ignored, and after clipping the
 * accumulated step is reset to the realised one; without this a third of MNIST samples crept towards the
 * boundary without crossing it.
 *
 * @see <a href="https://arxiv.org/abs/1511.04599">arXiv 1511.04599</a>, Algorithm 2 and Sec. 3.2
 */
public final class LinfDeepFool extends MinimizationAttack {

    /** Default rows per batch through the network. */
    private static final int DEFAULT_BATCH = 256;

    /** Maximum number of linearisation steps. */
    private final int steps;
    /** Number of classes considered, the true class included. */
    private final int candidates;
    /** The overshoot \(\eta\). */
    private final double overshoot;

    private LinfDeepFool(Box box, int batchSize, int steps, int candidates, double overshoot) {
        super(box, batchSize);
        if (!(steps >= 1)) {
            throw ValidationException.expected("steps >= 1", "steps", steps);
        }
        if (!(candidates >= 2)) {
            throw ValidationException.expected("candidates >= 2", "candidates", candidates);
        }
        if (!(overshoot >= 0 && overshoot < Double.POSITIVE_INFINITY)) {
            throw ValidationException.expected("finite overshoot >= 0", "overshoot", overshoot);
        }
        this.steps = steps;
        this.candidates = candidates;
        this.overshoot = overshoot;
    }

    /** @return DeepFool with 50 steps, 10 candidates, overshoot 0.02, on the unit cube */
    public static LinfDeepFool of() {
        return new LinfDeepFool(Box.UNIT, DEFAULT_BATCH, 50, 10, 0.02);
    }

    /**
     * A copy with another step limit.
     *
     * @param count maximum steps, at least 1
     * @return the copy
     */
    public LinfDeepFool withSteps(int count) {
        return new LinfDeepFool(box(), batchSize(), count, candidates, overshoot);
    }

    /**
     * A copy with another number of candidate classes.
     *
     * @param count classes considered including the true one, at least 2
     * @return the copy
     */
    public LinfDeepFool withCandidates(int count) {
        return new LinfDeepFool(box(), batchSize(), steps, count, overshoot);
    }

    /**
     * A copy with another overshoot.
     *
     * @param eta the overshoot, finite and \(\ge 0\)
     * @return the copy
     */
    public LinfDeepFool withOvershoot(double eta) {
        return new LinfDeepFool(box(), batchSize(), steps, candidates, eta);
    }

    /**
     * A copy with another box.
     *
     * @param box the domain
     * @return the copy
     */
    public LinfDeepFool withBox(Box box) {
        return new LinfDeepFool(box, batchSize(), steps, candidates, overshoot);
    }

    /**
     * A copy with another batch size.
     *
     * @param rows rows per batch, at least 1
     * @return the copy
     */
    public LinfDeepFool withBatchSize(int rows) {
        return new LinfDeepFool(box(), rows, steps, candidates, overshoot);
    }

    /** @return the overshoot \(\eta\) */
    public double overshoot() {
        return overshoot;
    }

    @Override
    public Norm norm() {
        return Norm.LINF;
    }

    @Override
    protected Batch run(Classifier model, Batch x, int[] labels, Criterion criterion) {
        return DeepFoolCore.run(model, x, labels, criterion, box(), Norm.LINF, steps, candidates, overshoot,
                new int[x.rows()]);
    }

    /**
     * Attacks with the untargeted misclassification criterion, as {@link #attack(Classifier, double[][], int[])}
     * does, and counts each input's iterations.
     *
     * @param model  the classifier
     * @param inputs points in the box, one row each
     * @param labels true labels
     * @return the result and the iterations per input
     */
    public DeepFoolResult attackCounted(Classifier model, double[][] inputs, int[] labels) {
        return DeepFoolCore.attackCounted(this, Norm.LINF, steps, candidates, overshoot, model, inputs, labels);
    }
}

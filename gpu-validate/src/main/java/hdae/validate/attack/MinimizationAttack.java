package hdae.validate.attack;

import hdae.validate.ValidationException;
import hdae.validate.criterion.Criterion;
import hdae.validate.criterion.Misclassification;
import hdae.validate.model.Batch;
import hdae.validate.model.Classifier;
import hdae.validate.norm.Norm;

import java.util.Arrays;

/**
 * An attack that searches, for each input \(x\) with label \(y\), an adversarial point as close as it can:
 * an upper bound on \(\Delta(x) = \min \{\|\delta\| : x + \delta \in \mathrm{Box},\ \hat k(x+\delta) \ne y\}\).
 *
 * <p>Contract: {@link #attack} is final. It validates the inputs, leaves inputs that are already adversarial
 * alone (distance 0), calls {@link #run} on the others in chunks, clips what {@code run} returns to the box,
 * re-checks success with the criterion on the model, and reports \(\|x_{\mathrm{adv}} - x\|\) in
 * {@link #norm()}, or \(+\infty\) where the point is not adversarial. It does not guarantee minimality: the
 * distance is what this attack found.
 */
public abstract class MinimizationAttack {

    /** The domain outputs are clipped to. */
    private final Box box;
    /** Rows passed to {@link #run} at once. */
    private final int batchSize;

    /**
     * Sets the shared options.
     *
     * @param box       the domain outputs are clipped to
     * @param batchSize rows per call of {@link #run}, at least 1
     */
    protected MinimizationAttack(Box box, int batchSize) {
        if (box == null) {
            throw ValidationException.expected("a box", "box", null);
        }
        if (!(batchSize >= 1)) {
            throw ValidationException.expected("batchSize >= 1", "batchSize", batchSize);
        }
        this.box = box;
        this.batchSize = batchSize;
    }

    /** @return the norm the attack minimises and reports distances in */
    public abstract Norm norm();

    /** @return the domain outputs are clipped to */
    public Box box() {
        return box;
    }

    /** @return rows per call of {@link #run} */
    public int batchSize() {
        return batchSize;
    }

    /**
     * Attacks with the untargeted misclassification criterion.
     *
     * @param model  the classifier
     * @param inputs points in the box, one row each
     * @param labels true labels
     * @return adversarials and distances
     */
    public final MinimizationResult attack(Classifier model, double[][] inputs, int[] labels) {
        return attack(model, inputs, labels, Misclassification.of());
    }

    /**
     * Attacks; success is judged by {@code criterion}.
     *
     * @param model     the classifier
     * @param inputs    points in the box, one row each
     * @param labels    true labels
     * @param criterion what counts as adversarial
     * @return adversarials and distances
     */
    public final MinimizationResult attack(Classifier model, double[][] inputs, int[] labels, Criterion criterion) {
        Batch x = Inputs.batch(model, inputs, labels, box);
        int n = x.cols();
        boolean[] already = Inputs.adversarial(model, x, labels, criterion, batchSize);
        int[] targets = Inputs.falseIndices(already);
        Batch raw = x.copy();
        for (int from = 0; from < targets.length; from += batchSize) {
            int[] rows = Arrays.copyOfRange(targets, from, Math.min(targets.length, from + batchSize));
            Batch part = x.select(rows);
            Batch out = run(model, part, Inputs.pick(labels, rows), criterion);
            Inputs.checkShape(out, part, getClass().getSimpleName());
            raw.scatter(rows, out);
        }
        Batch clipped = raw.copy();
        for (int i = 0; i < x.rows(); i++) {
            if (Inputs.hasNonFinite(clipped, i)) {
                System.arraycopy(x.values(), i * n, clipped.values(), i * n, n);
            } else {
                Clip.clampToBox(box, clipped.values(), i * n, n);
            }
        }
        boolean[] success = Inputs.adversarial(model, clipped, labels, criterion, batchSize);
        double[] distances = new double[x.rows()];
        for (int i = 0; i < x.rows(); i++) {
            distances[i] = success[i] ? norm().distance(clipped.values(), i * n, x.values(), i * n, n)
                    : Double.POSITIVE_INFINITY;
        }
        return new MinimizationResult(norm(), x.toMatrix(),
                new AttackResult(raw, clipped, success), distances);
    }

    /**
     * Searches adversarials for inputs that are not yet adversarial. May return points outside the box or
     * points that are not adversarial; the caller clips and re-checks.
     *
     * @param model     the classifier
     * @param x         the inputs (a chunk of at most {@link #batchSize()} rows); do not modify
     * @param labels    their labels
     * @param criterion what counts as adversarial
     * @return one candidate per row, same shape as {@code x}
     */
    protected abstract Batch run(Classifier model, Batch x, int[] labels, Criterion criterion);
}

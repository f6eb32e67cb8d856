package hdae.validate.attack;

import hdae.validate.ValidationException;
import hdae.validate.criterion.Criterion;
import hdae.validate.criterion.Misclassification;
import hdae.validate.model.Batch;
import hdae.validate.model.Classifier;
import hdae.validate.norm.Budget;
import hdae.validate.norm.Norm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An attack that looks for any adversarial point within a budget:
 * \(x + \delta \in \mathrm{Box}\), \(\|\delta\| \le \varepsilon\), \(\hat k(x + \delta) \ne y\).
 *
 * <p>Contract: {@link #attack} is final. For each budget it leaves already-adversarial inputs alone (success,
 * \(\delta = 0\)), calls {@link #run} on the others in chunks, projects what {@code run} returns onto the
 * budget ball and then the box (exactly: the reported point satisfies \(\|\delta\| \le \varepsilon\) as
 * computed by {@link Norm#distance}), and re-checks success with the criterion on the model. A failure means
 * this attack found nothing, not that nothing exists.
 */
public abstract class FixedBudgetAttack {

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
    protected FixedBudgetAttack(Box box, int batchSize) {
        if (box == null) {
            throw ValidationException.expected("a box", "box", null);
        }
        if (!(batchSize >= 1)) {
            throw ValidationException.expected("batchSize >= 1", "batchSize", batchSize);
        }
        this.box = box;
        this.batchSize = batchSize;
    }

    /** @return the norm of the budgets this attack accepts */
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
     * Attacks at each budget with the untargeted misclassification criterion.
     *
     * @param model   the classifier
     * @param inputs  points in the box, one row each
     * @param labels  true labels
     * @param budgets budgets in this attack's norm, at least one
     * @return one result per budget
     */
    public final FixedBudgetResult attack(Classifier model, double[][] inputs, int[] labels, List<Budget> budgets) {
        return attack(model, inputs, labels, budgets, Misclassification.of());
    }

    /**
     * Attacks at each budget; success is judged by {@code criterion}.
     *
     * @param model     the classifier
     * @param inputs    points in the box, one row each
     * @param labels    true labels
     * @param budgets   budgets in this attack's norm, at least one
     * @param criterion what counts as adversarial
     * @return one result per budget
     */
    public final FixedBudgetResult attack(Classifier model, double[][] inputs, int[] labels, List<Budget> budgets,
                                          Criterion criterion) {
        if (budgets == null || budgets.isEmpty()) {
            throw ValidationException.expected("at least one budget", "budgets", budgets);
        }
        for (Budget budget : budgets) {
            if (budget.norm() != norm()) {
                throw ValidationException.expected("budgets in norm " + norm(), "budgets", budget);
            }
        }
        Batch x = Inputs.batch(model, inputs, labels, box);
        boolean[] already = Inputs.adversarial(model, x, labels, criterion, batchSize);
        List<AttackResult> results = new ArrayList<>();
        for (Budget budget : budgets) {
            double[] eps = new double[x.rows()];
            Arrays.fill(eps, budget.eps());
            results.add(attackRows(model, x, labels, eps, already, criterion));
        }
        return new FixedBudgetResult(budgets, results);
    }

    /**
     * The final-attack logic for a batch with one budget per row (package use: the bisection search).
     *
     * @param already which rows are adversarial before the attack
     */
    final AttackResult attackRows(Classifier model, Batch x, int[] labels, double[] eps, boolean[] already,
                                  Criterion criterion) {
        int n = x.cols();
        int[] targets = Inputs.falseIndices(already);
        Batch raw = x.copy();
        for (int from = 0; from < targets.length; from += batchSize) {
            int[] rows = Arrays.copyOfRange(targets, from, Math.min(targets.length, from + batchSize));
            Batch part = x.select(rows);
            Batch out = run(model, part, Inputs.pick(labels, rows), Inputs.pick(eps, rows), criterion);
            Inputs.checkShape(out, part, getClass().getSimpleName());
            raw.scatter(rows, out.copy());
        }
        Batch clipped = raw.copy();
        for (int i = 0; i < x.rows(); i++) {
            if (already[i] || Inputs.hasNonFinite(clipped, i)) {
                System.arraycopy(x.values(), i * n, clipped.values(), i * n, n);
            } else {
                Clip.project(norm(), eps[i], box, x.values(), clipped.values(), i * n, n);
            }
        }
        boolean[] success = Inputs.adversarial(model, clipped, labels, criterion, batchSize);
        return new AttackResult(raw.toMatrix(), clipped.toMatrix(), success);
    }

    /**
     * Searches adversarials within the budgets for inputs that are not yet adversarial. May return points
     * outside the ball or the box; the caller projects and re-checks.
     *
     * @param model     the classifier
     * @param x         the inputs (a chunk of at most {@link #batchSize()} rows); do not modify
     * @param labels    their labels
     * @param eps       one budget radius per row, finite and \(\ge 0\)
     * @param criterion what counts as adversarial
     * @return one candidate per row, same shape as {@code x}
     */
    protected abstract Batch run(Classifier model, Batch x, int[] labels, double[] eps, Criterion criterion);
}

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
 * \(\delta = 0\)), calls {@link #run} on the others in chunks (FGSM, one step from the loss gradient at the
 * inputs, takes that gradient from the backward pass of the forward pass that found the already adversarial
 * inputs), projects what {@code run} returns onto the budget ball and then the box (exactly: the reported point
 * satisfies \(\|\delta\| \le \varepsilon\) as computed by {@link Norm#distance}), and re-checks success with the
 * criterion on the model. A failure means this attack found nothing, not that nothing exists.
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
        Start start = start(model, x, labels, criterion);
        List<AttackResult> results = new ArrayList<>();
        for (Budget budget : budgets) {
            double[] eps = new double[x.rows()];
            Arrays.fill(eps, budget.eps());
            results.add(attackRows(model, x, labels, eps, start.already(), criterion, start.gradients()));
        }
        return new FixedBudgetResult(budgets, results);
    }

    /**
     * What the forward pass at the inputs gives the contract.
     *
     * @param already   which rows are adversarial before the attack
     * @param gradients for an attack whose step needs only the cross-entropy gradient at the inputs (see
     *                  {@link #step}), \(\nabla_x \ell(x_i, y_i)\) for every row, from the backward pass of that
     *                  same forward pass, in chunks of {@link #batchSize()} rows (row i is row
     *                  {@code i % batchSize} of chunk {@code i / batchSize}); null for the others
     */
    record Start(boolean[] already, List<Batch> gradients) {
    }

    /**
     * Which rows are adversarial before the attack: the criterion on one forward pass at the inputs, in chunks of
     * {@link #batchSize()} rows. An attack that overrides {@link #step} also gets the loss gradient at the inputs
     * from the backward pass of the same forward pass, so that the step costs no forward pass of its own.
     */
    Start start(Classifier model, Batch x, int[] labels, Criterion criterion) {
        return new Start(Inputs.adversarial(model, x, labels, criterion, batchSize), null);
    }

    /**
     * Writes one row stepped from the cross-entropy gradient at the inputs (package use: an attack that is one step
     * from the inputs, FGSM, overrides this and {@link #start}; the contract then steps each row into a row buffer
     * and clips it from there, with neither chunks nor copies of the rows stepped, and computes the raw points again
     * only if they are asked for).
     *
     * @param x         the inputs, row-major
     * @param xOffset   the row's offset in {@code x}
     * @param gradient  \(\nabla_x \ell\) at the inputs, row-major
     * @param gOffset   the row's offset in {@code gradient}
     * @param out       where the stepped row is written
     * @param outOffset its offset in {@code out}
     * @param n         the row length
     * @param eps       the row's budget radius
     */
    void step(double[] x, int xOffset, double[] gradient, int gOffset, double[] out, int outOffset, int n,
              double eps) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not step from the gradient");
    }

    /**
     * The final-attack logic for a batch with one budget per row (package use: the bisection search).
     *
     * @param already which rows are adversarial before the attack
     */
    final AttackResult attackRows(Classifier model, Batch x, int[] labels, double[] eps, boolean[] already,
                                  Criterion criterion) {
        return attackRows(model, x, labels, eps, already, criterion, null);
    }

    /**
     * {@link #attackRows}, with the gradients at the inputs of {@link Start} when the attack steps from them: then
     * each row is stepped and clipped in turn (one pass over the inputs), else {@link #run} fills the raw points in
     * chunks and they are clipped after.
     */
    private AttackResult attackRows(Classifier model, Batch x, int[] labels, double[] eps, boolean[] already,
                                    Criterion criterion, List<Batch> gradients) {
        int n = x.cols();
        double[] clipped = new double[x.values().length];
        if (gradients != null) {
            double[] row = new double[n];
            for (int i = 0; i < x.rows(); i++) {
                if (!already[i]) {
                    step(x.values(), i * n, gradients.get(i / batchSize).values(), i % batchSize * n, row, 0, n,
                            eps[i]);
                }
                clipRow(x, row, 0, clipped, i, eps[i], already[i]);
            }
            Batch clippedBatch = Batch.wrap(clipped, x.rows(), n);
            boolean[] success = Inputs.adversarial(model, clippedBatch, labels, criterion, batchSize);
            return AttackResult.withRawComputed(() -> stepped(x, gradients, eps, already), clippedBatch, success);
        }
        Batch raw = x.copy();
        int[] targets = Inputs.falseIndices(already);
        for (int from = 0; from < targets.length; from += batchSize) {
            int[] rows = Arrays.copyOfRange(targets, from, Math.min(targets.length, from + batchSize));
            Batch part = x.select(rows);
            Batch out = run(model, part, Inputs.pick(labels, rows), Inputs.pick(eps, rows), criterion);
            Inputs.checkShape(out, part, getClass().getSimpleName());
            raw.scatter(rows, out);
        }
        for (int i = 0; i < x.rows(); i++) {
            clipRow(x, raw.values(), i * n, clipped, i, eps[i], already[i]);
        }
        Batch clippedBatch = Batch.wrap(clipped, x.rows(), n);
        boolean[] success = Inputs.adversarial(model, clippedBatch, labels, criterion, batchSize);
        return new AttackResult(raw, clippedBatch, success);
    }

    /** The raw points of the gradient path: the inputs, each row not yet adversarial stepped by {@link #step}. */
    private Batch stepped(Batch x, List<Batch> gradients, double[] eps, boolean[] already) {
        int n = x.cols();
        Batch raw = x.copy();
        for (int i = 0; i < x.rows(); i++) {
            if (!already[i]) {
                step(x.values(), i * n, gradients.get(i / batchSize).values(), i % batchSize * n, raw.values(), i * n,
                        n, eps[i]);
            }
        }
        return raw;
    }

    /**
     * Row i of the clipped points: the input itself where it was adversarial already or the raw point has a NaN or
     * infinite entry, else the raw point projected onto the budget ball and the box.
     *
     * @param raw       the raw point's storage
     * @param rawOffset its offset there
     */
    private void clipRow(Batch x, double[] raw, int rawOffset, double[] clipped, int i, double eps, boolean already) {
        int n = x.cols();
        if (already) {
            System.arraycopy(x.values(), i * n, clipped, i * n, n);
        } else if (norm() == Norm.LINF) {
            Clip.projectLinf(eps, box, x.values(), raw, rawOffset, clipped, i * n, n);
        } else if (Inputs.hasNonFinite(raw, rawOffset, n)) {
            System.arraycopy(x.values(), i * n, clipped, i * n, n);
        } else {
            System.arraycopy(raw, rawOffset, clipped, i * n, n);
            Clip.project(norm(), eps, box, x.values(), clipped, i * n, n);
        }
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

package hdae.validate.attack;

import hdae.validate.ValidationException;
import hdae.validate.criterion.Criterion;
import hdae.validate.model.Batch;
import hdae.validate.model.Classifier;
import hdae.validate.model.ForwardPass;
import hdae.validate.norm.Norm;

import java.util.Arrays;

/**
 * A minimal-chordal-distance search constrained to the sphere through the input: every iterate stays on
 * \( S_r = \{y : \|y\|_2 = r\} \), \( r = \|x\|_2 \), and the reported distance is the chord \( \|y - x\|_2 \), the
 * Euclidean distance in \( \mathbb{R}^n \) (not the geodesic \( r\theta \); \( \|y - x\|_2 = 2r\sin(\theta/2) \)).
 *
 * <p>Inner attack at a chordal budget \( \varepsilon \): projected gradient ascent on the cross-entropy,
 * \( y \leftarrow \Pi_\varepsilon\big(r\,\frac{y + \alpha u}{\|y + \alpha u\|}\big) \), \( u = g_\perp/\|g_\perp\| \),
 * \( \alpha = \rho\varepsilon \), with \( g_\perp = g - (g\cdot\hat y)\hat y \) the gradient's component tangent to
 * the sphere at \( y \), and \( \Pi_\varepsilon \) the nearest-point map onto the cap
 * \( \{y \in S_r : \|y - x\|_2 \le \varepsilon\} \): a point outside it moves along its great circle through
 * \( x \) to the angle \( \theta_\varepsilon = 2\arcsin(\varepsilon/2r) \) from \( x \),
 * \( y' = r(\cos\theta_\varepsilon\,\hat x + \sin\theta_\varepsilon\,\hat u) \), \( \hat u \) the unit tangent at
 * \( \hat x \) towards \( y \). A sample stops at its first adversarial iterate. No random start: the search is
 * deterministic.
 *
 * <p>Outer search, as {@link L2PgdBisection}: \( \varepsilon \) starts at {@code initialEps} and doubles until the
 * inner attack succeeds (never beyond the diameter \( 2r \), which every point of the sphere is within), then
 * {@code bisections} halvings keep the adversarial of the smallest successful budget. The distance is an upper
 * bound of the chordal distance from \( x \) to the error set on the sphere; it is never below it.
 */
public final class L2SphereBisection extends MinimizationAttack {

    /** Default rows per batch through the network. */
    private static final int DEFAULT_BATCH = 256;

    /** Gradient steps of the inner attack. */
    private final int steps;
    /** \( \rho \): the inner step as a fraction of the budget. */
    private final double relativeStep;
    /** First budget tried (chordal). */
    private final double initialEps;
    /** Maximum number of doublings of the budget. */
    private final int doublings;
    /** Bisection steps once a successful budget is known. */
    private final int bisections;

    private L2SphereBisection(int batchSize, int steps, double relativeStep, double initialEps, int doublings,
                              int bisections) {
        super(Box.UNBOUNDED, batchSize);
        if (!(steps >= 1)) {
            throw ValidationException.expected("steps >= 1", "steps", steps);
        }
        if (!(relativeStep > 0 && relativeStep <= 1)) {
            throw ValidationException.expected("relativeStep in (0, 1]", "relativeStep", relativeStep);
        }
        if (!(initialEps > 0 && initialEps < Double.POSITIVE_INFINITY)) {
            throw ValidationException.expected("finite initialEps > 0", "initialEps", initialEps);
        }
        if (!(doublings >= 0 && doublings <= 60)) {
            throw ValidationException.expected("doublings in [0, 60]", "doublings", doublings);
        }
        if (!(bisections >= 0 && bisections <= 60)) {
            throw ValidationException.expected("bisections in [0, 60]", "bisections", bisections);
        }
        this.steps = steps;
        this.relativeStep = relativeStep;
        this.initialEps = initialEps;
        this.doublings = doublings;
        this.bisections = bisections;
    }

    /**
     * @return 50 steps of 0.05 eps, initial eps 0.25, up to 4 doublings (0.25 to 2, the unit sphere's diameter),
     *     10 bisections
     */
    public static L2SphereBisection of() {
        return new L2SphereBisection(DEFAULT_BATCH, 50, 0.05, 0.25, 4, 10);
    }

    /**
     * A copy with another inner attack.
     *
     * @param newSteps gradient steps, at least 1
     * @param rho      step as a fraction of the budget, in (0, 1]
     * @return the copy
     */
    public L2SphereBisection withSteps(int newSteps, double rho) {
        return new L2SphereBisection(batchSize(), newSteps, rho, initialEps, doublings, bisections);
    }

    /**
     * A copy with another search schedule.
     *
     * @param eps      first budget, finite and &gt; 0
     * @param doubles  maximum doublings, in [0, 60]
     * @param halvings bisection steps, in [0, 60]
     * @return the copy
     */
    public L2SphereBisection withSchedule(double eps, int doubles, int halvings) {
        return new L2SphereBisection(batchSize(), steps, relativeStep, eps, doubles, halvings);
    }

    @Override
    public Norm norm() {
        return Norm.L2;
    }

    @Override
    protected Batch run(Classifier model, Batch x, int[] labels, Criterion criterion) {
        int rows = x.rows();
        int n = x.cols();
        double[] low = new double[rows];
        double[] high = new double[rows];
        Arrays.fill(high, initialEps);
        boolean[] found = new boolean[rows];
        boolean[] gaveUp = new boolean[rows];
        Batch best = x.copy();
        for (int round = 0; round <= doublings; round++) {
            int[] open = Inputs.openRows(found, gaveUp);
            if (open.length == 0) {
                break;
            }
            Outcome result = atBudgets(model, x.select(open), Inputs.pick(labels, open), Inputs.pick(high, open),
                    criterion);
            for (int o = 0; o < open.length; o++) {
                int row = open[o];
                double diameter = 2 * Norm.L2.value(x.values(), row * n, n);
                if (result.success[o]) {
                    found[row] = true;
                    System.arraycopy(result.points, o * n, best.values(), row * n, n);
                } else if (round == doublings || high[row] >= diameter) {
                    gaveUp[row] = true;
                } else {
                    low[row] = high[row];
                    high[row] = Math.min(2 * high[row], diameter);
                }
            }
        }
        int[] searched = Inputs.trueIndices(found);
        for (int step = 0; step < bisections && searched.length > 0; step++) {
            double[] middle = new double[searched.length];
            for (int s = 0; s < searched.length; s++) {
                middle[s] = (low[searched[s]] + high[searched[s]]) / 2;
            }
            Outcome result = atBudgets(model, x.select(searched), Inputs.pick(labels, searched), middle, criterion);
            for (int s = 0; s < searched.length; s++) {
                int row = searched[s];
                if (result.success[s]) {
                    high[row] = middle[s];
                    System.arraycopy(result.points, s * n, best.values(), row * n, n);
                } else {
                    low[row] = middle[s];
                }
            }
        }
        return best;
    }

    /** Final iterates of the inner attack and whether each is adversarial. */
    private record Outcome(double[] points, boolean[] success) {
    }

    /** The inner attack: on-sphere PGD at a chordal budget per row, stopping each row at its first success. */
    private Outcome atBudgets(Classifier model, Batch x, int[] labels, double[] eps, Criterion criterion) {
        int rows = x.rows();
        int n = x.cols();
        double[] start = x.values();
        double[] adv = start.clone();
        boolean[] success = new boolean[rows];
        int[] active = Inputs.range(0, rows);
        for (int step = 0; step <= steps && active.length > 0; step++) {
            ForwardPass pass = model.forward(Batch.wrap(adv, rows, n).select(active));
            int[] activeLabels = Inputs.pick(labels, active);
            boolean[] done = criterion.isAdversarial(pass.logits(), activeLabels);
            for (int a = 0; a < active.length; a++) {
                success[active[a]] = done[a];
            }
            if (step == steps) {
                break;
            }
            double[] g = pass.gradient(Classifier.crossEntropyWeights(pass.logits(), activeLabels)).values();
            for (int a = 0; a < active.length; a++) {
                if (!done[a]) {
                    int row = active[a];
                    ascend(adv, row * n, g, a * n, n, relativeStep * eps[row]);
                    projectToCap(start, adv, row * n, n, eps[row]);
                }
            }
            active = Inputs.pick(active, Inputs.falseIndices(done));
        }
        return new Outcome(adv, success);
    }

    /** One step of length alpha along the tangent part of g at y, then back onto the sphere of y's radius. */
    private static void ascend(double[] y, int offset, double[] g, int gOffset, int n, double alpha) {
        double radius = Norm.L2.value(y, offset, n);
        double[] tangent = tangent(g, gOffset, y, offset, n);
        double length = Norm.L2.value(tangent);
        if (!(length > 0)) {
            return;
        }
        for (int j = 0; j < n; j++) {
            y[offset + j] += alpha * tangent[j] / length;
        }
        double moved = Norm.L2.value(y, offset, n);
        for (int j = 0; j < n; j++) {
            y[offset + j] *= radius / moved;
        }
    }

    /**
     * The nearest point of the cap \( \{y \in S_r : \|y - x\|_2 \le \varepsilon\} \) to a point y of \( S_r \): y
     * itself when inside, else the point at angle \( 2\arcsin(\varepsilon/2r) \) from x on the great circle
     * through x and y.
     */
    static void projectToCap(double[] x, double[] y, int offset, int n, double eps) {
        if (Norm.L2.distance(y, offset, x, offset, n) <= eps) {
            return;
        }
        double radius = Norm.L2.value(x, offset, n);
        double[] tangent = tangent(y, offset, x, offset, n);
        double length = Norm.L2.value(tangent);
        double angle = 2 * Math.asin(Math.min(1, eps / (2 * radius)));
        // y antipodal to x has no preferred great circle (tangent 0): fall back to x, inside every cap
        double cos = length > 0 ? Math.cos(angle) : 1;
        double sin = length > 0 ? Math.sin(angle) * radius / length : 0;
        for (int j = 0; j < n; j++) {
            y[offset + j] = cos * x[offset + j] + sin * tangent[j];
        }
    }

    /**
     * The part of v orthogonal to the point p: \( v - \frac{\langle v, p\rangle}{\|p\|^2} p \), the projection of v
     * onto the tangent space of the sphere through p.
     */
    private static double[] tangent(double[] v, int vOffset, double[] p, int pOffset, int n) {
        double along = 0;
        double squared = 0;
        for (int j = 0; j < n; j++) {
            along += v[vOffset + j] * p[pOffset + j];
            squared += p[pOffset + j] * p[pOffset + j];
        }
        double[] tangent = new double[n];
        for (int j = 0; j < n; j++) {
            tangent[j] = v[vOffset + j] - along / squared * p[pOffset + j];
        }
        return tangent;
    }
}

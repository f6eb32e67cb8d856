package hdae.validate.attack;

import hdae.validate.ValidationException;
import hdae.validate.criterion.Criterion;
import hdae.validate.model.Batch;
import hdae.validate.model.Classifier;
import hdae.validate.model.ForwardPass;
import hdae.validate.norm.Norm;

/**
 * Fast Minimum-Norm attack (Pintor, Roli, Brendel, Biggio 2021), untargeted, in L2 or L-infinity, batched. With the
 * margin loss \(L(x) = z_y(x) - \max_{j \ne y} z_j(x)\) (adversarial iff \(L < 0\)) and a norm budget
 * \(\varepsilon_k\), each step
 * <ul>
 * <li>adapts the budget: if the current point is adversarial, \(\varepsilon_k = \min(\varepsilon_{k-1}(1 -
 * \gamma_k), \|\delta^\ast\|)\) with \(\delta^\ast\) the smallest adversarial perturbation seen; otherwise
 * \(\varepsilon_k = (\|\delta_{k-1}\| + L/\|\nabla L\|_\ast)(1 + \gamma_k)\) before any adversarial was found
 * (the linearised distance to the boundary, \(\|\cdot\|_\ast\) the dual norm, with an overshoot that the paper
 * does not have: without it a linear model's iterate stays on the boundary and never crosses it) and \(\varepsilon_{k-1}(1 + \gamma_k)\) after;</li>
 * <li>takes a normalised descent step on \(L\), \(\delta \leftarrow \delta - \alpha_k \nabla L / \|\nabla L\|_2\)
 * (L2) or \(\delta \leftarrow \delta - \alpha_k\, \mathrm{sign}\,\nabla L\) (L-infinity, the steepest descent
 * of that norm), and projects onto the \(\varepsilon_k\)-ball and the box.</li>
 * </ul>
 * Box constraints (the paper's Algorithm 1 has only the projection): as in DeepFool's box handling, the gradient
 * entries whose step would push a coordinate on a face of the box out of it (\(x_i\) at the lower face with the
 * step pointing down, or at the upper face pointing up) are set to 0 before the dual norm and the step, so the
 * linearised distance counts only the directions the step can take. Without this, on MNIST (many pixels at 0
 * or 1) the budget stayed below the distance reachable inside the box: FMN-L2 failed on 25 of the 88 correctly
 * classified 7x7 test images of the quick multiresolution MLP, and solves all of them with it (AttackBenchmark).
 *
 * <p>\(\alpha_k\) and \(\gamma_k\) decay by cosine annealing from \(\alpha_0\) to \(\alpha_0/100\) and from 0.05 to
 * 0.001. Defaults: 100 steps; \(\alpha_0 = 1\) (L2) or 0.1 (L-infinity, pixels in [0,1]). The result is the
 * smallest adversarial point seen.
 *
 * @see <a href="https://arxiv.org/abs/2102.12827">arXiv 2102.12827</a>, Algorithm 1
 */
public final class Fmn extends MinimizationAttack {

    private static final int DEFAULT_BATCH = 256;
    private static final double GAMMA_START = 0.05;
    private static final double GAMMA_END = 0.001;

    private final Norm norm;
    private final int steps;
    private final double alpha;

    private Fmn(Box box, int batchSize, Norm norm, int steps, double alpha) {
        super(box, batchSize);
        if (norm != Norm.L2 && norm != Norm.LINF) {
            throw ValidationException.expected("L2 or LINF", "norm", norm);
        }
        if (!(steps >= 1)) {
            throw ValidationException.expected("steps >= 1", "steps", steps);
        }
        if (!(alpha > 0 && alpha < Double.POSITIVE_INFINITY)) {
            throw ValidationException.expected("finite alpha > 0", "alpha", alpha);
        }
        this.norm = norm;
        this.steps = steps;
        this.alpha = alpha;
    }

    /**
     * FMN with the defaults on the unit cube.
     *
     * @param norm L2 or LINF
     * @return the attack
     */
    public static Fmn of(Norm norm) {
        return new Fmn(Box.UNIT, DEFAULT_BATCH, norm, 100, norm == Norm.L2 ? 1.0 : 0.1);
    }

    /**
     * A copy with another number of steps.
     *
     * @param count at least 1
     * @return the copy
     */
    public Fmn withSteps(int count) {
        return new Fmn(box(), batchSize(), norm, count, alpha);
    }

    /**
     * A copy with another box.
     *
     * @param box the domain
     * @return the copy
     */
    public Fmn withBox(Box box) {
        return new Fmn(box, batchSize(), norm, steps, alpha);
    }

    @Override
    public Norm norm() {
        return norm;
    }

    @Override
    protected Batch run(Classifier model, Batch x, int[] labels, Criterion criterion) {
        int rows = x.rows();
        int n = x.cols();
        int classes = model.classes();
        double[] start = x.values();
        double[] point = start.clone();
        double[] best = start.clone();
        double[] bestNorm = new double[rows];
        java.util.Arrays.fill(bestNorm, Double.POSITIVE_INFINITY);
        double[] eps = new double[rows];
        for (int k = 0; k < steps; k++) {
            double cosine = (1 + Math.cos(Math.PI * k / steps)) / 2;
            double step = alpha / 100 + (alpha - alpha / 100) * cosine;
            double gamma = GAMMA_END + (GAMMA_START - GAMMA_END) * cosine;
            ForwardPass pass = model.forward(Batch.wrap(point, rows, n));
            Batch logits = pass.logits();
            boolean[] adversarial = criterion.isAdversarial(logits, labels);
            double[] omega = new double[rows * classes];
            double[] loss = new double[rows];
            for (int i = 0; i < rows; i++) {
                int runnerUp = MarginLoss.runnerUp(logits, i, labels[i]);
                omega[i * classes + labels[i]] = 1;
                omega[i * classes + runnerUp] = -1;
                loss[i] = logits.get(i, labels[i]) - logits.get(i, runnerUp);
            }
            double[] g = pass.gradient(Batch.wrap(omega, rows, classes)).values();
            for (int i = 0; i < rows; i++) {
                int offset = i * n;
                // the step moves against g: the entries it cannot take at a face of the box count neither in the
                // linearised distance nor in the step's direction
                Clip.maskBlocked(box(), point, offset, g, offset, n, -1);
                double size = norm.distance(point, offset, start, offset, n);
                if (adversarial[i]) {
                    if (size < bestNorm[i]) {
                        bestNorm[i] = size;
                        System.arraycopy(point, offset, best, offset, n);
                    }
                    eps[i] = Math.min(eps[i] * (1 - gamma), bestNorm[i]);
                } else if (bestNorm[i] == Double.POSITIVE_INFINITY) {
                    double dual = norm == Norm.L2 ? Norm.L2.value(g, offset, n) : Norm.L1.value(g, offset, n);
                    eps[i] = (dual > 0 ? size + loss[i] / dual : size) * (1 + gamma);
                } else {
                    eps[i] = eps[i] * (1 + gamma);
                }
                double length = Norm.L2.value(g, offset, n);
                if (!(length > 0)) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    double d = norm == Norm.L2 ? g[offset + j] / length : Math.signum(g[offset + j]);
                    point[offset + j] -= step * d;
                }
                Clip.project(norm, eps[i], box(), start, point, offset, n);
            }
        }
        // the last iterate is checked too
        boolean[] adversarial = criterion.isAdversarial(model.logits(Batch.wrap(point, rows, n)), labels);
        for (int i = 0; i < rows; i++) {
            int offset = i * n;
            if (adversarial[i] && norm.distance(point, offset, start, offset, n) < bestNorm[i]) {
                System.arraycopy(point, offset, best, offset, n);
            }
        }
        return Batch.wrap(best, rows, n);
    }
}

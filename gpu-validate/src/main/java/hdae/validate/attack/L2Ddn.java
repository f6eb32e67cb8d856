package hdae.validate.attack;

import hdae.validate.ValidationException;
import hdae.validate.criterion.Criterion;
import hdae.validate.model.Batch;
import hdae.validate.model.Classifier;
import hdae.validate.norm.Norm;

/**
 * Decoupled Direction and Norm attack (Rony et al. 2019), L2, untargeted, batched. The direction follows the
 * normalised gradient of the cross-entropy, \(\tilde\delta = \delta + \alpha_k g/\|g\|_2\); the norm is set apart:
 * \(\varepsilon_k = (1 - \gamma)\varepsilon_{k-1}\) when the current point is adversarial (and then the smallest
 * adversarial seen is kept), \((1 + \gamma)\varepsilon_{k-1}\) otherwise; \(\delta = \varepsilon_k
 * \tilde\delta/\|\tilde\delta\|_2\), clipped to the box. Defaults as in the paper: 100 steps, \(\gamma = 0.05\),
 * \(\varepsilon_0 = 1\), \(\alpha\) from 1 to 0.01 by cosine annealing.
 *
 * @see <a href="https://arxiv.org/abs/1811.09600">arXiv 1811.09600</a>, Algorithm 1
 */
public final class L2Ddn extends MinimizationAttack {

    private static final int DEFAULT_BATCH = 256;
    private static final double GAMMA = 0.05;

    private final int steps;
    private final double initialNorm;

    private L2Ddn(Box box, int batchSize, int steps, double initialNorm) {
        super(box, batchSize);
        if (!(steps >= 1)) {
            throw ValidationException.expected("steps >= 1", "steps", steps);
        }
        if (!(initialNorm > 0 && initialNorm < Double.POSITIVE_INFINITY)) {
            throw ValidationException.expected("finite initialNorm > 0", "initialNorm", initialNorm);
        }
        this.steps = steps;
        this.initialNorm = initialNorm;
    }

    /** @return DDN with 100 steps and initial norm 1 on the unit cube */
    public static L2Ddn of() {
        return new L2Ddn(Box.UNIT, DEFAULT_BATCH, 100, 1.0);
    }

    /**
     * A copy with another number of steps.
     *
     * @param count at least 1
     * @return the copy
     */
    public L2Ddn withSteps(int count) {
        return new L2Ddn(box(), batchSize(), count, initialNorm);
    }

    /**
     * A copy with another box.
     *
     * @param box the domain
     * @return the copy
     */
    public L2Ddn withBox(Box box) {
        return new L2Ddn(box, batchSize(), steps, initialNorm);
    }

    @Override
    public Norm norm() {
        return Norm.L2;
    }

    @Override
    protected Batch run(Classifier model, Batch x, int[] labels, Criterion criterion) {
        int rows = x.rows();
        int n = x.cols();
        double[] start = x.values();
        double[] point = start.clone();
        double[] best = start.clone();
        double[] bestNorm = new double[rows];
        java.util.Arrays.fill(bestNorm, Double.POSITIVE_INFINITY);
        double[] eps = new double[rows];
        java.util.Arrays.fill(eps, initialNorm);
        for (int k = 0; k <= steps; k++) {
            Batch here = Batch.wrap(point, rows, n);
            boolean[] adversarial = criterion.isAdversarial(model.logits(here), labels);
            for (int i = 0; i < rows; i++) {
                int offset = i * n;
                double size = Norm.L2.distance(point, offset, start, offset, n);
                if (adversarial[i] && size < bestNorm[i]) {
                    bestNorm[i] = size;
                    System.arraycopy(point, offset, best, offset, n);
                }
            }
            if (k == steps) {
                break;
            }
            double step = 0.01 + (1 - 0.01) * (1 + Math.cos(Math.PI * k / steps)) / 2;
            double[] g = model.lossGradient(here, labels).values();
            for (int i = 0; i < rows; i++) {
                int offset = i * n;
                eps[i] *= adversarial[i] ? 1 - GAMMA : 1 + GAMMA;
                double length = Norm.L2.value(g, offset, n);
                if (length > 0) {
                    for (int j = 0; j < n; j++) {
                        point[offset + j] += step * g[offset + j] / length;
                    }
                }
                double size = Norm.L2.distance(point, offset, start, offset, n);
                if (size > 0) {
                    double scale = eps[i] / size;
                    for (int j = 0; j < n; j++) {
                        point[offset + j] = start[offset + j] + (point[offset + j] - start[offset + j]) * scale;
                    }
                }
                Clip.clampToBox(box(), point, offset, n);
            }
        }
        return Batch.wrap(best, rows, n);
    }
}

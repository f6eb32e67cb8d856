package hdae.validate.attack;

import hdae.validate.criterion.Criterion;
import hdae.validate.model.Batch;
import hdae.validate.model.Classifier;
import hdae.validate.model.ForwardPass;
import hdae.validate.norm.Norm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fast gradient sign method (Goodfellow, Shlens, Szegedy 2015): one step to the corner of the
 * L-infinity ball that increases the cross-entropy fastest to first order,
 * \[ x_{\mathrm{adv}} = \mathrm{clip}_{\mathrm{Box}}\big(x + \varepsilon\,\mathrm{sign}(\nabla_x \ell(x, y))\big). \]
 *
 * @see <a href="https://arxiv.org/abs/1412.6572">arXiv 1412.6572</a>, Sec. 4
 */
public final class LinfFgsm extends FixedBudgetAttack {

    /** Default rows per batch through the network. */
    private static final int DEFAULT_BATCH = 256;

    private LinfFgsm(Box box, int batchSize) {
        super(box, batchSize);
    }

    /** @return FGSM on the unit cube, 256 rows per batch */
    public static LinfFgsm of() {
        return new LinfFgsm(Box.UNIT, DEFAULT_BATCH);
    }

    /**
     * A copy with another box.
     *
     * @param box the domain
     * @return the copy
     */
    public LinfFgsm withBox(Box box) {
        return new LinfFgsm(box, batchSize());
    }

    /**
     * A copy with another batch size.
     *
     * @param rows rows per batch, at least 1
     * @return the copy
     */
    public LinfFgsm withBatchSize(int rows) {
        return new LinfFgsm(box(), rows);
    }

    @Override
    public Norm norm() {
        return Norm.LINF;
    }

    @Override
    protected Batch run(Classifier model, Batch x, int[] labels, double[] eps, Criterion criterion) {
        int n = x.cols();
        double[] gradient = model.lossGradient(x, labels).values();
        Batch adv = Batch.zeros(x.rows(), n);
        for (int i = 0; i < x.rows(); i++) {
            step(x.values(), i * n, gradient, i * n, adv.values(), i * n, n, eps[i]);
        }
        return adv;
    }

    /**
     * One forward pass at the inputs serves the contract twice: its logits say which rows are already adversarial
     * and its backward pass gives the gradient of every row (the already adversarial ones are not stepped), so an
     * attack costs one forward and one backward pass at the inputs and one forward pass at the result, as FGSM
     * written directly does; the gradient is shared by all budgets.
     */
    @Override
    Start start(Classifier model, Batch x, int[] labels, Criterion criterion) {
        boolean[] already = new boolean[x.rows()];
        List<Batch> gradients = new ArrayList<>();
        for (int from = 0; from < x.rows(); from += batchSize()) {
            int to = Math.min(x.rows(), from + batchSize());
            int[] chunkLabels = Arrays.copyOfRange(labels, from, to);
            ForwardPass pass = model.forward(x, from, to);
            boolean[] part = criterion.isAdversarial(pass.logits(), chunkLabels);
            System.arraycopy(part, 0, already, from, part.length);
            gradients.add(pass.gradient(Classifier.crossEntropyWeights(pass.logits(), chunkLabels)));
        }
        return new Start(already, gradients);
    }

    /**
     * \(x + \varepsilon\,\mathrm{sign}(g)\) for one row; the contract clips to the ball and the box. The sign is
     * {@code Math.signum}'s: \(\pm 1\) with the sign bit of g, or g itself where it is \(\pm 0\) or NaN. The first
     * loop takes \(\pm 1\) from the sign bit without a branch (the signs of a gradient are as good as random, and a
     * branch on each was mispredicted about half the time), the second redoes the rare entries where g is
     * \(\pm 0\) or NaN.
     */
    @Override
    void step(double[] x, int xOffset, double[] gradient, int gOffset, double[] out, int outOffset, int n,
              double eps) {
        for (int j = 0; j < n; j++) {
            out[outOffset + j] = x[xOffset + j] + eps * Math.copySign(1.0, gradient[gOffset + j]);
        }
        for (int j = 0; j < n; j++) {
            double g = gradient[gOffset + j];
            if (g == 0 || g != g) {
                out[outOffset + j] = x[xOffset + j] + eps * g;
            }
        }
    }
}

package hdae.validate.attack;

import hdae.validate.criterion.Criterion;
import hdae.validate.model.Batch;
import hdae.validate.model.Classifier;
import hdae.validate.model.ForwardPass;
import hdae.validate.norm.Norm;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

import java.util.Arrays;

/**
 * Projected gradient ascent on the cross-entropy, shared by {@link LinfPgd} (and FGSM, one step without
 * random start) and {@link L2Pgd}:
 * \[ x^{t+1} = \Pi_{B_\varepsilon(x)\cap\mathrm{Box}}\big(x^t + \alpha\, s(\nabla_x \ell(x^t))\big),\quad
 * \alpha = \rho\,\varepsilon, \]
 * with \(s(g) = \mathrm{sign}(g)\) for L-infinity and \(s(g) = g/\|g\|_2\) for L2 (no move where
 * \(g = 0\)). A sample stops at its first adversarial iterate, so a success found is never lost.
 */
final class PgdCore {

    private PgdCore() {
    }

    /**
     * Runs the iteration on a chunk.
     *
     * @param norm         LINF or L2
     * @param steps        number of gradient steps
     * @param relativeStep \(\rho\), the step as a fraction of each row's eps
     * @param randomStart  start from a uniform point of the ball
     * @param seed         seed of the random start
     */
    static Batch run(Classifier model, Batch x, int[] labels, double[] eps, Criterion criterion, Box box, Norm norm,
                     int steps, double relativeStep, boolean randomStart, long seed) {
        int rows = x.rows();
        int n = x.cols();
        double[] start = x.values();
        double[] adv = start.clone();
        if (randomStart) {
            for (int i = 0; i < rows; i++) {
                randomPoint(norm, eps[i], Seeds.forRow(seed, start, i * n, n), adv, i * n, n);
                Clip.project(norm, eps[i], box, start, adv, i * n, n);
            }
        }
        int[] active = Inputs.range(0, rows);
        for (int step = 0; step < steps && active.length > 0; step++) {
            Batch current = Batch.wrap(adv, rows, n).select(active);
            ForwardPass pass = model.forward(current);
            int[] activeLabels = Inputs.pick(labels, active);
            boolean[] done = criterion.isAdversarial(pass.logits(), activeLabels);
            Batch omega = Classifier.crossEntropyWeights(pass.logits(), activeLabels);
            int classes = omega.cols();
            for (int a = 0; a < active.length; a++) {
                if (done[a]) {
                    Arrays.fill(omega.values(), a * classes, (a + 1) * classes, 0.0);
                }
            }
            Batch gradient = pass.gradient(omega);
            double[] g = gradient.values();
            for (int a = 0; a < active.length; a++) {
                if (done[a]) {
                    continue;
                }
                int row = active[a];
                double alpha = relativeStep * eps[row];
                int gOffset = a * n;
                int offset = row * n;
                if (norm == Norm.LINF) {
                    for (int j = 0; j < n; j++) {
                        adv[offset + j] += alpha * Math.signum(g[gOffset + j]);
                    }
                } else if (eps[row] < Double.POSITIVE_INFINITY) {
                    double length = Norm.L2.value(g, gOffset, n);
                    Clip.stepAndProjectL2(eps[row], box, start, adv, offset, n, g, gOffset,
                            length > 0 ? alpha / length : 0);
                    continue;
                } else {
                    double length = Norm.L2.value(g, gOffset, n);
                    if (length > 0) {
                        double scale = alpha / length;
                        for (int j = 0; j < n; j++) {
                            adv[offset + j] += scale * g[gOffset + j];
                        }
                    }
                }
                Clip.project(norm, eps[row], box, start, adv, offset, n);
            }
            active = Inputs.pick(active, Inputs.falseIndices(done));
        }
        return Batch.wrap(adv, rows, n);
    }

    /** Adds a uniform point of the ball of radius eps to {@code target[offset..offset+n)}. */
    private static void randomPoint(Norm norm, double eps, UniformRandomProvider rng, double[] target, int offset,
                                    int n) {
        if (norm == Norm.LINF) {
            for (int j = 0; j < n; j++) {
                target[offset + j] += eps * (2 * rng.nextDouble() - 1);
            }
            return;
        }
        // uniform in the L2 ball: a uniform direction (normalised Gaussian) times eps * U^(1/n)
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] direction = new double[n];
        double sum = 0;
        for (int j = 0; j < n; j++) {
            direction[j] = gauss.sample();
            sum += direction[j] * direction[j];
        }
        double radius = eps * Math.pow(rng.nextDouble(), 1.0 / n);
        double scale = sum > 0 ? radius / Math.sqrt(sum) : 0;
        for (int j = 0; j < n; j++) {
            target[offset + j] += scale * direction[j];
        }
    }
}

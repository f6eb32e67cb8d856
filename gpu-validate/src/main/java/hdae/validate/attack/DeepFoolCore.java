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
 * Multi-class DeepFool (Moosavi-Dezfooli, Fawzi, Frossard 2016), batched, shared by {@link L2DeepFool} and
 * {@link LinfDeepFool}. At the current point, for each candidate class \(k\) (the labels with the largest
 * initial logits) with \(f_k = z_k - z_y\) and \(w_k = \nabla f_k\), take the class whose linearised boundary
 * is nearest, \(\hat l = \arg\min_k |f_k| / \|w_k\|_*\), and step onto that boundary:
 * \[ r = \frac{|f_{\hat l}|}{\|w_{\hat l}\|_2^2}\, w_{\hat l} \ \ (L2), \qquad
 *    r = \frac{|f_{\hat l}|}{\|w_{\hat l}\|_1}\, \mathrm{sign}(w_{\hat l}) \ \ (L\infty). \]
 * The steps add up to \(r_{\mathrm{tot}}\); the iterate is \(x + (1 + \eta) r_{\mathrm{tot}}\) clipped to the
 * box, with overshoot \(\eta\). No epsilon is added to the denominators, so on a linear binary model the first
 * step lands exactly on the boundary: \(\|r\|_2 = |w\cdot x + b|/\|w\|_2\).
 *
 * <p>Box constraints (the paper has none): entries of \(w_k\) that would push a coordinate lying on a face of
 * the box out of it are set to 0 before the step, so the step uses only directions it can take; and after
 * clipping, \(r_{\mathrm{tot}}\) is reset to the realised \((x_{\mathrm{adv}} - x)/(1+\eta)\). Without these,
 * on MNIST (most pixels at 0 or 1) a third of the samples crept towards the boundary without crossing it.
 */
final class DeepFoolCore {

    private DeepFoolCore() {
    }

    /**
     * Attacks with the untargeted misclassification criterion under {@link MinimizationAttack}'s contract, and
     * counts each input's iterations.
     *
     * @param settings   the attack whose box and batch size are used
     * @param norm       L2 or LINF
     * @param steps      maximum number of linearisation steps
     * @param candidates number of classes considered, the true one included (at most K)
     * @param overshoot  \(\eta\)
     */
    static DeepFoolResult attackCounted(MinimizationAttack settings, Norm norm, int steps, int candidates,
                                        double overshoot, Classifier model, double[][] inputs, int[] labels) {
        List<int[]> chunks = new ArrayList<>();
        MinimizationAttack counting = new MinimizationAttack(settings.box(), settings.batchSize()) {
            @Override
            public Norm norm() {
                return norm;
            }

            @Override
            protected Batch run(Classifier m, Batch x, int[] y, Criterion criterion) {
                int[] iterations = new int[x.rows()];
                chunks.add(iterations);
                return DeepFoolCore.run(m, x, y, criterion, box(), norm, steps, candidates, overshoot, iterations);
            }
        };
        MinimizationResult result = counting.attack(model, inputs, labels);
        // the contract runs, in order and in chunks, exactly the inputs not already adversarial; those, and only
        // those, have a distance other than 0 (the model is deterministic, so x itself stays non-adversarial)
        int[] counts = chunks.stream().flatMapToInt(Arrays::stream).toArray();
        int[] iterations = new int[result.size()];
        int next = 0;
        for (int i = 0; i < iterations.length; i++) {
            if (result.distances()[i] != 0) {
                if (next == counts.length) {
                    throw new IllegalStateException("more attacked inputs than DeepFool counted: " + counts.length);
                }
                iterations[i] = counts[next++];
            }
        }
        if (next != counts.length) {
            throw new IllegalStateException("DeepFool counted " + counts.length + " inputs, " + next + " attacked");
        }
        return new DeepFoolResult(result, iterations);
    }

    /**
     * Runs DeepFool on a chunk whose rows are not yet adversarial.
     *
     * @param norm       L2 or LINF
     * @param steps      maximum number of linearisation steps
     * @param candidates number of classes considered, the true one included (at most K)
     * @param overshoot  \(\eta\)
     * @param iterations filled with the steps each row took (one per step at whose start it was not adversarial)
     */
    static Batch run(Classifier model, Batch x, int[] labels, Criterion criterion, Box box, Norm norm, int steps,
                     int candidates, double overshoot, int[] iterations) {
        int rows = x.rows();
        int n = x.cols();
        int classes = model.classes();
        int others = Math.min(candidates, classes) - 1;
        double[] start = x.values();
        double[] adv = start.clone();
        double[] total = new double[rows * n];
        int[][] targets = new int[rows][];
        int[] active = Inputs.range(0, rows);
        for (int step = 0; step < steps && active.length > 0; step++) {
            ForwardPass pass = model.forward(Batch.wrap(adv, rows, n).select(active));
            if (step == 0) {
                for (int a = 0; a < active.length; a++) {
                    targets[active[a]] = topOthers(pass.logits(), a, labels[active[a]], others);
                }
            }
            // rows that became adversarial leave before the backward passes; the rest are passed forward again
            // on their own, since a backward pass goes through the rows of its forward pass (each row's values
            // do not depend on the other rows of the batch)
            int[] open = Inputs.falseIndices(criterion.isAdversarial(pass.logits(), Inputs.pick(labels, active)));
            if (open.length < active.length) {
                active = Inputs.pick(active, open);
                if (active.length == 0) {
                    break;
                }
                pass = model.forward(Batch.wrap(adv, rows, n).select(active));
            }
            Batch logits = pass.logits();
            double[] bestRatio = new double[active.length];
            Arrays.fill(bestRatio, Double.POSITIVE_INFINITY);
            double[] bestCoefficient = new double[active.length];
            int[] bestRow = new int[active.length];
            // w_k = grad (z_k - z_y) for every candidate k of every row, from one backward pass: row a's k-th
            // weighting at a * others + k
            double[] omega = new double[active.length * others * classes];
            double[] loss = new double[active.length * others];
            for (int a = 0; a < active.length; a++) {
                int row = active[a];
                for (int k = 0; k < others; k++) {
                    int r = a * others + k;
                    int target = targets[row][k];
                    omega[r * classes + target] = 1;
                    omega[r * classes + labels[row]] = -1;
                    loss[r] = logits.get(a, target) - logits.get(a, labels[row]);
                }
            }
            double[] g = pass.gradients(Batch.wrap(omega, active.length * others, classes), others).values();
            for (int a = 0; a < active.length; a++) {
                double[] duals = Clip.maskBlockedNorms(norm == Norm.L2 ? Norm.L2 : Norm.L1, box, adv, active[a] * n,
                        g, a * others * n, others, n);
                for (int k = 0; k < others; k++) {
                    int r = a * others + k;
                    double dual = duals[k];
                    double ratio = dual > 0 ? Math.abs(loss[r]) / dual : Double.POSITIVE_INFINITY;
                    if (ratio < bestRatio[a]) {
                        bestRatio[a] = ratio;
                        // L2: |f| / ||w||_2^2 times w; Linf: |f| / ||w||_1 times sign(w)
                        bestCoefficient[a] = norm == Norm.L2 ? ratio / dual : ratio;
                        bestRow[a] = r;
                    }
                }
            }
            for (int a = 0; a < active.length; a++) {
                iterations[active[a]]++;
                if (bestRatio[a] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                int offset = active[a] * n;
                for (int j = 0; j < n; j++) {
                    double w = g[bestRow[a] * n + j];
                    total[offset + j] += bestCoefficient[a] * (norm == Norm.L2 ? w : Math.signum(w));
                    adv[offset + j] = start[offset + j] + (1 + overshoot) * total[offset + j];
                }
                Clip.clampToBox(box, adv, offset, n);
                // keep only the realised part of the total, so that a coordinate pushed against the box does
                // not accumulate a step it can never take (x + (1 + eta) r_tot is then the clipped point)
                for (int j = 0; j < n; j++) {
                    total[offset + j] = (adv[offset + j] - start[offset + j]) / (1 + overshoot);
                }
            }
        }
        return Batch.wrap(adv, rows, n);
    }

    /** The {@code count} classes other than {@code label} with the largest logits in row {@code row}. */
    private static int[] topOthers(Batch logits, int row, int label, int count) {
        Integer[] order = new Integer[logits.cols()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (p, q) -> Double.compare(logits.get(row, q), logits.get(row, p)));
        int[] result = new int[count];
        int next = 0;
        for (int k = 0; k < order.length && next < count; k++) {
            if (order[k] != label) {
                result[next++] = order[k];
            }
        }
        return result;
    }
}

package hdae.validate.certify;

import java.util.Arrays;
import java.util.Optional;

/**
 * One bounded subdomain of {@link BranchAndBound}: its splits, the margin lower bounds that hold on it, the neuron
 * to split next and any verified counterexample found while bounding it.
 *
 * @param splits         the splits
 * @param layers         the intermediate bounds used, clamped by the splits
 * @param margins        per class j, a rigorous lower bound of \(z_y - z_j\) on the subdomain (\(+\infty\) at y
 *                       and where the subdomain is empty)
 * @param branchLayer    the layer of the neuron to split next, or -1 when no free neuron is unstable
 * @param branchNeuron   its index
 * @param counterexample a verified adversarial point of the region, or null
 * @param id             creation order, for a deterministic queue
 * @param warm           per class still unproved, the best slopes and multipliers found, {alpha, beta} each
 *                       [hidden layer][neuron], for the children to start from; null entries elsewhere (or null)
 */
record Subdomain(Splits splits, LayerBounds layers, double[] margins, int branchLayer, int branchNeuron,
        Counterexample counterexample, long id, double[][][][] warm) {

    /** Steps of {@link MarginDescent} from each unproved class's minimiser. */
    private static final int DESCENT_STEPS = 10;

    /** @return the lowest margin bound */
    double worst() {
        double w = Double.POSITIVE_INFINITY;
        for (double m : margins) {
            w = Math.min(w, m);
        }
        return w;
    }

    /** @return whether every margin is proved positive */
    boolean proved() {
        return worst() > 0;
    }

    /**
     * Bounds a subdomain.
     *
     * @param bab    the search (network, Adam steps)
     * @param region the region
     * @param label  y
     * @param splits the subdomain
     * @param layers its intermediate bounds (clamped by the splits), or null when the splits leave it empty
     * @param parent the parent's margin bounds (they hold on the child)
     * @param id     creation order
     * @param steps  Adam steps of the slopes and multipliers
     * @param warm   per class, the slopes and multipliers to start from ({@link #warm}), or null
     * @return the bounded subdomain
     */
    static Subdomain bound(BranchAndBound bab, InputRegion region, int label, Splits splits, LayerBounds layers,
            double[] parent, long id, int steps, double[][][][] warm) {
        BoundPropagation bp = bab.bounds();
        ReluNetwork net = bp.network();
        double[] lo = region.lowerCorner();
        double[] hi = region.upperCorner();
        double[] margins = parent.clone();
        if (layers == null) {
            Arrays.fill(margins, Double.POSITIVE_INFINITY);
            return new Subdomain(splits, null, margins, -1, -1, null, id, null);
        }
        int open = 0;
        for (double m : parent) {
            open += m > 0 ? 0 : 1;
        }
        double[][] rows = new double[open][net.classes()];
        int[] classOf = new int[open];
        for (int j = 0, r = 0; j < parent.length; j++) {
            if (!(parent[j] > 0)) {
                rows[r][label] = 1;
                rows[r][j] = -1;
                classOf[r++] = j;
            }
        }
        double[][][][] start = new double[open][][][];
        for (int r = 0; r < open; r++) {
            start[r] = warm == null ? null : warm[classOf[r]];
        }
        AlphaOptimiser.Result slopes = AlphaOptimiser.optimise(net, layers, rows, region, lo, hi,
                net.layers() > 1 ? steps : 0, splits, start);
        double[] lower = bp.backward(rows, net.layers() - 1, layers, region, lo, hi, slopes.alpha(),
                slopes.beta(), splits, false, false);
        int worstRow = 0;
        for (int r = 0; r < open; r++) {
            margins[classOf[r]] = Math.max(margins[classOf[r]], lower[r]);
            if (lower[r] < lower[worstRow]) {
                worstRow = r;
            }
        }
        for (int r = 0; r < open; r++) {
            if (slopes.minimisers()[r] == null) {
                continue;
            }
            double[] candidate = Counterexample.project(region, slopes.minimisers()[r]);
            if (lower[r] < 0) {
                candidate = MarginDescent.descend(net, region, candidate, label, classOf[r], DESCENT_STEPS);
            }
            Optional<Counterexample> found = Counterexample.verify(bp, region.center(), candidate, label,
                    region.norm(), region.box());
            if (found.isPresent() && found.get().distance() <= region.eps()) {
                return new Subdomain(splits, layers, margins, -1, -1, found.get(), id, null);
            }
        }
        int[] branch = branch(layers, splits, slopes.hidden(), worstRow);
        double[][][][] next = new double[margins.length][][][];
        for (int r = 0; r < open; r++) {
            if (!(margins[classOf[r]] > 0) && net.layers() > 1) {
                double[][] alpha = new double[net.layers() - 1][];
                double[][] beta = new double[net.layers() - 1][];
                for (int l = 0; l < alpha.length; l++) {
                    alpha[l] = slopes.alpha()[l][r];
                    beta[l] = slopes.beta()[l][r];
                }
                next[classOf[r]] = new double[][][] {alpha, beta};
            }
        }
        return new Subdomain(splits, layers, margins, branch[0], branch[1], null, id, bab.warmStart() ? next : null);
    }

    /** The BaBSR-like choice (see {@link BranchAndBound}); {-1, -1} when no free neuron is unstable. */
    private static int[] branch(LayerBounds layers, Splits splits, double[][][] hidden, int row) {
        int[] best = {-1, -1};
        double bestScore = -1;
        int[] fallback = {-1, -1};
        double fallbackHeight = -1;
        for (int l = 0; l < layers.layers(); l++) {
            double[] lo = layers.lower[l];
            double[] hi = layers.upper[l];
            int[] sign = splits.layer(l);
            double[] q = hidden.length > l && hidden[l].length > row ? hidden[l][row] : null;
            for (int i = 0; i < lo.length; i++) {
                if (sign[i] != 0 || !(lo[i] < 0 && hi[i] > 0)) {
                    continue;
                }
                double height = hi[i] * -lo[i] / (hi[i] - lo[i]);
                double score = q == null ? 0 : Math.abs(q[i]) * height;
                if (score > bestScore && score > 0) {
                    bestScore = score;
                    best = new int[] {l, i};
                }
                if (height > fallbackHeight) {
                    fallbackHeight = height;
                    fallback = new int[] {l, i};
                }
            }
        }
        return best[0] >= 0 ? best : fallback;
    }
}

package hdae.validate.certify;

import hdae.validate.ValidationException;
import hdae.validate.attack.Box;
import hdae.validate.norm.Norm;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Rigorous lower bounds of the margins \(z_y(x) - z_j(x)\), \(j \ne y\), of a {@link ReluNetwork} over an
 * {@link InputRegion}: when every bound is positive, no point of the region changes the class from \(y\).
 *
 * <p>Intermediate bounds: layer 0 exactly over the region (\(\min_x \pm W_{0,\cdot j}^\top x\)); each later hidden
 * layer by interval arithmetic, and for {@link BoundMethod#CROWN} and {@link BoundMethod#ALPHA_CROWN} also by a
 * {@link BackwardPass} from \(\pm e_i\) for every neuron the intervals leave unstable, the two intersected. The
 * margins: IBP stops the backward pass at the last hidden layer's interval; CROWN runs it to the input with
 * adaptive slopes; alpha-CROWN with slopes from {@link AlphaOptimiser}. All results are rounded outwards
 * ({@link Rounding}). For L2 in a box and CROWN, an intermediate bound that the cheaper box or ball bound already shows to
 * have a fixed sign is kept without the dual refinement of {@link InputRegion} (a neuron's stability is all the
 * relaxation needs from it); the final margins always get the refinement.
 */
public final class BoundPropagation {

    private final ReluNetwork net;
    /** Adam iterations of alpha-CROWN. */
    private final int alphaIterations;
    /** The layer-0 sums at the latest center ({@link #centerSums}), or null. */
    private volatile Layer0Sums layer0;

    private BoundPropagation(ReluNetwork net, int alphaIterations) {
        this.net = net;
        this.alphaIterations = alphaIterations;
    }

    /**
     * Bounds for a network, with 20 alpha-CROWN iterations.
     *
     * @param net the network
     * @return the bounder
     */
    public static BoundPropagation of(ReluNetwork net) {
        return new BoundPropagation(net, 20);
    }

    /**
     * A copy with another number of alpha-CROWN iterations.
     *
     * @param iterations at least 1
     * @return the copy
     */
    public BoundPropagation withAlphaIterations(int iterations) {
        if (!(iterations >= 1 && iterations <= 10_000)) {
            throw ValidationException.expected("iterations in [1, 10000]", "iterations", iterations);
        }
        return new BoundPropagation(net, iterations);
    }

    /** @return the network */
    public ReluNetwork network() {
        return net;
    }

    /**
     * Lower bounds of the margins over a region.
     *
     * @param region the region, of the network's input dimension
     * @param label  y
     * @param method how
     * @return per class j, a lower bound of \(\min_{x} z_y(x) - z_j(x)\); {@code +Infinity} at \(j = y\)
     */
    public double[] marginLowerBounds(InputRegion region, int label, BoundMethod method) {
        if (region.dimension() != net.inputs()) {
            throw ValidationException.expected("a region of dimension " + net.inputs(), "region",
                    region.dimension());
        }
        int classes = net.classes();
        if (!(label >= 0 && label < classes)) {
            throw ValidationException.expected("a label in [0, " + classes + ")", "label", label);
        }
        double[] lo = region.lowerCorner();
        double[] hi = region.upperCorner();
        LayerBounds bounds = layerBounds(region, lo, hi, method != BoundMethod.IBP);
        double[][] rows = new double[classes - 1][classes];
        for (int j = 0, r = 0; j < classes; j++) {
            if (j != label) {
                rows[r][label] = 1;
                rows[r++][j] = -1;
            }
        }
        double[][][] alpha = method == BoundMethod.ALPHA_CROWN && net.layers() > 1
                ? AlphaOptimiser.optimise(net, bounds, rows, region, lo, hi, alphaIterations) : null;
        double[] lower = backward(rows, net.layers() - 1, bounds, region, lo, hi, alpha,
                method == BoundMethod.IBP, false);
        double[] out = new double[classes];
        for (int j = 0, r = 0; j < classes; j++) {
            out[j] = j == label ? Double.POSITIVE_INFINITY : lower[r++];
        }
        return out;
    }

    /**
     * Rigorous lower bounds of linear functions of the logits at one point, by interval arithmetic on the point's
     * degenerate region (outward rounded as every bound here).
     *
     * @param x    the point, inside the box
     * @param rows coefficients on the logits, [row][class]
     * @param box  the box
     * @return lower bounds of \(c_r^\top z_{L-1}(x)\), one per row
     */
    double[] pointLowerBounds(double[] x, double[][] rows, Box box) {
        InputRegion point = new InputRegion(x, 0, Norm.LINF, box);
        double[] lo = point.lowerCorner();
        double[] hi = point.upperCorner();
        LayerBounds bounds = layerBounds(point, lo, hi, false);
        return backward(rows, net.layers() - 1, bounds, point, lo, hi, null, true, false);
    }

    /**
     * Whether every margin is certified positive over the region.
     *
     * @param region the region
     * @param label  y
     * @param method how
     * @return true when no point of the region is classified otherwise than y
     */
    public boolean certifies(InputRegion region, int label, BoundMethod method) {
        for (double m : marginLowerBounds(region, label, method)) {
            if (!(m > 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Bounds of every hidden pre-activation.
     *
     * @param region the region
     * @param lo     its lower corner
     * @param hi     its upper corner
     * @param crown  whether to tighten the intervals by backward passes
     * @return the bounds
     */
    LayerBounds layerBounds(InputRegion region, double[] lo, double[] hi, boolean crown) {
        int hidden = net.layers() - 1;
        LayerBounds bounds = new LayerBounds(hidden);
        if (hidden == 0) {
            return bounds;
        }
        double[][] t = net.transposed(0);
        double[] b = net.bias(0);
        double[] low = new double[t.length];
        double[] high = new double[t.length];
        double[] negated = new double[t[0].length];
        Layer0Sums sums = region.norm() == Norm.L2 ? centerSums(region) : null;
        for (int j = 0; j < t.length; j++) {
            // IBP needs every interval tight; CROWN only the stability of the stable neurons
            double enough = crown ? -b[j] + Math.abs(b[j]) * 1e-9 : Double.POSITIVE_INFINITY;
            low[j] = Math.nextDown(region.minimum(t[j], lo, hi, enough, sums == null ? null : sums.plus[j]) + b[j]);
            for (int i = 0; i < negated.length; i++) {
                negated[i] = -t[j][i];
            }
            enough = crown ? b[j] + Math.abs(b[j]) * 1e-9 : Double.POSITIVE_INFINITY;
            high[j] = Math.nextUp(b[j] - region.minimum(negated, lo, hi, enough,
                    sums == null ? null : sums.minus[j]));
        }
        bounds.set(0, low, high);
        for (int l = 1; l < hidden; l++) {
            double[][] interval = interval(l, bounds.lower[l - 1], bounds.upper[l - 1]);
            if (crown) {
                tighten(l, interval, bounds, region, lo, hi);
            }
            bounds.set(l, interval[0], interval[1]);
        }
        return bounds;
    }

    /**
     * The sums of \(\pm W_{0,\cdot j}\) at the region's center ({@link InputRegion#sums}), which do not depend on
     * \(\varepsilon\): computed once per center and kept while the next region has a center equal to it bit for bit
     * (a copy is kept, so a caller that reuses its array cannot make them stale). The field holds an immutable
     * value, so threads sharing this bounder at most recompute it.
     */
    private Layer0Sums centerSums(InputRegion region) {
        Layer0Sums known = layer0;
        if (known != null && Arrays.equals(known.center, region.center())) {
            return known;
        }
        double[][] t = net.transposed(0);
        InputRegion.CenterSums[] plus = new InputRegion.CenterSums[t.length];
        InputRegion.CenterSums[] minus = new InputRegion.CenterSums[t.length];
        double[] negated = new double[t[0].length];
        for (int j = 0; j < t.length; j++) {
            plus[j] = region.sums(t[j]);
            for (int i = 0; i < negated.length; i++) {
                negated[i] = -t[j][i];
            }
            minus[j] = region.sums(negated);
        }
        known = new Layer0Sums(region.center().clone(), plus, minus);
        layer0 = known;
        return known;
    }

    /** {@link InputRegion.CenterSums} of the columns of \(W_0\) and of their negations at a center. */
    private record Layer0Sums(double[] center, InputRegion.CenterSums[] plus, InputRegion.CenterSums[] minus) {
    }

    /**
     * {@link #layerBounds} with CROWN, then, layer by layer from the second hidden layer up, the bounds of the
     * neurons still unstable tightened by alpha-CROWN: for each such neuron \(i\) of layer \(l\) the slopes of the
     * relus below it optimised for \(\pm z_{l,i}\) ({@link AlphaOptimiser}, one slope per pair of a bounded neuron
     * and a relu below it, as auto_LiRPA's alpha-CROWN does), the bound of the best slopes computed with outward
     * rounding and intersected with CROWN's (every slope in [0, 1] gives a valid bound); a later layer uses the
     * tightened bounds of the layers below it.
     *
     * @param region     the region
     * @param lo         its lower corner
     * @param hi         its upper corner
     * @param iterations Adam steps per neuron
     * @return the bounds
     */
    LayerBounds optimisedLayerBounds(InputRegion region, double[] lo, double[] hi, int iterations) {
        LayerBounds bounds = layerBounds(region, lo, hi, true);
        int hidden = net.layers() - 1;
        for (int l = 1; l < hidden; l++) {
            double[] low = bounds.lower[l].clone();
            double[] high = bounds.upper[l].clone();
            int[] index = IntStream.range(0, low.length).filter(i -> low[i] < 0 && high[i] > 0)
                    .toArray();
            if (index.length == 0) {
                continue;
            }
            double[][] rows = new double[2 * index.length][low.length];
            for (int k = 0; k < index.length; k++) {
                rows[2 * k][index[k]] = 1;
                rows[2 * k + 1][index[k]] = -1;
            }
            double[][][] alpha = AlphaOptimiser.optimise(net, bounds, rows, l, region, lo, hi, iterations, null, null)
                    .alpha();
            double[] bound = backward(rows, l, bounds, region, lo, hi, alpha, false, false);
            for (int k = 0; k < index.length; k++) {
                int i = index[k];
                low[i] = Math.max(low[i], bound[2 * k]);
                high[i] = Math.min(high[i], -bound[2 * k + 1]);
            }
            bounds.set(l, low, high);
        }
        return bounds;
    }

    /**
     * Intermediate bounds over a subdomain of {@link BranchAndBound}, recomputed above a split layer. The given
     * bounds hold on the subdomain \(\mathcal{X}_S\) (inherited from its parent, clamped at its splits); for each
     * layer \(l > k\) in turn, the interval bound from layer \(l - 1\)'s (already refined) bounds and the CROWN bound
     * of every neuron it leaves unstable are taken over \(\mathcal{X}_S\) and intersected with the given ones. Sound:
     * on \(\mathcal{X}_S\) every pre-activation lies within the bounds used below it, so the relaxations of
     * {@link BackwardPass} hold there, and a split neuron's bounds, clamped to \(\ell \ge 0\) (active) or
     * \(u \le 0\) (inactive), make its relaxation exactly the identity or 0; the intersection of two bounds valid on
     * \(\mathcal{X}_S\) is valid on it. If some neuron's lower bound exceeds its upper bound, no point of the region
     * satisfies the splits: \(\mathcal{X}_S = \emptyset\). Outward rounded as {@link #layerBounds}.
     *
     * @param given  bounds valid on the subdomain, clamped by its splits (not changed)
     * @param split  k, the layer of the latest split: the layers above it are recomputed
     * @param region the region
     * @param lo     its lower corner
     * @param hi     its upper corner
     * @return the refined bounds (arrays of the layers up to k shared with {@code given}), or null when the
     *         subdomain is empty
     */
    LayerBounds refine(LayerBounds given, int split, InputRegion region, double[] lo, double[] hi) {
        int hidden = net.layers() - 1;
        if (split + 1 >= hidden) {
            return given;
        }
        LayerBounds out = new LayerBounds(hidden);
        for (int l = 0; l <= split; l++) {
            out.lower[l] = given.lower[l];
            out.upper[l] = given.upper[l];
            out.upperSlope[l] = given.upperSlope[l];
        }
        for (int l = split + 1; l < hidden; l++) {
            double[][] interval = interval(l, out.lower[l - 1], out.upper[l - 1]);
            if (!intersect(interval, given.lower[l], given.upper[l])) {
                return null;
            }
            tighten(l, interval, out, region, lo, hi);
            if (!intersect(interval, given.lower[l], given.upper[l])) {
                return null;
            }
            out.set(l, interval[0], interval[1]);
        }
        return out;
    }

    /** \([\ell, u] \leftarrow [\ell, u] \cap [\ell', u']\) per neuron; false when some neuron's interval is empty. */
    private static boolean intersect(double[][] interval, double[] lower, double[] upper) {
        double[] low = interval[0];
        double[] high = interval[1];
        for (int i = 0; i < low.length; i++) {
            low[i] = Math.max(low[i], lower[i]);
            high[i] = Math.min(high[i], upper[i]);
            if (low[i] > high[i]) {
                return false;
            }
        }
        return true;
    }

    /** Interval arithmetic for \(z_l = W_l^\top h + b_l\), \(h \in [\mathrm{relu}(\ell), \mathrm{relu}(u)]\). */
    private double[][] interval(int layer, double[] lo, double[] hi) {
        double[][] t = net.transposed(layer);
        double[] b = net.bias(layer);
        double[] low = new double[t.length];
        double[] high = new double[t.length];
        for (int j = 0; j < t.length; j++) {
            double[] w = t[j];
            double sumLo = b[j];
            double sumHi = b[j];
            double abs = Math.abs(b[j]);
            for (int i = 0; i < w.length; i++) {
                double hl = Math.max(0, lo[i]);
                double hu = Math.max(0, hi[i]);
                double p = w[i] * hl;
                double q = w[i] * hu;
                sumLo += Math.min(p, q);
                sumHi += Math.max(p, q);
                abs += Math.max(Math.abs(p), Math.abs(q));
            }
            low[j] = Rounding.down(sumLo, abs, w.length + 1L);
            high[j] = Rounding.up(sumHi, abs, w.length + 1L);
        }
        return new double[][] {low, high};
    }

    /** Backward passes from \(\pm e_i\) for the neurons of layer l that the intervals leave unstable. */
    private void tighten(int layer, double[][] interval, LayerBounds bounds, InputRegion region, double[] lo,
            double[] hi) {
        double[] low = interval[0];
        double[] high = interval[1];
        int width = low.length;
        int unstable = 0;
        for (int i = 0; i < width; i++) {
            unstable += low[i] < 0 && high[i] > 0 ? 1 : 0;
        }
        if (unstable == 0) {
            return;
        }
        double[][] rows = new double[2 * unstable][width];
        int[] index = new int[unstable];
        for (int i = 0, k = 0; i < width; i++) {
            if (low[i] < 0 && high[i] > 0) {
                index[k] = i;
                rows[2 * k][i] = 1;
                rows[2 * k + 1][i] = -1;
                k++;
            }
        }
        double[] bound = backward(rows, layer, bounds, region, lo, hi, null, false, true);
        for (int k = 0; k < unstable; k++) {
            int i = index[k];
            low[i] = Math.max(low[i], bound[2 * k]);
            high[i] = Math.min(high[i], -bound[2 * k + 1]);
        }
    }

    /**
     * A backward pass from coefficients on \(z_k\) to the input (or, for IBP, to the last hidden interval).
     *
     * @param rows         coefficients on \(z_k\)
     * @param layer        k
     * @param bounds       bounds of the layers below k
     * @param region       the region
     * @param lo           its lower corner
     * @param hi           its upper corner
     * @param alpha        lower slopes [layer][row][neuron], or null for CROWN's
     * @param intervalOnly whether to stop at the last hidden interval (IBP)
     * @param screen       whether a row already positive by the cheap input bounds is kept as it is
     * @return rigorous lower bounds, one per row
     */
    double[] backward(double[][] rows, int layer, LayerBounds bounds, InputRegion region, double[] lo, double[] hi,
            double[][][] alpha, boolean intervalOnly, boolean screen) {
        return backward(rows, layer, bounds, region, lo, hi, alpha, null, null, intervalOnly, screen);
    }

    /**
     * {@link #backward(double[][], int, LayerBounds, InputRegion, double[], double[], double[][][], boolean,
     * boolean)} over a subdomain, with the multipliers \(\beta\) of its split constraints
     * ({@link BackwardPass#split}).
     *
     * @param rows         coefficients on \(z_k\)
     * @param layer        k
     * @param bounds       bounds of the layers below k (on the subdomain: clamped by its splits)
     * @param region       the region
     * @param lo           its lower corner
     * @param hi           its upper corner
     * @param alpha        lower slopes [layer][row][neuron], or null for CROWN's
     * @param beta         multipliers \(\beta \ge 0\) [layer][row][neuron], or null for none
     * @param splits       the subdomain's splits, or null (then beta is ignored)
     * @param intervalOnly whether to stop at the last hidden interval (IBP)
     * @param screen       whether a row already positive by the cheap input bounds is kept as it is
     * @return rigorous lower bounds over the subdomain, one per row
     */
    double[] backward(double[][] rows, int layer, LayerBounds bounds, InputRegion region, double[] lo, double[] hi,
            double[][][] alpha, double[][][] beta, Splits splits, boolean intervalOnly, boolean screen) {
        BackwardPass pass = new BackwardPass(net, bounds, rows);
        for (int l = layer; l >= 0; l--) {
            pass.linear(l, l == 0 ? magnitude(lo, hi) : positivePart(bounds.upper[l - 1]));
            if (l == 0) {
                return pass.finishAtInput(region, lo, hi, screen);
            }
            if (intervalOnly) {
                return pass.finishAtHidden(l - 1);
            }
            pass.relu(l - 1, alpha == null ? null : alpha[l - 1]);
            if (beta != null && splits != null) {
                pass.split(splits.layer(l - 1), beta[l - 1]);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    static double[] magnitude(double[] lo, double[] hi) {
        double[] m = new double[lo.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = Math.max(Math.abs(lo[i]), Math.abs(hi[i]));
        }
        return m;
    }

    static double[] positivePart(double[] hi) {
        double[] m = new double[hi.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = Math.max(0, hi[i]);
        }
        return m;
    }
}

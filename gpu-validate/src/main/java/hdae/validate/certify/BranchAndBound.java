package hdae.validate.certify;

import hdae.validate.ValidationException;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Complete verification of a dense ReLU network over an {@link InputRegion} by branch and bound on its unstable
 * ReLUs: decides ROBUST, NOT_ROBUST (with a verified {@link Counterexample}) or UNKNOWN within a budget of
 * subdomains.
 *
 * <p>Subdomains. A subdomain is the region restricted by {@link Splits}: \(\mathcal{X}_S = \{x \in \mathcal{X} :
 * s_{l,i} z_{l,i}(x) \ge 0\}\). Splitting a free unstable neuron gives two children, active (\(z \ge 0\),
 * \(\mathrm{relu}\) is the identity) and inactive (\(z \le 0\), \(\mathrm{relu}\) is 0), whose union is the
 * parent, so the leaves always cover \(\mathcal{X}\). On \(\mathcal{X}_S\) the intermediate bounds are clamped
 * at the split neuron (\(\ell \leftarrow \max(\ell, 0)\), \(u \leftarrow \min(u, 0)\)) and otherwise inherited
 * from the parent (bounds valid on the parent hold on its part); those of the layers above the split layer are then
 * recomputed over the child ({@link BoundPropagation#refine}: interval arithmetic and CROWN from the child's bounds
 * below, where a split neuron's relu is exactly the identity or 0) and intersected with the inherited ones, as
 * alpha/beta-CROWN do; a neuron whose bounds cross proves the child empty. The relaxations hold there, and the margin
 * bound of a subdomain is a rigorous lower bound of \(\min_{x \in \mathcal{X}_S} z_y(x) - z_j(x)\) (outward rounded
 * as every bound of {@link BoundPropagation}). A child keeps, per class, the larger of its own bound and its
 * parent's (both hold on it) and bounds only the classes not yet proved.
 *
 * <p>Bound per subdomain: alpha-CROWN with the split constraints in Lagrangian form (beta-CROWN, Wang et al. 2021,
 * arXiv 2103.06624; slopes and multipliers by {@link AlphaOptimiser}, default 20 Adam steps, a child's started from
 * its parent's best per class, as beta-CROWN does: any start gives a sound bound), intermediate bounds by
 * CROWN (at the root over the region, or optionally alpha-CROWN there, {@link #withRootAlphaSteps}; in a child over
 * the child as above; the split constraints of the split layer itself reach the bounds through the multipliers). Cost per subdomain: per unproved class, (steps + 1) backward and
 * forward passes through the network, each \(O(\sum_l \mathrm{in}_l \cdot \mathrm{out}_l)\), plus the L2 dual
 * bound \(O(n \log n)\); the refinement adds two backward passes per neuron left unstable above the split layer. With every unstable neuron split the bound with optimal multipliers is the exact minimum of the
 * margin over the subdomain (a linear function over a convex set, strong duality), so the procedure is complete in
 * the limit; the Adam multipliers only approach it, so a fully split subdomain that stays unproved is bounded once
 * more with ten times the steps and, if still unproved, makes the answer UNKNOWN.
 *
 * <p>Branching (BaBSR-like, Bunel et al. 2020, arXiv 1909.06588): the free unstable neuron with the largest
 * \(|q_i| \cdot u_i(-\ell_i)/(u_i - \ell_i)\), where \(q_i\) is the backward coefficient of \(h_i\) in the bound of
 * the subdomain's worst class and \(u(-\ell)/(u - \ell)\) the height of the triangle relaxation at \(z = 0\); the
 * largest triangle height where every \(q_i\) is 0. Order: worst subdomain (lowest bound) first, ties by creation.
 *
 * <p>Counterexamples: for every bounded class the minimiser of its linear lower bound over the region, moved into
 * the region ({@link Counterexample#project}) and, where the bound is negative, refined by 10 steps of
 * {@link MarginDescent} on the network's own margin; and the sample itself; each checked by an outward-rounded
 * forward pass ({@link Counterexample#verify}). Budget: a number of subdomains (deterministic) and optionally a time
 * limit on the wall clock or the thread's CPU time ({@link TimeLimit}); either exhausted gives UNKNOWN.
 *
 * @see <a href="https://arxiv.org/abs/2103.06624">Wang et al. 2021, beta-CROWN, arXiv 2103.06624</a>
 * @see <a href="https://arxiv.org/abs/1909.06588">Bunel, Lu, Turkaslan, Torr, Kohli, Kumar 2020, Branch and bound
 *      for piecewise linear neural network verification, arXiv 1909.06588</a>
 */
public final class BranchAndBound {

    /** How many times the usual Adam steps a fully split, unproved subdomain gets before it counts as UNKNOWN. */
    private static final int STUCK_FACTOR = 10;

    private final BoundPropagation bounds;
    private final int maxSubdomains;
    private final int iterations;
    /** Time limit per region, or null for none. */
    private final TimeLimit timeLimit;
    /** Whether a child's intermediate bounds above its split layer are recomputed over the child. */
    private final boolean refine;
    /** Adam steps of alpha-CROWN on the root's intermediate bounds, or 0 for CROWN's. */
    private final int rootSteps;
    /** Whether a child's slopes and multipliers start from its parent's best. */
    private final boolean warmStart;

    private BranchAndBound(BoundPropagation bounds, int maxSubdomains, int iterations, TimeLimit timeLimit,
            boolean refine, int rootSteps, boolean warmStart) {
        this.bounds = bounds;
        this.maxSubdomains = maxSubdomains;
        this.iterations = iterations;
        this.timeLimit = timeLimit;
        this.refine = refine;
        this.rootSteps = rootSteps;
        this.warmStart = warmStart;
    }

    /**
     * Branch and bound with a budget of 2000 subdomains, 20 Adam steps per subdomain and no time limit.
     *
     * @param net the network
     * @return the verifier
     */
    public static BranchAndBound of(ReluNetwork net) {
        return new BranchAndBound(BoundPropagation.of(net), 2000, 20, null, true, 0, true);
    }

    /**
     * A copy with another budget of subdomains.
     *
     * @param subdomains at least 1
     * @return the copy
     */
    public BranchAndBound withMaxSubdomains(int subdomains) {
        if (!(subdomains >= 1)) {
            throw ValidationException.expected("at least 1 subdomain", "subdomains", subdomains);
        }
        return new BranchAndBound(bounds, subdomains, iterations, timeLimit, refine, rootSteps, warmStart);
    }

    /**
     * A copy with another number of Adam steps per subdomain.
     *
     * @param steps in [0, 10000]
     * @return the copy
     */
    public BranchAndBound withIterations(int steps) {
        return new BranchAndBound(bounds, maxSubdomains, adamSteps(steps), timeLimit, refine, rootSteps, warmStart);
    }

    /** @return {@code steps}, checked to be a count of Adam steps in [0, 10000] */
    private static int adamSteps(int steps) {
        if (!(steps >= 0 && steps <= 10_000)) {
            throw ValidationException.expected("steps in [0, 10000]", "steps", steps);
        }
        return steps;
    }

    /**
     * A copy with a wall-time limit per region (the answer is UNKNOWN when it fires; results then depend on the
     * machine's speed, so tests leave it unset).
     *
     * @param limit positive
     * @return the copy
     */
    public BranchAndBound withTimeLimit(Duration limit) {
        return withTimeLimit(TimeLimit.of(TimeLimit.Clock.WALL, limit));
    }

    /**
     * A copy with a time limit per region on either clock ({@link TimeLimit}; the answer is UNKNOWN when it fires).
     *
     * @param limit the limit
     * @return the copy
     */
    public BranchAndBound withTimeLimit(TimeLimit limit) {
        return new BranchAndBound(bounds, maxSubdomains, iterations, limit, refine, rootSteps, warmStart);
    }

    /**
     * A copy that does or does not recompute a child's intermediate bounds over the child (see the class
     * documentation; on by default, off only to measure what it gains).
     *
     * @param on whether to recompute
     * @return the copy
     */
    public BranchAndBound withIntermediateRefinement(boolean on) {
        return new BranchAndBound(bounds, maxSubdomains, iterations, timeLimit, on, rootSteps, warmStart);
    }

    /**
     * A copy whose root bounds its intermediate layers by alpha-CROWN ({@link BoundPropagation#optimisedLayerBounds})
     * instead of CROWN; with one hidden layer there is nothing to optimise.
     *
     * @param steps Adam steps per intermediate neuron in [0, 10000], 0 for CROWN
     * @return the copy
     */
    public BranchAndBound withRootAlphaSteps(int steps) {
        return new BranchAndBound(bounds, maxSubdomains, iterations, timeLimit, refine, adamSteps(steps), warmStart);
    }

    /**
     * A copy whose children start their slopes and multipliers from their parent's best (as beta-CROWN does) or,
     * with false, from CROWN's slopes and zero multipliers (on by default; off only to measure what it gains).
     *
     * @param on whether to start warm
     * @return the copy
     */
    public BranchAndBound withWarmStart(boolean on) {
        return new BranchAndBound(bounds, maxSubdomains, iterations, timeLimit, refine, rootSteps, on);
    }

    /** @return whether children start from their parent's slopes and multipliers */
    boolean warmStart() {
        return warmStart;
    }

    /** @return the network */
    public ReluNetwork network() {
        return bounds.network();
    }

    /** @return the bounder */
    BoundPropagation bounds() {
        return bounds;
    }

    /**
     * Decides whether every point of a region is classified y.
     *
     * @param region the region
     * @param label  y
     * @return ROBUST, NOT_ROBUST with a counterexample in the region, or UNKNOWN
     */
    public Verification verify(InputRegion region, int label) {
        ReluNetwork net = bounds.network();
        if (region.dimension() != net.inputs()) {
            throw ValidationException.expected("a region of dimension " + net.inputs(), "region",
                    region.dimension());
        }
        if (!(label >= 0 && label < net.classes())) {
            throw ValidationException.expected("a label in [0, " + net.classes() + ")", "label", label);
        }
        long deadline = timeLimit == null ? 0 : timeLimit.deadline();
        Optional<Counterexample> itself = Counterexample.verify(bounds, region.center(), region.center(), label,
                region.norm(), region.box());
        if (itself.isPresent()) {
            return new Verification(Robustness.NOT_ROBUST, itself, 0);
        }
        double[] unproved = new double[net.classes()];
        Arrays.fill(unproved, Double.NEGATIVE_INFINITY);
        unproved[label] = Double.POSITIVE_INFINITY;
        double[] lo = region.lowerCorner();
        double[] hi = region.upperCorner();
        LayerBounds rootLayers = rootSteps > 0 ? bounds.optimisedLayerBounds(region, lo, hi, rootSteps)
                : bounds.layerBounds(region, lo, hi, true);
        Subdomain root = Subdomain.bound(this, region, label, Splits.none(net), rootLayers, unproved, 0,
                iterations, null);
        int count = 1;
        if (root.counterexample() != null) {
            return new Verification(Robustness.NOT_ROBUST, Optional.of(root.counterexample()), count);
        }
        PriorityQueue<Subdomain> queue = new PriorityQueue<>(Comparator.comparingDouble(Subdomain::worst)
                .thenComparingLong(Subdomain::id));
        if (!root.proved()) {
            queue.add(root);
        }
        boolean stuck = false;
        while (!queue.isEmpty()) {
            Subdomain node = queue.poll();
            if (node.branchLayer() < 0) {
                if (count >= maxSubdomains) {
                    return new Verification(Robustness.UNKNOWN, Optional.empty(), count);
                }
                // every unstable neuron split: once more with STUCK_FACTOR times the steps, then UNKNOWN
                Subdomain again = Subdomain.bound(this, region, label, node.splits(), node.layers(), node.margins(),
                        count, STUCK_FACTOR * iterations, node.warm());
                count++;
                if (again.counterexample() != null) {
                    return new Verification(Robustness.NOT_ROBUST, Optional.of(again.counterexample()), count);
                }
                stuck |= !again.proved();
                continue;
            }
            for (int sign : new int[] {1, -1}) {
                if (count >= maxSubdomains
                        || (timeLimit != null && TimeLimit.now(timeLimit.clock()) - deadline > 0)) {
                    return new Verification(Robustness.UNKNOWN, Optional.empty(), count);
                }
                LayerBounds layers = node.layers().split(node.branchLayer(), node.branchNeuron(), sign);
                if (refine && layers != null) {
                    layers = bounds.refine(layers, node.branchLayer(), region, lo, hi);
                }
                Subdomain child = Subdomain.bound(this, region, label,
                        node.splits().with(node.branchLayer(), node.branchNeuron(), sign), layers, node.margins(),
                        count, iterations, node.warm());
                count++;
                if (child.counterexample() != null) {
                    return new Verification(Robustness.NOT_ROBUST, Optional.of(child.counterexample()), count);
                }
                if (!child.proved()) {
                    queue.add(child);
                }
            }
        }
        return new Verification(stuck ? Robustness.UNKNOWN : Robustness.ROBUST, Optional.empty(), count);
    }

    /** @return Adam steps per subdomain */
    int iterations() {
        return iterations;
    }
}

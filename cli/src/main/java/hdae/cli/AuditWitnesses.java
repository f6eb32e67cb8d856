package hdae.cli;

import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.linear.FlipRateSampler;
import hdae.numeric.mc.linear.NormRatioWitness;
import hdae.numeric.mc.linear.RefinementWitness;
import hdae.numeric.mc.linear.RelativeChangeSampler;
import hdae.numeric.mc.region.AuditRuns;
import java.util.ArrayList;
import java.util.List;

/**
 * The numeric witnesses of the audit, computed by module numeric-check from explicit vectors and seeded samples:
 * one set per objection, and the Monte Carlo table of the corrected theorem ({@link AuditRuns}).
 *
 * @param refinementBase base number of pixels of the refinement witness
 * @param refinementEps max-norm budget of the refinement witness
 * @param refinement one row per refinement factor k = 1, 4, 16, 64
 * @param relativeEps max-norm budget of the relative-change witness
 * @param relative one row per dimension: weights of one sign and of random signs
 * @param flips one row per dimension: the flip rate of the sign perturbation, independent against replicated pixels
 * @param normEps max-norm budget of the norm witness
 * @param norm the two gains for one standard normal weight vector of dimension {@value #NORM_DIMENSION}
 * @param normRatios the mean ratio |w|_1/(sqrt(n)|w|_2) over normal weight vectors, by dimension
 * @param regions one row per dimension of {@link AuditRuns#DIMENSIONS}
 */
record AuditWitnesses(int refinementBase, double refinementEps, List<RefinementWitness.Row> refinement,
        double relativeEps, List<RelativeRow> relative, List<FlipRow> flips, double normEps, NormRatioWitness.Gains norm,
        List<RatioRow> normRatios, List<RegionRow> regions) {
    /** Dimension of the single normal weight vector (an MNIST image has 784 pixels). */
    static final int NORM_DIMENSION = 784;
    /** Base number of pixels of the replicated image of the flip-rate witness. */
    static final int FLIP_BASE = 10;
    private static final long SEED = 20180101L;

    /**
     * The relative-change witness at one dimension.
     *
     * @param n the dimension
     * @param oneSign mean of eps |w|_1/(w.x), all w_i = 1
     * @param randomSigns eps |w|_1 / sqrt(E (w.x)^2), w_i = +1 or -1 at random
     */
    record RelativeRow(int n, Estimate oneSign, Estimate randomSigns) {
    }

    /**
     * The flip rate of a linear classifier with balanced-threshold bias under the sign perturbation, at one dimension
     * and the budget {@code relativeEps}.
     *
     * @param n the dimension
     * @param k the replication factor of the replicated image, n = {@value #FLIP_BASE} k
     * @param independent the rate for n independent uniform pixels: Pr[|w.x + b| < eps |w|_1]
     * @param replicated the rate for {@value #FLIP_BASE} pixels replicated k times (the same function)
     */
    record FlipRow(int n, int k, Estimate independent, Estimate replicated) {
    }

    /**
     * The mean norm ratio at one dimension.
     *
     * @param n the dimension
     * @param ratio the mean of |w|_1/(sqrt(n)|w|_2), w standard normal
     */
    record RatioRow(int n, Estimate ratio) {
    }

    /**
     * The regions of mass 1/2 at one dimension.
     *
     * @param n the dimension
     * @param coordinate E d_2 to {x_1 >= 1/2}
     * @param coordinateMaxNorm E[d_inf | outside] for {x_1 >= 1/2}
     * @param centre E d_2 to the centre half-space inside the cube
     * @param centreHyperplane E of the distance to its hyperplane, 0 inside
     * @param maxUnit E[d | outside] for the max unit {max_i x_i >= 2^(-1/n)}
     */
    record RegionRow(int n, Estimate coordinate, Estimate coordinateMaxNorm, Estimate centre, Estimate centreHyperplane,
            Estimate maxUnit) {
    }

    AuditWitnesses {
        refinement = List.copyOf(refinement);
        relative = List.copyOf(relative);
        flips = List.copyOf(flips);
        normRatios = List.copyOf(normRatios);
        regions = List.copyOf(regions);
    }

    /** Runs every witness; a few seconds on two cores. */
    static AuditWitnesses compute() {
        int n0 = 64;
        double refinementEps = 0.1;
        RefinementWitness base = RefinementWitness.seeded(n0, SEED);
        List<RefinementWitness.Row> refinement = new ArrayList<>();
        for (int k : new int[] {1, 4, 16, 64}) {
            refinement.add(base.measure(k, refinementEps));
        }
        double relativeEps = 0.1;
        List<RelativeRow> relative = new ArrayList<>();
        for (int n : new int[] {10, 100, 1000, 10_000}) {
            long samples = Math.max(2000, Math.min(20_000, 20_000_000 / n));
            relative.add(new RelativeRow(n,
                    RelativeChangeSampler.oneSign(n, relativeEps, samples, SEED + n, AuditRuns.CONFIDENCE),
                    RelativeChangeSampler.randomSigns(n, relativeEps, samples, SEED + 2L * n, AuditRuns.CONFIDENCE)));
        }
        List<FlipRow> flips = new ArrayList<>();
        for (int k : new int[] {1, 10, 100}) {
            int n = FLIP_BASE * k;
            flips.add(new FlipRow(n, k,
                    FlipRateSampler.independent(n, relativeEps, 20_000, SEED + 5L * n, AuditRuns.CONFIDENCE),
                    FlipRateSampler.replicated(FLIP_BASE, k, relativeEps, 20_000, SEED + 7L * n, AuditRuns.CONFIDENCE)));
        }
        double normEps = 0.25;
        List<RatioRow> ratios = new ArrayList<>();
        for (int n : new int[] {16, 256, 4096}) {
            ratios.add(new RatioRow(n, NormRatioWitness.ratio(n, 2000, SEED + 3L * n, AuditRuns.CONFIDENCE)));
        }
        List<RegionRow> regions = new ArrayList<>();
        for (int n : AuditRuns.DIMENSIONS) {
            regions.add(new RegionRow(n, AuditRuns.coordinateMean(n), AuditRuns.coordinateMaxNormFromOutside(n),
                    AuditRuns.centreMean(n), AuditRuns.centreHyperplaneMean(n), AuditRuns.maxUnitFromOutside(n)));
        }
        return new AuditWitnesses(n0, refinementEps, refinement, relativeEps, relative, flips, normEps,
                NormRatioWitness.gaussian(NORM_DIMENSION, normEps, SEED), ratios, regions);
    }
}

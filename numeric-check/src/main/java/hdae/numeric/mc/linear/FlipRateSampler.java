package hdae.numeric.mc.linear;

import hdae.numeric.mc.ClopperPearson;
import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.Guard;
import hdae.numeric.mc.ParallelMoments;
import hdae.numeric.mc.SampleMoments;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Objection H-b restated: does the sign perturbation flip the class of a linear classifier
 * \( \operatorname{sign}(w^\top x + b) \)? Under the printed constraint \( \|\eta\|_\infty < \varepsilon \) the
 * activation change \( w^\top\eta \) has supremum \( \varepsilon\|w\|_1 \) (approached by
 * \( \eta = \varepsilon'\operatorname{sign}(w) \), \( \varepsilon' \to \varepsilon^- \), never attained), so x
 * can be flipped exactly when its margin is below the gain: \( |w^\top x + b| < \varepsilon\|w\|_1 \). As in the
 * linear argument, the box \( [0,1]^n \) is ignored (a perturbed point may leave it).
 *
 * <p>The bias is the balanced threshold \( b = -\mathbb{E}[w^\top x] = -\tfrac12\sum_i w_i \) for x uniform in the
 * cube, so that half of the points fall on each side. Both witnesses compute the margin and the gain from explicit
 * vectors, and estimate the flip rate \( \Pr[|w^\top x + b| < \varepsilon\|w\|_1] \) with a Clopper-Pearson
 * interval:
 * <ul>
 *   <li>{@link #independent}: n independent uniform pixels, all \( w_i = 1 \). The margin has standard deviation
 *       \( \sqrt{n/12} \) and the gain is \( \varepsilon n \), so the premise margin \( = o(\varepsilon\|w\|_1) \)
 *       holds, and by Chebyshev's inequality the flip rate is at least \( 1 - 1/(12\varepsilon^2 n) \): it tends
 *       to 1, and the prior inference holds in this model.</li>
 *   <li>{@link #replicated}: \( n_0 \) independent uniform pixels, each replicated k times, weights
 *       \( w = \mathrm{rep}(\mathbf 1, k)/k \) (the same function at a finer resolution, objection H-a). Margin and
 *       gain are those of the base image whatever k, so the flip rate does not grow with \( n = k n_0 \).</li>
 * </ul>
 *
 * @see "derivation relative-change (objection H-b) and resolution-refinement (objection H-a)"
 */
public final class FlipRateSampler {
    /** Chunks (and random streams) of every estimate. */
    public static final int CHUNKS = 8;

    private FlipRateSampler() {
    }

    /**
     * Estimates the flip rate for n independent uniform pixels and weights all equal to 1.
     *
     * @param n the dimension, at least 1
     * @param eps the max-norm budget, positive
     * @param samples the number of inputs, at least {@value #CHUNKS}
     * @param seed the seed of the streams
     * @param confidence the level of the Clopper-Pearson interval, in (0, 1)
     * @return the proportion of inputs whose margin is below \( \varepsilon\|w\|_1 \)
     */
    public static Estimate independent(int n, double eps, long samples, long seed, double confidence) {
        return replicated(n, 1, eps, samples, seed, confidence);
    }

    /**
     * Estimates the flip rate for \( n_0 \) independent uniform pixels replicated k times, with weights
     * \( \mathrm{rep}(\mathbf 1, k)/k \), computed from the replicated vectors of length \( k n_0 \).
     *
     * @param n0 the base number of pixels, at least 1
     * @param k the refinement factor, at least 1 (k = 1: independent pixels)
     * @param eps the max-norm budget, positive
     * @param samples the number of inputs, at least {@value #CHUNKS}
     * @param seed the seed of the streams
     * @param confidence the level of the Clopper-Pearson interval, in (0, 1)
     * @return the proportion of inputs whose margin is below \( \varepsilon\|w\|_1 \)
     */
    public static Estimate replicated(int n0, int k, double eps, long samples, long seed, double confidence) {
        Guard.atLeast("n0", n0, 1);
        Guard.between("k", k, 1, (Integer.MAX_VALUE - 8) / n0);
        Guard.positiveAtMost("eps", eps, Double.MAX_VALUE);
        Guard.atLeast("samples", samples, CHUNKS);
        Guard.confidence(confidence);
        int n = n0 * k;
        double[] w = new double[n];
        double l1 = 0;
        double bias = 0;
        for (int i = 0; i < n; i++) {
            w[i] = 1.0 / k;
            l1 += Math.abs(w[i]);
            bias -= w[i] / 2;
        }
        double gain = eps * l1;
        double b = bias;
        SampleMoments flips = ParallelMoments.collect(rng -> {
            double[] x = replicatedImage(n0, k, rng);
            double margin = b;
            for (int i = 0; i < n; i++) {
                margin += w[i] * x[i];
            }
            return Math.abs(margin) < gain ? 1 : 0;
        }, samples, seed, CHUNKS);
        long successes = Math.round(flips.mean() * flips.count());
        return ClopperPearson.estimate(successes, flips.count(), confidence);
    }

    /** A uniform image of \( n_0 \) pixels, each pixel replicated k times. */
    private static double[] replicatedImage(int n0, int k, UniformRandomProvider rng) {
        double[] x = new double[n0 * k];
        for (int i = 0; i < n0; i++) {
            double v = rng.nextDouble();
            for (int j = 0; j < k; j++) {
                x[i * k + j] = v;
            }
        }
        return x;
    }
}

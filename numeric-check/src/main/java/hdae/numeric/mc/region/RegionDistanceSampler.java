package hdae.numeric.mc.region;

import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.Guard;
import hdae.numeric.mc.ParallelMoments;
import hdae.numeric.mc.StudentMean;
import java.util.function.ToDoubleFunction;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Monte Carlo means of the distance from a uniform point of the cube to a {@link CubeRegion}, with Student-t
 * intervals.
 *
 * <p>{@link #mean} estimates \( \mathbb{E}_x\, d(x, A) \) over all of \( [0,1]^n \) (0 on A);
 * {@link #conditionalMean} estimates \( \mathbb{E}[d(x, A) \mid x \notin A] \) by rejection (every region here has
 * mass 1/2, so about two draws per accepted point). The draws are split into {@value #CHUNKS} chunks on
 * independent streams ({@link ParallelMoments}), so a result depends only on the seed and the sample count.
 * Region, dimension and seed being equal, {@link CubeRegion#CENTRE_HALF_SPACE} and
 * {@link CubeRegion#CENTRE_HYPERPLANE} see the same points: their estimates are paired.
 */
public final class RegionDistanceSampler {
    /** Chunks (and random streams) of every estimate. */
    public static final int CHUNKS = 8;

    private RegionDistanceSampler() {
    }

    /**
     * Estimates \( \mathbb{E}_x\, d(x, A) \), x uniform in the cube.
     *
     * @param region the region A
     * @param n the dimension, at least 1
     * @param samples the number of points, at least {@value #CHUNKS}
     * @param seed the seed of the streams
     * @param confidence the level \( 1 - \alpha \) of the interval, in (0, 1)
     * @return the mean distance with its Student-t interval
     */
    public static Estimate mean(CubeRegion region, int n, long samples, long seed, double confidence) {
        Guard.notNull("region", region);
        return mean(region::distance, n, samples, seed, confidence);
    }

    /**
     * Estimates \( \mathbb{E}_x\, d(x, A) \), x uniform in the cube, for a region given by its distance function.
     *
     * @param distance the exact distance \( x \mapsto d(x, A) \), 0 on A; it must not modify x
     * @param n the dimension, at least 1 (and as large as the distance function needs)
     * @param samples the number of points, at least {@value #CHUNKS}
     * @param seed the seed of the streams
     * @param confidence the level \( 1 - \alpha \) of the interval, in (0, 1)
     * @return the mean distance with its Student-t interval
     */
    public static Estimate mean(ToDoubleFunction<double[]> distance, int n, long samples, long seed,
            double confidence) {
        check(distance, n, samples, confidence);
        return StudentMean.estimate(ParallelMoments.collect(rng -> distance.applyAsDouble(point(n, rng)), samples,
                seed, CHUNKS), confidence);
    }

    /**
     * Estimates \( \mathbb{E}[d(x, A) \mid x \notin A] \), drawing uniform points until one falls outside A.
     *
     * @param region the region A, of mass 1/2
     * @param n the dimension, at least 1
     * @param samples the number of accepted points, at least {@value #CHUNKS}
     * @param seed the seed of the streams
     * @param confidence the level \( 1 - \alpha \) of the interval, in (0, 1)
     * @return the conditional mean distance with its Student-t interval
     */
    public static Estimate conditionalMean(CubeRegion region, int n, long samples, long seed, double confidence) {
        check(region, n, samples, confidence);
        return StudentMean.estimate(ParallelMoments.collect(rng -> {
            double d;
            do {
                d = region.distance(point(n, rng));
            } while (d == 0);
            return d;
        }, samples, seed, CHUNKS), confidence);
    }

    private static double[] point(int n, UniformRandomProvider rng) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble();
        }
        return x;
    }

    private static void check(Object region, int n, long samples, double confidence) {
        Guard.notNull("region", region);
        Guard.atLeast("n", n, 1);
        Guard.atLeast("samples", samples, CHUNKS);
        Guard.confidence(confidence);
    }
}

package hdae.numeric.mc.region;

import hdae.numeric.mc.Estimate;
import java.util.List;

/**
 * The seeded Monte Carlo runs of the audit, shared by the tests of this package and by the audit
 * report, so that the report prints exactly the figures the tests assert on.
 *
 * <p>Every run uses \( m = \min(10^5, \max(4000, 2\cdot 10^7/n)) \) points (about \( 2\cdot 10^7 \) coordinate
 * draws, well under a second), a seed fixed by the region and n, and a Student-t interval of confidence
 * \( 1 - 10^{-6} \). The centre half-space and its hyperplane share seeds, so their estimates are paired.
 */
public final class AuditRuns {
    /** Confidence of every interval: \( \alpha = 10^{-6} \) is the false-alarm rate of an assertion on it. */
    public static final double CONFIDENCE = 1 - 1e-6;
    /** The dimensions of the audit's table, from 2 to 4096. */
    public static final List<Integer> DIMENSIONS = List.of(2, 4, 16, 64, 256, 1024, 4096);

    private AuditRuns() {
    }

    /**
     * The sample count for dimension n.
     *
     * @param n the dimension
     * @return \( \min(10^5, \max(4000, 2\cdot 10^7/n)) \)
     */
    public static long samplesFor(int n) {
        return Math.min(100_000, Math.max(4000, 20_000_000 / n));
    }

    /**
     * \( \mathbb{E}_x\, d_2(x, \{x_1 \ge 1/2\}) \); exact value 1/8.
     *
     * @param n the dimension
     * @return the estimate
     */
    public static Estimate coordinateMean(int n) {
        return RegionDistanceSampler.mean(CubeRegion.COORDINATE_HALF_SPACE, n, samplesFor(n), 10_000L + n, CONFIDENCE);
    }

    /**
     * \( \mathbb{E}[d_\infty(x, \{x_1 \ge 1/2\}) \mid x_1 < 1/2] \); exact value 1/4.
     *
     * @param n the dimension
     * @return the estimate
     */
    public static Estimate coordinateMaxNormFromOutside(int n) {
        return RegionDistanceSampler.conditionalMean(CubeRegion.COORDINATE_HALF_SPACE, n, samplesFor(n), 20_000L + n,
                CONFIDENCE);
    }

    /**
     * \( \mathbb{E}_x\, d_2(x, A) \) for the half-space through the centre inside the cube (true distance).
     *
     * @param n the dimension
     * @return the estimate
     */
    public static Estimate centreMean(int n) {
        return RegionDistanceSampler.mean(CubeRegion.CENTRE_HALF_SPACE, n, samplesFor(n), 30_000L + n, CONFIDENCE);
    }

    /**
     * The mean distance to the hyperplane of the centre half-space (0 inside it), on the points of
     * {@link #centreMean}.
     *
     * @param n the dimension
     * @return the estimate
     */
    public static Estimate centreHyperplaneMean(int n) {
        return RegionDistanceSampler.mean(CubeRegion.CENTRE_HYPERPLANE, n, samplesFor(n), 30_000L + n, CONFIDENCE);
    }

    /**
     * \( \mathbb{E}[d(x, A) \mid x \notin A] \) for the max unit \( A = \{\max_i x_i \ge 2^{-1/n}\} \); exact value
     * \( 2^{-1/n}/(n+1) \).
     *
     * @param n the dimension
     * @return the estimate
     */
    public static Estimate maxUnitFromOutside(int n) {
        return RegionDistanceSampler.conditionalMean(CubeRegion.MAX_UNIT, n, samplesFor(n), 40_000L + n, CONFIDENCE);
    }
}

package hdae.numeric.mc.region;

/**
 * Decision regions of mass one half in the cube \( [0,1]^n \), with the exact distance of a point to each.
 *
 * <ul>
 *   <li>{@link #COORDINATE_HALF_SPACE}: \( A = \{x_1 \ge \tfrac12\} \); \( d_2(x, A) = d_\infty(x, A) =
 *       \max(0, \tfrac12 - x_1) \), so \( \mathbb{E}\,d_2 = 1/8 \) and \( \mathbb{E}[d_\infty \mid x \notin A] = 1/4 \)
 *       in every dimension.</li>
 *   <li>{@link #CENTRE_HALF_SPACE}: \( A = \{\sum_i (x_i - \tfrac12) \ge 0\} \cap [0,1]^n \), the true Euclidean
 *       distance by {@link CentreHalfSpaceProjection#distance}.</li>
 *   <li>{@link #CENTRE_HYPERPLANE}: the same half-space, but the distance to its bounding hyperplane
 *       (ignoring the cube), a lower bound of the true distance whose mean tends to
 *       \( \tfrac12\sqrt{1/12}\sqrt{2/\pi} \).</li>
 *   <li>{@link #MAX_UNIT}: \( A = \{\max_i x_i \ge t\} \) with \( t = 2^{-1/n} \), a non-linear region;
 *       \( d_\infty(x, A) = d_2(x, A) = \max(0, t - \max_i x_i) \) and \( \mathbb{E}[d \mid x \notin A] = t/(n+1) \).</li>
 * </ul>
 */
public enum CubeRegion {
    /** \( \{x_1 \ge 1/2\} \). */
    COORDINATE_HALF_SPACE {
        @Override
        public double distance(double[] x) {
            return Math.max(0, 0.5 - x[0]);
        }
    },
    /** \( \{\sum_i (x_i - 1/2) \ge 0\} \) inside the cube, true Euclidean distance. */
    CENTRE_HALF_SPACE {
        @Override
        public double distance(double[] x) {
            return CentreHalfSpaceProjection.distance(x);
        }
    },
    /** The hyperplane of {@link #CENTRE_HALF_SPACE}: distance to it from outside the half-space, 0 inside. */
    CENTRE_HYPERPLANE {
        @Override
        public double distance(double[] x) {
            return CentreHalfSpaceProjection.hyperplaneDistance(x);
        }
    },
    /** \( \{\max_i x_i \ge 2^{-1/n}\} \), a max unit over the pixels. */
    MAX_UNIT {
        @Override
        public double distance(double[] x) {
            double max = 0;
            for (double v : x) {
                max = Math.max(max, v);
            }
            return Math.max(0, threshold(x.length) - max);
        }
    };

    /**
     * The distance of a point to the region: Euclidean, and for {@link #COORDINATE_HALF_SPACE} and
     * {@link #MAX_UNIT} also the max-norm distance (the nearest point moves one coordinate).
     *
     * @param x a point of \( [0,1]^n \), not modified
     * @return the distance, 0 exactly when x lies in the region
     */
    public abstract double distance(double[] x);

    /**
     * Whether a point lies in the region.
     *
     * @param x a point of the cube
     * @return {@code distance(x) == 0}
     */
    public boolean contains(double[] x) {
        return distance(x) == 0;
    }

    /**
     * The threshold of {@link #MAX_UNIT}.
     *
     * @param n the dimension
     * @return \( t = 2^{-1/n} \), so that \( \Pr[\max_i x_i < t] = t^n = 1/2 \)
     */
    public static double threshold(int n) {
        return Math.pow(2, -1.0 / n);
    }
}

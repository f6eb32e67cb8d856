package hdae.numeric.mc.region;

/**
 * The Euclidean projection of a point of the cube onto the half-space through the centre, intersected with the
 * cube.
 *
 * <p>For \( x \in [0,1]^n \) with \( \sum_i x_i < n/2 \), the nearest point of
 * \( A = \{ y \in [0,1]^n : \sum_i y_i \ge n/2 \} \) is, by the Karush-Kuhn-Tucker conditions of the convex
 * problem \( \min \|y - x\|_2^2 \), \( y_i = \min(x_i + \lambda, 1) \) (the lower bound 0 is never active, as
 * \( \lambda \ge 0 \)) with the multiplier \( \lambda \ge 0 \) the root of
 * \[ g(\lambda) = \sum_i \min(x_i + \lambda, 1) - \frac n2 . \]
 * \( g \) is increasing, concave and piecewise linear, so Newton's method from
 * \( \lambda_0 = (n/2 - \sum_i x_i)/n \), where \( g(\lambda_0) \le 0 \), stays below the root and reaches it
 * after crossing finitely many breakpoints (each step uses the slope \( \#\{i : x_i + \lambda < 1\} \ge 1 \)).
 * Without the cube the distance would be the hyperplane distance \( (n/2 - \sum_i x_i)/\sqrt n = \lambda_0\sqrt n \);
 * coordinates that hit 1 make the true distance larger (for example at \( n = 3 \), \( x = (1, 0, 0) \):
 * 0.3536 against 0.2887).
 */
public final class CentreHalfSpaceProjection {
    /** Newton steps never exceed n + 1: each one saturates at least one more coordinate or lands on the root. */
    private static final int EXTRA_STEPS = 2;

    private CentreHalfSpaceProjection() {
    }

    /**
     * The multiplier \( \lambda \) of the projection.
     *
     * @param x a point of the cube, not modified
     * @return 0 when \( \sum_i x_i \ge n/2 \) (x lies in A), else the root of \( g \)
     */
    public static double multiplier(double[] x) {
        int n = x.length;
        double target = n / 2.0;
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        if (sum >= target) {
            return 0;
        }
        double lambda = (target - sum) / n;
        int previousFree = -1;
        for (int step = 0; step < n + EXTRA_STEPS; step++) {
            double g = 0;
            int free = 0;
            for (double v : x) {
                double y = v + lambda;
                if (y < 1) {
                    g += y;
                    free++;
                } else {
                    g += 1;
                }
            }
            double deficit = target - g;
            // an unchanged set of free coordinates means the last step solved the linear piece exactly (up to
            // rounding); a deficit at rounding level means the same
            if (deficit <= 1e-14 * n || free == previousFree) {
                return lambda;
            }
            lambda += deficit / free;
            previousFree = free;
        }
        return lambda;
    }

    /**
     * The Euclidean distance \( d_2(x, A) \).
     *
     * @param x a point of the cube, not modified
     * @return \( \| \min(x + \lambda, 1) - x \|_2 \), 0 inside A
     */
    public static double distance(double[] x) {
        double lambda = multiplier(x);
        if (lambda == 0) {
            return 0;
        }
        double sq = 0;
        for (double v : x) {
            double d = Math.min(v + lambda, 1) - v;
            sq += d * d;
        }
        return Math.sqrt(sq);
    }

    /**
     * The Euclidean distance to the hyperplane \( H \) for points outside A, 0 inside: a lower bound of
     * {@link #distance}.
     *
     * @param x a point of the cube, not modified
     * @return \( \max(0, n/2 - \sum_i x_i)/\sqrt n \)
     */
    public static double hyperplaneDistance(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return Math.max(0, x.length / 2.0 - sum) / Math.sqrt(x.length);
    }
}

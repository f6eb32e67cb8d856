package hdae.validate.certify;

import hdae.validate.model.DenseLayerParameters;

import java.util.List;

/**
 * Exact minimal distances where they are known in closed form or by a one-dimensional monotone search, for the
 * certificate tests: the half-space \(\{x : w^\top x + c \le 0\}\) inside the unit cube.
 *
 * <p>L2: the nearest point of the cube in the half-space is \(\mathrm{clip}(x - t w)\) for the \(t \ge 0\) at which
 * \(w^\top \mathrm{clip}(x - t w) + c = 0\) (the projection onto the intersection of a box and a half-space,
 * by the KKT conditions), a continuous decreasing function of t; found by bisection to 1e-13. L-infinity: the
 * smallest \(\varepsilon\) with \(c + \sum_i \min(w_i \ell_i, w_i u_i) \le 0\) over the box \([\max(0, x -
 * \varepsilon), \min(1, x + \varepsilon)]\), again monotone. Infinity when the cube misses the half-space.
 */
final class ExactDistances {

    private ExactDistances() {
    }

    static double l2ToHalfSpace(double[] w, double c, double[] x) {
        if (value(w, c, corner(w, x, Double.POSITIVE_INFINITY)) > 0) {
            return Double.POSITIVE_INFINITY;
        }
        double lo = 0;
        double hi = 1;
        while (value(w, c, clip(x, w, hi)) > 0) {
            hi *= 2;
        }
        for (int k = 0; k < 200 && hi - lo > 1e-15 * hi; k++) {
            double mid = (lo + hi) / 2;
            if (value(w, c, clip(x, w, mid)) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double[] y = clip(x, w, hi);
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += (y[i] - x[i]) * (y[i] - x[i]);
        }
        return Math.sqrt(s);
    }

    static double linfToHalfSpace(double[] w, double c, double[] x) {
        if (value(w, c, corner(w, x, Double.POSITIVE_INFINITY)) > 0) {
            return Double.POSITIVE_INFINITY;
        }
        double lo = 0;
        double hi = 1;
        for (int k = 0; k < 200 && hi - lo > 1e-15; k++) {
            double mid = (lo + hi) / 2;
            if (value(w, c, corner(w, x, mid)) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /** The minimiser of w.y over the cube intersected with the L-infinity ball of radius eps. */
    private static double[] corner(double[] w, double[] x, double eps) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = w[i] > 0 ? Math.max(0, x[i] - eps) : w[i] < 0 ? Math.min(1, x[i] + eps) : x[i];
        }
        return y;
    }

    private static double[] clip(double[] x, double[] w, double t) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.min(1, Math.max(0, x[i] - t * w[i]));
        }
        return y;
    }

    private static double value(double[] w, double c, double[] y) {
        double s = c;
        for (int i = 0; i < y.length; i++) {
            s += w[i] * y[i];
        }
        return s;
    }

    /** A two-class linear network whose margin z_0 - z_1 is w.x + c. */
    static List<DenseLayerParameters> linear(double[] w, double c) {
        double[][] weights = new double[w.length][2];
        for (int i = 0; i < w.length; i++) {
            weights[i][0] = w[i];
        }
        return List.of(new DenseLayerParameters(weights, new double[] {c, 0}));
    }

    /**
     * A network with one hidden unit, \(h = \mathrm{relu}(v^\top x + a)\), and margin \(z_0 - z_1 = p h + q\).
     */
    static List<DenseLayerParameters> oneHiddenUnit(double[] v, double a, double p, double q) {
        double[][] first = new double[v.length][1];
        for (int i = 0; i < v.length; i++) {
            first[i][0] = v[i];
        }
        return List.of(new DenseLayerParameters(first, new double[] {a}),
                new DenseLayerParameters(new double[][] {{p, 0}}, new double[] {q, 0}));
    }
}

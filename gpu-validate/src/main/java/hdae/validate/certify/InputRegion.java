package hdae.validate.certify;

import hdae.validate.ValidationException;
import hdae.validate.attack.Box;
import hdae.validate.norm.Norm;

/**
 * The set of inputs a bound is taken over: a ball intersected with a box,
 * \[ \mathcal{X} = \{x : \|x - x_0\|_p \le \varepsilon\} \cap [\mathit{lo}, \mathit{hi}]^n,
 * \qquad p \in \{2, \infty\}, \]
 * and a rigorous lower bound of a linear function over it, \(\min_{x \in \mathcal{X}} a^\top x\).
 *
 * <p>L-infinity: \(\mathcal{X}\) is the box \(\prod_i [\max(\mathit{lo}, x_{0i} - \varepsilon),
 * \min(\mathit{hi}, x_{0i} + \varepsilon)]\) and the minimum is \(\sum_i \min(a_i \ell_i, a_i u_i)\).
 *
 * <p>L2 without box: \(a^\top x_0 - \varepsilon \|a\|_2\) (Cauchy-Schwarz). L2 with box: weak Lagrangian duality.
 * For every \(\mu \ge 0\) and every \(x \in \mathcal{X}\), \(a^\top x \ge a^\top x + \mu(\|x - x_0\|_2^2 -
 * \varepsilon^2)\), so
 * \[ \min_{\mathcal{X}} a^\top x \ge g(\mu) = \sum_i \min_{x_i \in [\ell_i, u_i]} \big(a_i x_i + \mu (x_i -
 * x_{0i})^2\big) - \mu \varepsilon^2, \]
 * a separable bound, where \([\ell_i, u_i]\) is the box of the L-infinity ball of the same radius (it contains the
 * L2 ball). Each one-dimensional minimum is at \(\mathrm{clip}(x_{0i} - a_i/(2\mu))\); where the vertex lies
 * inside (or too close to an end to decide in floating point) its value \(a_i x_{0i} - a_i^2/(4\mu)\), never more
 * than the constrained minimum, is used. The bound is the larger of \(g(0)\) (the box alone) and \(g(\mu)\) at the
 * \(\mu\) found by a sorted scan for \(\|x(\mu) - x_0\|_2 = \varepsilon\) (the maximiser of the concave \(g\)); with
 * exact arithmetic it equals the minimum (strong duality of this convex problem). Rounding: see
 * {@link Rounding}; the coordinate bounds \(\ell_i, u_i\) are rounded outwards.
 *
 * @param center \(x_0\)
 * @param eps    \(\varepsilon \ge 0\)
 * @param norm   L2 or LINF
 * @param box    the box; {@link Box#UNBOUNDED} for none
 */
public record InputRegion(double[] center, double eps, Norm norm, Box box) {

    /** Validates. */
    public InputRegion {
        if (norm != Norm.L2 && norm != Norm.LINF) {
            throw ValidationException.expected("L2 or LINF", "norm", norm);
        }
        if (!(eps >= 0 && eps < Double.POSITIVE_INFINITY)) {
            throw ValidationException.expected("finite eps >= 0", "eps", eps);
        }
        for (double v : center) {
            if (!(v >= box.lower() && v <= box.upper())) {
                throw ValidationException.expected("a center inside the box " + box, "center", v);
            }
        }
    }

    /** @return the dimension n */
    public int dimension() {
        return center.length;
    }

    /**
     * The same ball with another radius.
     *
     * @param radius the new \(\varepsilon\)
     * @return the region
     */
    public InputRegion withEps(double radius) {
        return new InputRegion(center, radius, norm, box);
    }

    /**
     * Outward-rounded lower ends \(\ell_i \le \max(\mathit{lo}, x_{0i} - \varepsilon)\).
     *
     * @return one per coordinate
     */
    public double[] lowerCorner() {
        double[] out = new double[center.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(box.lower(), Math.nextDown(center[i] - eps));
        }
        return out;
    }

    /**
     * Outward-rounded upper ends \(u_i \ge \min(\mathit{hi}, x_{0i} + \varepsilon)\).
     *
     * @return one per coordinate
     */
    public double[] upperCorner() {
        double[] out = new double[center.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.min(box.upper(), Math.nextUp(center[i] + eps));
        }
        return out;
    }

    /**
     * A rigorous lower bound of \(\min_{x \in \mathcal{X}} a^\top x\).
     *
     * @param a the coefficients, length n
     * @return the bound
     */
    public double minimum(double[] a) {
        return minimum(a, lowerCorner(), upperCorner());
    }

    /**
     * {@link #minimum(double[])} with the corners already computed.
     *
     * @param a  the coefficients
     * @param lo {@link #lowerCorner()}
     * @param hi {@link #upperCorner()}
     * @return the bound
     */
    double minimum(double[] a, double[] lo, double[] hi) {
        return minimum(a, lo, hi, Double.POSITIVE_INFINITY);
    }

    /**
     * {@link #minimum(double[], double[], double[])}, skipping the dual bound where the larger of the box and the
     * ball bounds already reaches {@code enough} (a caller that only needs to know whether a bound is positive).
     *
     * @param a      the coefficients
     * @param lo     {@link #lowerCorner()}
     * @param hi     {@link #upperCorner()}
     * @param enough the value beyond which the caller needs no tighter bound
     * @return a rigorous lower bound
     */
    double minimum(double[] a, double[] lo, double[] hi, double enough) {
        return minimum(a, lo, hi, enough, null);
    }

    /**
     * {@link #minimum(double[], double[], double[], double)} with the sums of a at the center already computed
     * (they do not depend on \(\varepsilon\)): the same bits.
     *
     * <p>Without a box (both ends infinite) the box bound is skipped where it provably cannot exceed the ball bound:
     * there \(\ell_i \le x_{0i} - \varepsilon\) and \(u_i \ge x_{0i} + \varepsilon\), so the box bound is at most
     * \(a^\top x_0 - \varepsilon\|a\|_1\); when an upper bound of that ({@link CenterSums#boxAbove}) is below the
     * ball bound, the larger of the two is the ball bound, as computed.
     *
     * @param a      the coefficients
     * @param lo     {@link #lowerCorner()}
     * @param hi     {@link #upperCorner()}
     * @param enough the value beyond which the caller needs no tighter bound
     * @param known  {@link #sums(double[])} of a, or null
     * @return a rigorous lower bound
     */
    double minimum(double[] a, double[] lo, double[] hi, double enough, CenterSums known) {
        if (norm == Norm.LINF) {
            return boxMinimum(a, lo, hi);
        }
        CenterSums sums = known != null ? known : sums(a);
        double ball = sums.ballMinimum(eps);
        boolean unbounded = box.lower() == Double.NEGATIVE_INFINITY && box.upper() == Double.POSITIVE_INFINITY;
        double cheap = unbounded && sums.boxAbove(eps) < ball ? ball : Math.max(boxMinimum(a, lo, hi), ball);
        if (!Double.isFinite(box.lower()) || !Double.isFinite(box.upper()) || cheap >= enough) {
            return cheap;
        }
        double mu = dualVariable(a, lo, hi);
        if (!(mu > 0)) {
            return cheap;
        }
        // g(mu) is NaN only where a weight 0 meets an overflowed term (mu = +Infinity, where g = -Infinity too)
        double g = dual(a, lo, hi, mu);
        return Double.isNaN(g) ? cheap : Math.max(cheap, g);
    }

    /**
     * A point of \(\mathcal{X}\) (up to rounding) at or near the minimiser of \(a^\top x\), for gradients.
     *
     * @param a the coefficients
     * @return the point
     */
    public double[] minimiser(double[] a) {
        return minimiser(a, lowerCorner(), upperCorner());
    }

    double[] minimiser(double[] a, double[] lo, double[] hi) {
        double[] x = new double[a.length];
        if (norm == Norm.LINF) {
            for (int i = 0; i < x.length; i++) {
                x[i] = a[i] > 0 ? lo[i] : a[i] < 0 ? hi[i] : center[i];
            }
            return x;
        }
        double mu = Double.isFinite(box.lower()) && Double.isFinite(box.upper()) ? dualVariable(a, lo, hi)
                : norm2(a) / (2 * eps);
        for (int i = 0; i < x.length; i++) {
            x[i] = mu > 0 ? clip(center[i] - a[i] / (2 * mu), lo[i], hi[i]) : a[i] > 0 ? lo[i] : a[i] < 0 ? hi[i]
                    : center[i];
        }
        return x;
    }

    private static double boxMinimum(double[] a, double[] lo, double[] hi) {
        double sum = 0;
        double abs = 0;
        for (int i = 0; i < a.length; i++) {
            // a_i lo_i if a_i > 0, else a_i hi_i (rounding is monotone; at a_i = 0 both are 0): no branch to mispredict
            double t = Math.min(a[i] * lo[i], a[i] * hi[i]);
            sum += t;
            abs += Math.abs(t);
        }
        return Rounding.down(sum, abs, a.length);
    }

    /**
     * The sums of a at the center that the ball bound needs.
     *
     * @param a the coefficients
     * @return \(\mathrm{fl}(a^\top x_0)\), its sum of absolute terms, \(\mathrm{fl}(\|a\|_2^2)\) and
     *         \(\mathrm{fl}(\|a\|_1)\)
     */
    CenterSums sums(double[] a) {
        double sum = 0;
        double abs = 0;
        double squares = 0;
        double l1 = 0;
        for (int i = 0; i < a.length; i++) {
            double t = a[i] * center[i];
            sum += t;
            abs += Math.abs(t);
            squares += a[i] * a[i];
            l1 += Math.abs(a[i]);
        }
        return new CenterSums(sum, abs, squares, l1, a.length);
    }

    /**
     * Computed sums of a linear function's coefficients a at the center \(x_0\), independent of \(\varepsilon\).
     *
     * @param dot     \(\mathrm{fl}(\sum_i a_i x_{0i})\)
     * @param dotAbs  \(\mathrm{fl}(\sum_i |a_i x_{0i}|)\)
     * @param squares \(\mathrm{fl}(\sum_i a_i^2)\)
     * @param l1      \(\mathrm{fl}(\sum_i |a_i|)\)
     * @param terms   n
     */
    record CenterSums(double dot, double dotAbs, double squares, double l1, int terms) {

        /** \(a^\top x_0 - \varepsilon\|a\|_2\), rounded down (Cauchy-Schwarz). */
        double ballMinimum(double eps) {
            double norm = Math.nextUp(Math.sqrt(Rounding.up(squares, squares, terms)));
            double reach = Math.nextUp(eps * norm);
            return Math.nextDown(Rounding.down(dot, dotAbs, terms) - reach);
        }

        /** An upper bound of \(a^\top x_0 - \varepsilon\|a\|_1\), rounded up. */
        double boxAbove(double eps) {
            double l1Below = Rounding.down(l1, l1, terms);
            return Math.nextUp(Rounding.up(dot, dotAbs, terms) - Math.nextDown(eps * l1Below));
        }
    }

    /**
     * The maximiser of g: 0 when the box corner minimising a.x lies in the ball; otherwise \(\mu = 1/(2\tau)\)
     * where \(\psi(\tau) = \sum_i \mathrm{clip}(-a_i\tau, \ell_i - x_{0i}, u_i - x_{0i})^2 = \varepsilon^2\).
     * Coordinate i saturates at \(\tau_i = r_i/|a_i|\), its room \(r_i\) towards the face it moves to; with the
     * \(\tau_i\) in increasing order, \(\psi = \tau^2 A + C\) between breakpoints (A the sum of \(a_i^2\) still
     * free, C the sum of \(r_i^2\) saturated), so one scan finds the root exactly. Only the branch choice depends
     * on the order: any \(\mu \ge 0\) gives a sound bound.
     *
     * <p>The scan stops at the root, after a few of the n breakpoints, so only those are sorted: the breakpoints
     * below a threshold, starting at \(2\varepsilon/\sqrt{A_0}\) (the root is at least \(\varepsilon/\sqrt{A_0}\),
     * since \(\psi(\tau) \le \tau^2 A_0\), \(A_0 = \sum_i a_i^2\) over the coordinates that can move) and
     * multiplied by 4 until the scan stops. Each batch is the next part of the sorted order, so the result is the
     * same as with a full sort.
     */
    private double dualVariable(double[] a, double[] lo, double[] hi) {
        int n = a.length;
        double[] room = new double[n];
        double cornerSq = 0;
        for (int i = 0; i < n; i++) {
            // r_i = x0 - lo (a_i > 0), hi - x0 (a_i < 0), 0 (a_i = 0): both rooms are >= 0, so the larger of the
            // first with the sign of a_i and the second with the sign of -a_i, without a branch on that sign
            double r = Math.max(Math.copySign(center[i] - lo[i], a[i]), Math.copySign(hi[i] - center[i], -a[i]));
            if (a[i] == 0) {
                r = 0;
            }
            room[i] = r;
            cornerSq += r * r;
        }
        double eps2 = eps * eps;
        if (cornerSq <= eps2 || !(eps > 0)) {
            return 0;
        }
        // keys: the breakpoint's bits with the low bits replaced by the coordinate (tau >= 0 orders as a long);
        // a coordinate that cannot move (a_i = 0 or r_i = +-0) gets tau = NaN or +Infinity, outside every batch
        long mask = (1L << (32 - Integer.numberOfLeadingZeros(n))) - 1;
        long[] keys = new long[n];
        double free = 0;
        for (int i = 0; i < n; i++) {
            // 1 when r_i > 0, 0 when r_i is +0 or -0 (its bits without the sign are 0), without a branch
            long bits = Double.doubleToRawLongBits(room[i]) & Long.MAX_VALUE;
            double moves = (bits | -bits) >>> 63;
            free += a[i] * a[i] * moves;
            keys[i] = (Double.doubleToRawLongBits(room[i] / (Math.abs(a[i]) * moves)) & ~mask) | i;
        }
        long last = Double.doubleToRawLongBits(Double.POSITIVE_INFINITY) & ~mask;
        long[] batch = new long[n];
        double fixed = 0;
        long from = 0;
        for (double threshold = 2 * Math.sqrt(eps2 / free); from < last; threshold *= 4) {
            long to = Math.min(last, Double.doubleToRawLongBits(threshold) & ~mask);
            int m = 0;
            for (long key : keys) {
                if (key >= from && key < to) {
                    batch[m++] = key;
                }
            }
            java.util.Arrays.sort(batch, 0, m);
            for (int k = 0; k < m; k++) {
                int i = (int) (batch[k] & mask);
                double t = room[i] / Math.abs(a[i]);
                if (t * t * free + fixed >= eps2) {
                    return root(eps2, fixed, free);
                }
                free -= a[i] * a[i];
                fixed += room[i] * room[i];
            }
            from = to;
        }
        return root(eps2, fixed, free);
    }

    /** \(\mu = 1/(2\tau)\) at the root \(\tau = \sqrt{(\varepsilon^2 - C)/A}\), or 0 when there is none. */
    private static double root(double eps2, double fixed, double free) {
        if (!(free > 0) || !(fixed < eps2)) {
            return 0;
        }
        return 1 / (2 * Math.sqrt((eps2 - fixed) / free));
    }

    /** g(mu), rounded down. */
    private double dual(double[] a, double[] lo, double[] hi, double mu) {
        double sum = 0;
        double abs = 0;
        // tau = fl(1/(2 mu)): the vertex only chooses a branch (with a margin of doubt), and -a^2 tau/2 is
        // within a relative 3u of -a^2/(4 mu), inside the allowance of Rounding.down
        double tau = 1 / (2 * mu);
        for (int i = 0; i < a.length; i++) {
            double x0 = center[i];
            double ai = a[i];
            double shift = ai * tau;
            double vertex = x0 - shift;
            double doubt = 1e-12 * (Math.abs(x0) + Math.abs(shift)) + Rounding.TINY;
            // the case as 0/1 weights, not branches (the case follows the sign of a_i, which a branch predictor
            // cannot guess): the vertex below the lower face, above the upper one, or inside (or too close to a
            // face to decide); each weighted sum has one term x * 1 and two terms +-0, so it is x
            int below = vertex < lo[i] - doubt ? 1 : 0;
            int above = (1 - below) & (vertex > hi[i] + doubt ? 1 : 0);
            int inside = 1 - below - above;
            double dl = lo[i] - x0;
            double dh = hi[i] - x0;
            double t1 = below * (ai * lo[i]) + above * (ai * hi[i]) + inside * (ai * x0);
            double t2 = below * (mu * dl * dl) + above * (mu * dh * dh) + inside * -(ai * shift / 2);
            sum += t1 + t2;
            abs += Math.abs(t1) + Math.abs(t2);
        }
        double penalty = Math.nextUp(mu * eps * eps * (1 + 8 * Rounding.UNIT));
        return Math.nextDown(Rounding.down(sum, abs, 8L * a.length) - penalty);
    }

    private static double norm2(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    private static double clip(double v, double lo, double hi) {
        return Math.min(hi, Math.max(lo, v));
    }
}

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
        double boxOnly = boxMinimum(a, lo, hi);
        if (norm == Norm.LINF) {
            return boxOnly;
        }
        double cheap = Math.max(boxOnly, ballMinimum(a));
        if (!Double.isFinite(box.lower()) || !Double.isFinite(box.upper()) || cheap >= enough) {
            return cheap;
        }
        double mu = dualVariable(a, lo, hi);
        return mu > 0 ? Math.max(cheap, dual(a, lo, hi, mu)) : cheap;
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

    /** \(a^\top x_0 - \varepsilon\|a\|_2\), rounded down. */
    private double ballMinimum(double[] a) {
        double sum = 0;
        double abs = 0;
        double squares = 0;
        for (int i = 0; i < a.length; i++) {
            double t = a[i] * center[i];
            sum += t;
            abs += Math.abs(t);
            squares += a[i] * a[i];
        }
        double norm = Math.nextUp(Math.sqrt(Rounding.up(squares, squares, a.length)));
        double reach = Math.nextUp(eps * norm);
        return Math.nextDown(Rounding.down(sum, abs, a.length) - reach);
    }

    /**
     * The maximiser of g: 0 when the box corner minimising a.x lies in the ball; otherwise \(\mu = 1/(2\tau)\)
     * where \(\psi(\tau) = \sum_i \mathrm{clip}(-a_i\tau, \ell_i - x_{0i}, u_i - x_{0i})^2 = \varepsilon^2\).
     * Coordinate i saturates at \(\tau_i = r_i/|a_i|\), its room \(r_i\) towards the face it moves to; with the
     * \(\tau_i\) in increasing order, \(\psi = \tau^2 A + C\) between breakpoints (A the sum of \(a_i^2\) still
     * free, C the sum of \(r_i^2\) saturated), so one scan finds the root exactly. The scan stops at the root, which
     * usually comes after a few of the n breakpoints, so they are drawn from a binary min-heap (built in O(n), each
     * draw O(log n)) rather than sorted in full (O(n log n)); the order drawn is the sorted order, so the result is
     * the same. Only the branch choice depends on the order: any \(\mu \ge 0\) gives a sound bound.
     */
    private double dualVariable(double[] a, double[] lo, double[] hi) {
        double cornerSq = 0;
        for (int i = 0; i < a.length; i++) {
            double d = (a[i] > 0 ? lo[i] : a[i] < 0 ? hi[i] : center[i]) - center[i];
            cornerSq += d * d;
        }
        double eps2 = eps * eps;
        if (cornerSq <= eps2 || !(eps > 0)) {
            return 0;
        }
        int n = a.length;
        // heap keys: the breakpoint's bits with the low bits replaced by the coordinate (tau >= 0 orders as a long)
        long mask = (1L << (32 - Integer.numberOfLeadingZeros(n))) - 1;
        long[] keys = new long[n];
        int m = 0;
        double free = 0;
        for (int i = 0; i < n; i++) {
            double room = room(a, lo, hi, i);
            if (a[i] != 0 && room > 0) {
                keys[m++] = (Double.doubleToRawLongBits(room / Math.abs(a[i])) & ~mask) | i;
                free += a[i] * a[i];
            }
        }
        for (int k = m / 2 - 1; k >= 0; k--) {
            siftDown(keys, k, m);
        }
        double fixed = 0;
        for (int size = m; size > 0; size--) {
            int i = (int) (keys[0] & mask);
            double room = room(a, lo, hi, i);
            double t = room / Math.abs(a[i]);
            if (t * t * free + fixed >= eps2) {
                break;
            }
            free -= a[i] * a[i];
            fixed += room * room;
            keys[0] = keys[size - 1];
            siftDown(keys, 0, size - 1);
        }
        if (!(free > 0) || !(fixed < eps2)) {
            return 0;
        }
        return 1 / (2 * Math.sqrt((eps2 - fixed) / free));
    }

    /** Restores the min-heap order of {@code heap[0..size)} below position k (children of k: 2k + 1, 2k + 2). */
    private static void siftDown(long[] heap, int k, int size) {
        long key = heap[k];
        int at = k;
        for (int child = 2 * at + 1; child < size; child = 2 * at + 1) {
            if (child + 1 < size && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[child] >= key) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = key;
    }

    /** How far coordinate i can move against a_i before it meets the box face. */
    private double room(double[] a, double[] lo, double[] hi, int i) {
        return a[i] > 0 ? center[i] - lo[i] : hi[i] - center[i];
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
            double t1;
            double t2;
            if (vertex < lo[i] - doubt) {
                double d = lo[i] - x0;
                t1 = ai * lo[i];
                t2 = mu * d * d;
            } else if (vertex > hi[i] + doubt) {
                double d = hi[i] - x0;
                t1 = ai * hi[i];
                t2 = mu * d * d;
            } else {
                t1 = ai * x0;
                t2 = -(ai * shift / 2);
            }
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

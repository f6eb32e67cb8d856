package hdae.numeric.interval;

import hdae.numeric.NumericException;

/**
 * A closed interval \([lo, hi]\) of the extended reals, with arithmetic rounded outward: every result
 * contains the exact result for all points of the operands. The basic operations and the square root
 * are correctly rounded in IEEE 754, so one ulp outward suffices, and an exact sum, product or
 * reciprocal (detected by TwoSum and fused multiply-add) is not moved at all, so that 0 stays 0; library functions (exp, log, and
 * Commons Numbers' special functions) are widened by {@link #LIBRARY_ULPS} ulps, a margin well above
 * their documented error of a few ulps. That margin is an assumption of rigour, stated wherever a
 * proof rests on it.
 *
 * @param lo lower end
 * @param hi upper end
 */
public record Interval(double lo, double hi) {
    /** Outward widening, in ulps, of library function values. */
    public static final int LIBRARY_ULPS = 64;
    public static final Interval ENTIRE = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    public Interval {
        if (!(lo <= hi)) {
            throw NumericException.expected("lo <= hi (and neither NaN)", "interval", "[" + lo + ", " + hi + "]");
        }
    }

    public static Interval point(double x) {
        return new Interval(x, x);
    }

    public static Interval of(double lo, double hi) {
        return new Interval(lo, hi);
    }

    public double width() {
        return hi - lo;
    }

    public double mid() {
        return Double.isInfinite(lo) || Double.isInfinite(hi) ? (lo + hi) : lo + (hi - lo) / 2;
    }

    public boolean containsZero() {
        return lo <= 0 && hi >= 0;
    }

    public Interval plus(Interval o) {
        return new Interval(sumDown(lo, o.lo), sumUp(hi, o.hi));
    }

    public Interval minus(Interval o) {
        return new Interval(sumDown(lo, -o.hi), sumUp(hi, -o.lo));
    }

    /**
     * a + b rounded down: the double sum is already a lower bound when it is exact, which the
     * error-free transformation TwoSum (Knuth) detects; only an inexact sum is moved one ulp.
     */
    private static double sumDown(double a, double b) {
        double r = a + b;
        return exactSum(a, b, r) ? r : down(r);
    }

    private static double sumUp(double a, double b) {
        double r = a + b;
        return exactSum(a, b, r) ? r : up(r);
    }

    private static boolean exactSum(double a, double b, double r) {
        if (!Double.isFinite(r)) {
            return !Double.isNaN(r) && (Double.isInfinite(a) || Double.isInfinite(b));
        }
        double bv = r - a;
        double av = r - bv;
        return (a - av) + (b - bv) == 0;
    }

    /** Whether x * y is exact in double (Math.fma computes x y - r without rounding the product). */
    private static boolean exactProduct(double x, double y, double r) {
        return Double.isFinite(r) ? Math.fma(x, y, -r) == 0 : !Double.isNaN(r) && (Double.isInfinite(x) || Double.isInfinite(y));
    }

    public Interval negate() {
        return new Interval(-hi, -lo);
    }

    public Interval times(Interval o) {
        double[][] ends = {{lo, o.lo}, {lo, o.hi}, {hi, o.lo}, {hi, o.hi}};
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] e : ends) {
            double p = mul(e[0], e[1]);
            boolean exact = p == 0 || exactProduct(e[0], e[1], p);
            min = Math.min(min, exact ? p : down(p));
            max = Math.max(max, exact ? p : up(p));
        }
        return new Interval(min, max);
    }

    /** 0 * infinity counts as 0 here: an end at infinity stands for arbitrarily large finite values. */
    private static double mul(double x, double y) {
        return x == 0 || y == 0 ? 0 : x * y;
    }

    /**
     * The quotient; a divisor that contains 0 is refused (it throws): the quotient is undefined at that
     * point, and an enclosure such as the whole line would let \(0 \cdot (1/(x - x))\) enclose to [0, 0].
     */
    public Interval divide(Interval o) {
        if (o.containsZero()) {
            throw NumericException.expected("a divisor that excludes 0 (a quotient by 0 is undefined)", "divisor", o);
        }
        return times(new Interval(reciprocal(o.hi, false), reciprocal(o.lo, true)));
    }

    /** 1/x rounded up or down; exact when fma(1/x, x, -1) vanishes (x a power of 2, for instance). */
    private static double reciprocal(double x, boolean roundUp) {
        double r = 1 / x;
        if (Double.isFinite(r) && Math.fma(r, x, -1) == 0) {
            return r;
        }
        return roundUp ? up(r) : down(r);
    }

    /** Integer power, with the even-power case taking the minimum 0 when the interval straddles 0. */
    public Interval pow(int k) {
        if (k == 0) {
            return point(1);
        }
        if (k < 0) {
            return point(1).divide(pow(-k));
        }
        Interval r = this;
        for (int i = 1; i < k; i++) {
            r = r.times(this);
        }
        if (k % 2 == 0 && containsZero()) {
            return new Interval(0, r.hi);
        }
        return r;
    }

    static double down(double x) {
        return Double.isNaN(x) ? Double.NEGATIVE_INFINITY : Math.nextDown(x);
    }

    static double up(double x) {
        return Double.isNaN(x) ? Double.POSITIVE_INFINITY : Math.nextUp(x);
    }

    /** Widen a library function value outward by {@link #LIBRARY_ULPS} ulps. */
    static double libDown(double x) {
        if (Double.isNaN(x)) {
            return Double.NEGATIVE_INFINITY;
        }
        // a value that overflowed to +inf is near MAX_VALUE or above (inf - ulp(inf) would be NaN)
        double v = x == Double.POSITIVE_INFINITY ? Double.MAX_VALUE : x;
        return v - LIBRARY_ULPS * Math.ulp(v);
    }

    static double libUp(double x) {
        if (Double.isNaN(x)) {
            return Double.POSITIVE_INFINITY;
        }
        double v = x == Double.NEGATIVE_INFINITY ? -Double.MAX_VALUE : x;
        return v + LIBRARY_ULPS * Math.ulp(v);
    }

    @Override
    public String toString() {
        return "[" + lo + ", " + hi + "]";
    }
}

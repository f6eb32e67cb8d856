package hdae.numeric.interval;

import hdae.numeric.NumericException;

/**
 * A closed interval \([lo, hi]\) of the extended reals, with arithmetic rounded outward: every result
 * contains the exact result for all points of the operands. The basic operations and the square root
 * are correctly rounded in IEEE 754, so one ulp outward suffices; library functions (exp, log, and
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
        return new Interval(down(lo + o.lo), up(hi + o.hi));
    }

    public Interval minus(Interval o) {
        return new Interval(down(lo - o.hi), up(hi - o.lo));
    }

    public Interval negate() {
        return new Interval(-hi, -lo);
    }

    public Interval times(Interval o) {
        double a = mul(lo, o.lo);
        double b = mul(lo, o.hi);
        double c = mul(hi, o.lo);
        double d = mul(hi, o.hi);
        return new Interval(down(Math.min(Math.min(a, b), Math.min(c, d))), up(Math.max(Math.max(a, b), Math.max(c, d))));
    }

    /** 0 * infinity counts as 0 here: an end at infinity stands for arbitrarily large finite values. */
    private static double mul(double x, double y) {
        return x == 0 || y == 0 ? 0 : x * y;
    }

    public Interval divide(Interval o) {
        if (o.containsZero()) {
            return ENTIRE;
        }
        return times(new Interval(down(1 / o.hi), up(1 / o.lo)));
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

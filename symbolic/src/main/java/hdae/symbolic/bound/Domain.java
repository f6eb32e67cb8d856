package hdae.symbolic.bound;

import hdae.symbolic.SymbolicException;
import java.util.Locale;

/**
 * The set of values of one parameter: an interval of the reals or of the integers, each end open or
 * closed, possibly infinite. Ends that are not exact binary numbers (1/3) are stored rounded outward,
 * so a box built from the domain always covers it.
 *
 * @param integer whether only integers belong to the domain
 * @param lower lower end, possibly {@code -Infinity}
 * @param lowerOpen whether the lower end is excluded
 * @param upper upper end, possibly {@code +Infinity}
 * @param upperOpen whether the upper end is excluded
 */
public record Domain(boolean integer, double lower, boolean lowerOpen, double upper, boolean upperOpen) {
    public Domain {
        if (!(lower <= upper) || lower == Double.POSITIVE_INFINITY || upper == Double.NEGATIVE_INFINITY) {
            throw SymbolicException.expected("lower <= upper", "domain", "[" + lower + ", " + upper + "]");
        }
        if (lower == upper && (lowerOpen || upperOpen)) {
            throw SymbolicException.expected("a non-empty interval", "domain", "(" + lower + ", " + upper + ")");
        }
    }

    public static Domain integersAtLeast(long k) {
        return new Domain(true, k, false, Double.POSITIVE_INFINITY, true);
    }

    public static Domain integersBetween(long a, long b) {
        return new Domain(true, a, false, b, false);
    }

    public static Domain open(double a, double b) {
        return new Domain(false, a, true, b, true);
    }

    public static Domain closed(double a, double b) {
        return new Domain(false, a, false, b, false);
    }

    /** The reals in [a, infinity). */
    public static Domain atLeast(double a) {
        return new Domain(false, a, false, Double.POSITIVE_INFINITY, true);
    }

    /** The reals in (0, infinity). */
    public static Domain positive() {
        return open(0, Double.POSITIVE_INFINITY);
    }

    public static Domain reals() {
        return new Domain(false, Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true);
    }

    public boolean isBounded() {
        return Double.isFinite(lower) && Double.isFinite(upper);
    }

    public boolean contains(double x) {
        boolean above = lowerOpen ? x > lower : x >= lower;
        boolean below = upperOpen ? x < upper : x <= upper;
        return above && below && (!integer || x == Math.rint(x));
    }

    @Override
    public String toString() {
        String ends = (lowerOpen ? "(" : "[") + format(lower) + ", " + format(upper) + (upperOpen ? ")" : "]");
        return (integer ? "integers in " : "reals in ") + ends;
    }

    private static String format(double v) {
        if (v == Double.POSITIVE_INFINITY) {
            return "Infinity";
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return "-Infinity";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%d", (long) v)
                : String.format(Locale.ROOT, "%s", v);
    }
}

package hdae.numeric.interval;

import hdae.numeric.NumericException;
import java.util.function.DoubleUnaryOperator;

/**
 * Enclosures of the circular functions and their principal inverses (DLMF 4.14, 4.23.ii) over an interval.
 *
 * <p>Values come from {@link StrictMath} (fdlibm), whose specification bounds the error of sin, cos, tan,
 * asin, acos and atan by 1 ulp of the exact result, with exact argument reduction; {@link Interval#libDown}
 * and {@link Interval#libUp} widen by {@link Interval#LIBRARY_ULPS} = 64 ulps, far above that bound (and
 * above the factor 2 by which the ulp of the computed value can undercut the ulp of the exact one at a
 * power of 2).
 *
 * <p>sin and cos are not monotone: over \([a, b]\) the range is the hull of the end values and of every
 * extremum \(\pm 1\) at a critical point \(c_k\) (\(\pi/2 + k\pi\) for sin, \(k\pi\) for cos) that may lie in
 * \([a, b]\). The double \(c_k\) is within \(|k| \cdot 2 \cdot 10^{-16}\) of the exact point for \(|c_k| \le
 * 2^{20}\), so a critical point is taken when it lies within {@link #CRITICAL_MARGIN} of the interval: a
 * needless extremum only widens the enclosure. Beyond \(2^{20}\), or over a width of a period, the range is
 * \([-1, 1]\).
 */
final class Trigonometric {
    /** Largest magnitude at which critical points are located; beyond it sin and cos enclose to [-1, 1]. */
    private static final double LOCATED = 0x1p20;
    /** Distance within which a computed critical point counts as inside (its error is below 1e-9 here). */
    private static final double CRITICAL_MARGIN = 1e-6;
    private static final Interval UNIT = new Interval(-1, 1);
    private static final double HALF_PI_UP = Math.nextUp(Math.PI / 2);
    private static final double PI_UP = Math.nextUp(Math.PI);

    private Trigonometric() {
    }

    /** sin: maxima at pi/2 + 2k pi, minima at -pi/2 + 2k pi. */
    static Interval sin(Interval x) {
        return periodic(x, StrictMath::sin, Math.PI / 2);
    }

    /** cos: maxima at 2k pi, minima at pi + 2k pi. */
    static Interval cos(Interval x) {
        return periodic(x, StrictMath::cos, 0);
    }

    /** tan: increasing between its poles pi/2 + k pi; an interval that may hold a pole is refused (it throws). */
    static Interval tan(Interval x) {
        if (mayHoldCriticalPoint(x, Math.PI / 2, Math.PI)) {
            throw NumericException.expected("an interval free of the poles pi/2 + k pi", "Tan", x);
        }
        return new Interval(Interval.libDown(StrictMath.tan(x.lo())), Interval.libUp(StrictMath.tan(x.hi())));
    }

    static Interval arcSin(Interval x) {
        requireUnit(x, "ArcSin");
        return clamp(increasing(x, StrictMath::asin), -HALF_PI_UP, HALF_PI_UP);
    }

    static Interval arcCos(Interval x) {
        requireUnit(x, "ArcCos");
        return clamp(new Interval(Interval.libDown(StrictMath.acos(x.hi())), Interval.libUp(StrictMath.acos(x.lo()))),
                0, PI_UP);
    }

    static Interval arcTan(Interval x) {
        return clamp(increasing(x, StrictMath::atan), -HALF_PI_UP, HALF_PI_UP);
    }

    private static void requireUnit(Interval x, String name) {
        if (!(x.lo() >= -1 && x.hi() <= 1)) {
            throw NumericException.expected("an argument in [-1, 1]", name, x);
        }
    }

    private static Interval increasing(Interval x, DoubleUnaryOperator f) {
        return new Interval(Interval.libDown(f.applyAsDouble(x.lo())), Interval.libUp(f.applyAsDouble(x.hi())));
    }

    /** A function of period 2 pi with a maximum 1 at {@code top} + 2k pi and a minimum -1 half a period away. */
    private static Interval periodic(Interval x, DoubleUnaryOperator f, double top) {
        if (!(Math.abs(x.lo()) <= LOCATED && Math.abs(x.hi()) <= LOCATED) || x.width() >= 2 * Math.PI) {
            return UNIT;
        }
        double a = f.applyAsDouble(x.lo());
        double b = f.applyAsDouble(x.hi());
        double lo = Interval.libDown(Math.min(a, b));
        double hi = Interval.libUp(Math.max(a, b));
        if (mayHoldCriticalPoint(x, top, 2 * Math.PI)) {
            hi = 1;
        }
        if (mayHoldCriticalPoint(x, top + Math.PI, 2 * Math.PI)) {
            lo = -1;
        }
        return clamp(new Interval(lo, hi), -1, 1);
    }

    /** Whether some point phase + k period (k an integer) may lie in x, within the margin. */
    private static boolean mayHoldCriticalPoint(Interval x, double phase, double period) {
        if (!(Math.abs(x.lo()) <= LOCATED && Math.abs(x.hi()) <= LOCATED) || x.width() >= period) {
            return true;
        }
        long first = (long) Math.floor((x.lo() - phase) / period) - 1;
        long last = (long) Math.ceil((x.hi() - phase) / period) + 1;
        for (long k = first; k <= last; k++) {
            double c = phase + k * period;
            if (c + CRITICAL_MARGIN >= x.lo() && c - CRITICAL_MARGIN <= x.hi()) {
                return true;
            }
        }
        return false;
    }

    private static Interval clamp(Interval x, double lo, double hi) {
        return new Interval(Math.max(lo, x.lo()), Math.min(hi, x.hi()));
    }
}

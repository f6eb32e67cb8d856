package hdae.numeric.eval;

import hdae.numeric.NumericException;
import java.util.function.DoubleUnaryOperator;

/**
 * Definite integrals by double-exponential (tanh-sinh) quadrature (Takahasi and Mori 1974): with
 * \(x = \tfrac{a+b}{2} + \tfrac{b-a}{2}\tanh(\tfrac{\pi}{2}\sinh s)\) the trapezoidal rule in \(s\)
 * converges exponentially even for integrands with algebraic endpoint singularities, such as
 * \((1-t^2)^{1/2}\), where Gauss-Legendre rules stall. The step is halved until two levels agree to
 * {@link #RELATIVE_ACCURACY}. Nodes near an end are placed at the end minus the distance
 * \((b-a)/(1 + e^{2u})\), computed directly, so they never round onto the end. An infinite upper end is
 * mapped to a finite one by \(t = a + u/(1-u)\), \(\mathrm{d}t = \mathrm{d}u/(1-u)^2\).
 *
 * <p>Commons Math has no double-exponential rule; its Gauss-Legendre integrators need smooth
 * integrands, which the derivations' Beta-type integrals are not.
 */
final class Quadrature {
    static final double RELATIVE_ACCURACY = 1e-12;
    private static final double HALF_PI = Math.PI / 2;
    /** Truncation of the s-axis: at s = 4.5 the node distance to the end is below 1e-60. */
    private static final double S_MAX = 4.5;
    private static final int MAX_LEVEL = 12;

    private Quadrature() {
    }

    static double integrate(DoubleUnaryOperator f, double lo, double hi) {
        if (lo > hi) {
            return -integrate(f, hi, lo);
        }
        if (lo == hi) {
            return 0;
        }
        if (Double.isInfinite(lo) && Double.isInfinite(hi)) {
            return integrate(f, lo, 0) + integrate(f, 0, hi);
        }
        if (Double.isInfinite(lo)) {
            return integrate(t -> f.applyAsDouble(-t), -hi, Double.POSITIVE_INFINITY);
        }
        if (Double.isInfinite(hi)) {
            return tanhSinh(u -> {
                double w = 1 - u;
                return w == 0 ? 0 : f.applyAsDouble(lo + u / w) / (w * w);
            }, 0, 1);
        }
        return tanhSinh(f, lo, hi);
    }

    private static double tanhSinh(DoubleUnaryOperator f, double a, double b) {
        double half = (b - a) / 2;
        double mid = a + half;
        double h = 1.0;
        double sum = f.applyAsDouble(mid) * HALF_PI;
        sum += sweep(f, a, b, half, h, 1);
        double previous = h * sum;
        for (int level = 1; level <= MAX_LEVEL; level++) {
            h /= 2;
            // the new nodes of this level are the odd multiples of h
            sum += sweep(f, a, b, half, h, 2);
            double estimate = h * sum;
            if (Math.abs(estimate - previous) <= RELATIVE_ACCURACY * Math.abs(estimate) && level >= 3) {
                return half * estimate;
            }
            previous = estimate;
        }
        throw new NumericException("tanh-sinh quadrature did not reach relative accuracy " + RELATIVE_ACCURACY
                + " on [" + a + ", " + b + "]");
    }

    /** Sum of w(s) f(x(s)) over s = k h, k = 1, 1 + stride, ..., both signs. */
    private static double sweep(DoubleUnaryOperator f, double a, double b, double half, double h, int stride) {
        double total = 0;
        for (int k = 1; k * h <= S_MAX; k += stride) {
            double s = k * h;
            double u = HALF_PI * Math.sinh(s);
            double cosh = Math.cosh(u);
            double weight = HALF_PI * Math.cosh(s) / (cosh * cosh);
            // distance of the node to the nearer end, without cancellation: (b - a)/(1 + e^{2u})
            double gap = 2 * half / (1 + Math.exp(2 * u));
            double right = f.applyAsDouble(b - gap);
            double left = f.applyAsDouble(a + gap);
            double term = weight * (right + left);
            if (!Double.isFinite(term)) {
                if (weight * (1 + b - a) < 1e-300) {
                    break;
                }
                throw new NumericException("the integrand is not finite near an end of [" + a + ", " + b + "]");
            }
            total += term;
        }
        return total;
    }
}

package hdae.numeric.eval;

import hdae.symbolic.formula.Fn;
import org.apache.commons.numbers.combinatorics.BinomialCoefficientDouble;
import org.apache.commons.numbers.gamma.Erf;
import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.Gamma;
import org.apache.commons.numbers.gamma.LogGamma;

/** The allow-listed functions in double precision, from Commons Numbers. */
final class Functions {
    private static final double SQRT2 = Math.sqrt(2.0);

    private Functions() {
    }

    static double apply(Fn fn, double[] a) {
        double x = a[0];
        return switch (fn) {
            case SQRT -> Math.sqrt(x);
            case EXP -> Math.exp(x);
            case LOG -> Math.log(x);
            case GAMMA -> Gamma.value(x);
            case LOG_GAMMA -> LogGamma.value(x);
            case ERF -> Erf.value(x);
            case ERFC -> Erfc.value(x);
            // Phi(x) = erfc(-x/sqrt 2)/2: no cancellation in the lower tail
            case PHI -> 0.5 * Erfc.value(-x / SQRT2);
            case ABS -> Math.abs(x);
            case SIGN -> Math.signum(x);
            case MIN -> Math.min(x, a[1]);
            case MAX -> Math.max(x, a[1]);
            case BINOMIAL -> binomial(x, a[1]);
            case FACTORIAL -> Gamma.value(x + 1);
            // StrictMath (fdlibm): within 1 ulp of the exact value, with exact argument reduction for sin/cos/tan;
            // asin/acos are NaN outside [-1, 1], where they are undefined (Definedness reports it)
            case SIN -> StrictMath.sin(x);
            case COS -> StrictMath.cos(x);
            case TAN -> StrictMath.tan(x);
            case ARC_SIN -> StrictMath.asin(x);
            case ARC_COS -> StrictMath.acos(x);
            case ARC_TAN -> StrictMath.atan(x);
        };
    }

    /**
     * C(n, k): for integers 0 <= k <= n < 2^31 by Commons Numbers {@link BinomialCoefficientDouble} (within a
     * few ulps; +Infinity beyond the double range); otherwise Gamma(n+1)/(Gamma(k+1) Gamma(n-k+1)) through
     * LogGamma, rounded when n and k are integers.
     */
    private static double binomial(double n, double k) {
        boolean integers = n == Math.rint(n) && k == Math.rint(k);
        if (integers && (k < 0 || k > n)) {
            return 0.0;
        }
        if (integers && n <= Integer.MAX_VALUE) {
            return BinomialCoefficientDouble.value((int) n, (int) k);
        }
        double v = Math.exp(LogGamma.value(n + 1) - LogGamma.value(k + 1) - LogGamma.value(n - k + 1));
        return integers ? Math.rint(v) : v;
    }
}

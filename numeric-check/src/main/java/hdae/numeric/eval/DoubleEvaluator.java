package hdae.numeric.eval;

import hdae.symbolic.formula.Formula;
import java.util.function.ToDoubleFunction;

/**
 * Double-precision values of formulas. The direct evaluation is used when it is finite and no
 * intermediate result overflowed or underflowed from normal operands; otherwise the formula is
 * evaluated again with signs and logarithms, so that quotients of huge or tiny factors
 * (\(\pi^{n/2}/\Gamma(n/2+1)\) at large \(n\)) come out right when their value is in range. A finite
 * direct result is not enough: at \(n = 400\) the direct evaluation gives \(\pi^{200}/\infty = 0\)
 * for a volume of about \(3 \times 10^{-276}\).
 */
public final class DoubleEvaluator {
    private DoubleEvaluator() {
    }

    public static double value(Formula f, Assignment at) {
        PlainEvaluator plain = new PlainEvaluator(at);
        double v = f.accept(plain);
        if (Double.isFinite(v) && !plain.leftRange()) {
            return v;
        }
        double viaLogs = f.accept(new LogEvaluator(at)).value();
        return Double.isNaN(viaLogs) ? v : viaLogs;
    }

    /**
     * The order of two formulas' values (negative, zero or positive, as {@link Double#compare}), decided
     * with signs and logarithms so that values beyond the double range, such as \(0.2^{10000}\)
     * against 0, still compare correctly. NaN when either side is not a finite real number (or
     * not even in logarithms, such as \(e^{e^{1000}}\)).
     */
    public static double compare(Formula lhs, Formula rhs, Assignment at) {
        LogValue a = lhs.accept(new LogEvaluator(at));
        LogValue b = rhs.accept(new LogEvaluator(at));
        if (!real(a) || !real(b)) {
            return Double.NaN;
        }
        if (a.sign() != b.sign()) {
            return Integer.compare(a.sign(), b.sign());
        }
        return a.sign() * Double.compare(a.log(), b.log());
    }

    /** A finite real number: zero, or a sign with a finite logarithm (an infinite one is a pole or an overflow). */
    private static boolean real(LogValue v) {
        return v.sign() == 0 ? !Double.isNaN(v.log()) : Double.isFinite(v.log());
    }

    /** The formula as a function of an assignment of its free variables. */
    public static ToDoubleFunction<Assignment> compile(Formula f) {
        return at -> value(f, at);
    }
}

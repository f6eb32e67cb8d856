package hdae.numeric.eval;

import hdae.symbolic.formula.Binary;
import hdae.symbolic.formula.Call;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.Integral;
import hdae.symbolic.formula.Limit;
import hdae.symbolic.formula.Neg;
import hdae.symbolic.formula.Op;
import hdae.symbolic.formula.Sum;
import java.util.Optional;

/**
 * Where a formula has no real value: the first operation, innermost first, that is undefined over the
 * reals at a point. The undefined operations are \(a/0\), \(0^y\) for \(y < 0\), \(x^y\) for \(x < 0\)
 * and non-integer \(y\), \(\ln x\) and \(\ln\Gamma(x)\) for \(x \le 0\), \(\sqrt{x}\) for \(x < 0\),
 * \(\Gamma\) at \(0, -1, -2, \dots\) and \(x!\) at \(-1, -2, \dots\) (their poles), and a binomial
 * coefficient with no real value, \(\arcsin x\) and \(\arccos x\) for \(|x| > 1\) (DLMF 4.23.ii). (\(0^0\) is taken
 * as 1. The poles of \(\tan\) at \(\pi/2 + k\pi\) are never doubles, so \(\tan\) is defined at every double
 * point; the interval enclosure refuses a box that may contain a pole.)
 *
 * <p>Operands are evaluated with signs and logarithms ({@link DoubleEvaluator#compare}'s arithmetic), so
 * a quotient by a tiny value such as \(e^{-1000}\) is not mistaken for a division by zero; a zero produced
 * by rounding, such as \((1 + 10^{-20}) - 1\) in double precision, is reported, and callers confirm the
 * report in higher precision before calling it a fact. Bodies of integrals and sums are not examined point
 * by point (their bounds are); a quadrature that meets an undefined value gives a non-finite value,
 * which callers treat as no evidence.
 */
public final class Definedness {
    private Definedness() {
    }

    /** The undefined operation of {@code f} at {@code at}, described in one phrase, or empty when f is defined there. */
    public static Optional<String> undefinedAt(Formula f, Assignment at) {
        return Optional.ofNullable(find(f, at));
    }

    private static String find(Formula f, Assignment at) {
        if (f instanceof Neg n) {
            return find(n.arg(), at);
        }
        if (f instanceof Binary b) {
            String inner = first(find(b.left(), at), () -> find(b.right(), at));
            return inner != null ? inner : binary(b, at);
        }
        if (f instanceof Call c) {
            for (Formula a : c.args()) {
                String inner = find(a, at);
                if (inner != null) {
                    return inner;
                }
            }
            return call(c, at);
        }
        if (f instanceof Integral i) {
            return first(find(i.lower(), at), () -> find(i.upper(), at));
        }
        if (f instanceof Sum s) {
            return first(find(s.lower(), at), () -> find(s.upper(), at));
        }
        if (f instanceof Limit) {
            return null;
        }
        return null;
    }

    private static String shown(Formula f) {
        String s = f.toInputForm();
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    private static String first(String a, java.util.function.Supplier<String> b) {
        return a != null ? a : b.get();
    }

    private static String binary(Binary b, Assignment at) {
        if (b.op() == Op.DIV) {
            LogValue d = b.right().accept(new LogEvaluator(at));
            return d.sign() == 0 && !Double.isNaN(d.log()) ? "division by zero in " + shown(b) : null;
        }
        if (b.op() == Op.POW) {
            LogValue base = b.left().accept(new LogEvaluator(at));
            double y = DoubleEvaluator.value(b.right(), at);
            if (Double.isNaN(base.log()) || Double.isNaN(y)) {
                return null;
            }
            if (base.sign() == 0 && y < 0) {
                return "0 to the negative power " + y + " in " + shown(b);
            }
            if (base.sign() < 0 && Double.isFinite(y) && y != Math.rint(y)) {
                return "a negative number to the non-integer power " + y + " in " + shown(b);
            }
        }
        return null;
    }

    private static String call(Call c, Assignment at) {
        String name = shown(c);
        switch (c.fn()) {
            case LOG, LOG_GAMMA, SQRT -> {
                LogValue x = c.args().get(0).accept(new LogEvaluator(at));
                if (Double.isNaN(x.log())) {
                    return null;
                }
                boolean sqrt = c.fn() == hdae.symbolic.formula.Fn.SQRT;
                if (sqrt ? x.sign() < 0 : x.sign() <= 0) {
                    return (sqrt ? "the square root of a negative number: " : "the logarithm of a non-positive number: ") + name;
                }
                return null;
            }
            case GAMMA, FACTORIAL -> {
                double x = DoubleEvaluator.value(c.args().get(0), at) + (c.fn() == hdae.symbolic.formula.Fn.FACTORIAL ? 1 : 0);
                return x <= 0 && x == Math.rint(x) ? "a pole of Gamma (at a non-positive integer): " + name : null;
            }
            case ARC_SIN, ARC_COS -> {
                double x = DoubleEvaluator.value(c.args().get(0), at);
                return Math.abs(x) > 1 ? "an inverse sine or cosine of a number outside [-1, 1]: " + name : null;
            }
            case BINOMIAL -> {
                double n = DoubleEvaluator.value(c.args().get(0), at);
                double k = DoubleEvaluator.value(c.args().get(1), at);
                boolean inputs = !Double.isNaN(n) && !Double.isNaN(k);
                return inputs && Double.isNaN(Functions.apply(c.fn(), new double[] {n, k}))
                        ? "a binomial coefficient with no real value: " + name : null;
            }
            default -> {
                return null;
            }
        }
    }
}

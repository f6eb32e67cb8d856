package hdae.numeric.eval;

import hdae.numeric.NumericException;
import hdae.symbolic.formula.Binary;
import hdae.symbolic.formula.Call;
import hdae.symbolic.formula.Const;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.FormulaVisitor;
import hdae.symbolic.formula.Integral;
import hdae.symbolic.formula.Limit;
import hdae.symbolic.formula.Neg;
import hdae.symbolic.formula.Num;
import hdae.symbolic.formula.Op;
import hdae.symbolic.formula.Sum;
import hdae.symbolic.formula.Var;
import java.math.BigDecimal;

/**
 * Straightforward double evaluation; {@link DoubleEvaluator} falls back to logarithms when an intermediate
 * result left the normal double range ({@link #leftRange()}).
 *
 * <p>One rewrite for accuracy: a power \((1 - a)^b\) with \(|a| < 1/2\) is evaluated as
 * \(\exp(b \log1p(-a))\), and \(1 - (1 - a)^b\) as \(-\operatorname{expm1}(b \log1p(-a))\). Rounding
 * \(1 - a\) to a double costs up to half an ulp of 1 absolutely, so the plain power has relative error
 * about \(|b| u/2\) whatever \(a\) is, and \(1 - (1 - 2\varepsilon)^n\) is 0 for \(\varepsilon < 2^{-54}\);
 * the rewritten forms have relative error about \(2u|b \log1p(-a)|\) (\(u = 2^{-53}\)). For
 * \(a \ge 1/2\) the difference \(1 - a\) is exact (Sterbenz), and the plain power is kept.
 */
final class PlainEvaluator implements FormulaVisitor<Double> {
    private static final long MAX_SUM_TERMS = 10_000_000L;
    private final Assignment at;
    private boolean leftRange;

    PlainEvaluator(Assignment at) {
        this.at = at;
    }

    /**
     * Whether some product, quotient, power or function value overflowed to infinity, or fell to zero or a
     * subnormal number, from operands that were normal numbers: then a finite result may be wrong (for
     * example \(\pi^{200}/\Gamma(201)\) is \(\pi^{200}/\infty = 0\), not \(3 \times 10^{-276}\)).
     */
    boolean leftRange() {
        return leftRange;
    }

    /**
     * Records a result that left the normal range. An operand list of length 0 (the rewritten powers, accurate
     * even when they underflow) or a NaN operand (sums) records overflow only.
     */
    private double watch(double result, double... operands) {
        if (!isNormal(result) && (Double.isInfinite(result) || operands.length > 0 && allNormal(operands))) {
            leftRange |= !Double.isNaN(result);
        }
        return result;
    }

    private static boolean isNormal(double x) {
        return Math.abs(x) >= Double.MIN_NORMAL && Math.abs(x) <= Double.MAX_VALUE;
    }

    private static boolean allNormal(double[] xs) {
        for (double x : xs) {
            if (!isNormal(x)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Double visitNum(Num num) {
        return num.value().doubleValue();
    }

    @Override
    public Double visitVar(Var var) {
        return at.get(var.name());
    }

    @Override
    public Double visitConst(Const c) {
        return switch (c.constant()) {
            case PI -> Math.PI;
            case E -> Math.E;
            case INFINITY -> Double.POSITIVE_INFINITY;
        };
    }

    @Override
    public Double visitNeg(Neg neg) {
        return -neg.arg().accept(this);
    }

    @Override
    public Double visitBinary(Binary b) {
        if (b.op() == Op.SUB && isOne(b.left()) && b.right() instanceof Binary p && p.op() == Op.POW
                && oneMinus(p.left()) != null) {
            double a = oneMinus(p.left()).accept(this);
            double e = p.right().accept(this);
            if (Math.abs(a) < 0.5) {
                return watch(-Math.expm1(e * Math.log1p(-a)));
            }
        }
        if (b.op() == Op.POW && oneMinus(b.left()) != null) {
            double a = oneMinus(b.left()).accept(this);
            double e = b.right().accept(this);
            if (Math.abs(a) < 0.5) {
                return watch(Math.exp(e * Math.log1p(-a)));
            }
        }
        double l = b.left().accept(this);
        double r = b.right().accept(this);
        return switch (b.op()) {
            case ADD -> watch(l + r, Double.NaN);
            case SUB -> watch(l - r, Double.NaN);
            case MUL -> watch(l * r, l, r);
            case DIV -> watch(l / r, l, r);
            case POW -> watch(Math.pow(l, r), l, r);
        };
    }

    private static boolean isOne(Formula f) {
        return f instanceof Num n && n.value().compareTo(BigDecimal.ONE) == 0;
    }

    /** The a of a formula 1 - a, or null. */
    private static Formula oneMinus(Formula f) {
        return f instanceof Binary d && d.op() == Op.SUB && isOne(d.left()) ? d.right() : null;
    }

    @Override
    public Double visitCall(Call call) {
        double[] args = call.args().stream().mapToDouble(a -> a.accept(this)).toArray();
        double v = Functions.apply(call.fn(), args);
        return switch (call.fn()) {
            case EXP, GAMMA, FACTORIAL -> watch(v, args);
            // a binomial coefficient is 0 or at least 1: only its overflow matters
            case BINOMIAL -> watch(v);
            default -> v;
        };
    }

    @Override
    public Double visitIntegral(Integral i) {
        double lo = i.lower().accept(this);
        double hi = i.upper().accept(this);
        return Quadrature.integrate(t -> DoubleEvaluator.value(i.body(), at.with(i.var().name(), t)), lo, hi);
    }

    @Override
    public Double visitSum(Sum s) {
        double lo = s.lower().accept(this);
        double hi = s.upper().accept(this);
        if (!(lo == Math.rint(lo) && hi == Math.rint(hi) && hi - lo < MAX_SUM_TERMS)) {
            throw NumericException.expected("integer bounds with fewer than " + MAX_SUM_TERMS + " terms",
                    "Sum over " + s.var().name(), "[" + lo + ", " + hi + "]");
        }
        double total = 0;
        for (long k = (long) lo; k <= (long) hi; k++) {
            total += DoubleEvaluator.value(s.body(), at.with(s.var().name(), k));
        }
        return total;
    }

    @Override
    public Double visitLimit(Limit l) {
        throw new NumericException("a limit has no value at a point: check Limit(...) claims with the limit checker");
    }
}

package hdae.numeric.interval;

import hdae.numeric.NumericException;
import hdae.symbolic.formula.Binary;
import hdae.symbolic.formula.Call;
import hdae.symbolic.formula.Const;
import hdae.symbolic.formula.FormulaVisitor;
import hdae.symbolic.formula.Integral;
import hdae.symbolic.formula.Limit;
import hdae.symbolic.formula.Neg;
import hdae.symbolic.formula.Num;
import hdae.symbolic.formula.Sum;
import hdae.symbolic.formula.Var;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.numbers.gamma.Erf;
import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.Gamma;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * An enclosure of a formula's range over a box of variable values, by interval arithmetic rounded
 * outward. Monotone functions take their ends; \(\Gamma\) and \(\ln\Gamma\) use their minimum at
 * \(x_0 \approx 1.4616\); the circular functions and their inverses are in {@link Trigonometric}. A value outside a function's domain (the log of a non-positive number)
 * throws, and integrals, sums and limits are not enclosed.
 */
public final class IntervalEvaluator implements FormulaVisitor<Interval> {
    /** Minimiser of Gamma on the positive reals (DLMF 5.4.iii). */
    private static final double GAMMA_ARGMIN = 1.4616321449683623;
    private static final double SQRT2 = Math.sqrt(2);
    private final Map<String, Interval> box;

    public IntervalEvaluator(Map<String, Interval> box) {
        this.box = box;
    }

    /**
     * The enclosure of a formula without variables (an integral's limit, say).
     *
     * @throws NumericException when it has a variable or no value
     */
    public static Interval constant(hdae.symbolic.formula.Formula f) {
        return f.accept(new IntervalEvaluator(Map.of()));
    }

    @Override
    public Interval visitNum(Num num) {
        double d = num.value().doubleValue();
        if (Double.isInfinite(d)) {
            // a literal beyond the double range lies beyond the largest double
            return d > 0 ? new Interval(Double.MAX_VALUE, d) : new Interval(d, -Double.MAX_VALUE);
        }
        return new BigDecimal(d).compareTo(num.value()) == 0 ? Interval.point(d)
                : new Interval(Interval.down(d), Interval.up(d));
    }

    @Override
    public Interval visitVar(Var var) {
        Interval v = box.get(var.name());
        if (v == null) {
            throw NumericException.expected("a range in the box " + box.keySet(), "variable", var.name());
        }
        return v;
    }

    @Override
    public Interval visitConst(Const c) {
        return switch (c.constant()) {
            case PI -> new Interval(Math.PI, Math.nextUp(Math.PI));
            case E -> new Interval(Math.nextDown(Math.E), Math.nextUp(Math.E));
            case INFINITY -> Interval.point(Double.POSITIVE_INFINITY);
        };
    }

    @Override
    public Interval visitNeg(Neg neg) {
        return neg.arg().accept(this).negate();
    }

    @Override
    public Interval visitBinary(Binary b) {
        Interval l = b.left().accept(this);
        Interval r = b.right().accept(this);
        return switch (b.op()) {
            case ADD -> l.plus(r);
            case SUB -> l.minus(r);
            case MUL -> l.times(r);
            case DIV -> l.divide(r);
            case POW -> power(l, r);
        };
    }

    private static Interval power(Interval x, Interval y) {
        if (y.lo() == y.hi() && y.lo() == Math.rint(y.lo()) && Math.abs(y.lo()) <= 1 << 20) {
            return x.pow((int) y.lo());
        }
        if (!(x.lo() > 0)) {
            throw NumericException.expected("a positive base for a non-integer power", "base", x);
        }
        return exp(y.times(log(x)));
    }

    private static Interval exp(Interval x) {
        return increasing(x, Math::exp);
    }

    private static Interval log(Interval x) {
        if (!(x.lo() > 0)) {
            throw NumericException.expected("a positive argument", "Log", x);
        }
        return increasing(x, Math::log);
    }

    private static Interval increasing(Interval x, DoubleUnaryOperator f) {
        return new Interval(Interval.libDown(f.applyAsDouble(x.lo())), Interval.libUp(f.applyAsDouble(x.hi())));
    }

    private static Interval decreasing(Interval x, DoubleUnaryOperator f) {
        return new Interval(Interval.libDown(f.applyAsDouble(x.hi())), Interval.libUp(f.applyAsDouble(x.lo())));
    }

    /** f convex with minimum at GAMMA_ARGMIN on the positive reals (Gamma, LogGamma). */
    private static Interval valley(Interval x, DoubleUnaryOperator f) {
        if (!(x.lo() > 0)) {
            throw NumericException.expected("a positive argument", "Gamma", x);
        }
        if (x.hi() <= GAMMA_ARGMIN) {
            return decreasing(x, f);
        }
        if (x.lo() >= GAMMA_ARGMIN) {
            return increasing(x, f);
        }
        double top = Math.max(f.applyAsDouble(x.lo()), f.applyAsDouble(x.hi()));
        return new Interval(Interval.libDown(f.applyAsDouble(GAMMA_ARGMIN)), Interval.libUp(top));
    }

    @Override
    public Interval visitCall(Call call) {
        Interval x = call.args().get(0).accept(this);
        return switch (call.fn()) {
            case SQRT -> {
                if (!(x.lo() >= 0)) {
                    throw NumericException.expected("a non-negative argument", "Sqrt", x);
                }
                yield new Interval(Interval.down(Math.sqrt(x.lo())), Interval.up(Math.sqrt(x.hi())));
            }
            case EXP -> exp(x);
            case LOG -> log(x);
            case GAMMA -> valley(x, Gamma::value);
            case LOG_GAMMA -> valley(x, LogGamma::value);
            case FACTORIAL -> valley(x.plus(Interval.point(1)), Gamma::value);
            case ERF -> clamp(increasing(x, Erf::value), -1, 1);
            case ERFC -> clamp(decreasing(x, Erfc::value), 0, 2);
            case PHI -> clamp(decreasing(x.negate().divide(new Interval(Interval.down(SQRT2), Interval.up(SQRT2))),
                    Erfc::value).times(Interval.point(0.5)), 0, 1);
            case ABS -> x.lo() >= 0 ? x : x.hi() <= 0 ? x.negate() : new Interval(0, Math.max(-x.lo(), x.hi()));
            case SIGN -> new Interval(Math.signum(x.lo()), Math.signum(x.hi()));
            case MIN -> {
                Interval y = call.args().get(1).accept(this);
                yield new Interval(Math.min(x.lo(), y.lo()), Math.min(x.hi(), y.hi()));
            }
            case MAX -> {
                Interval y = call.args().get(1).accept(this);
                yield new Interval(Math.max(x.lo(), y.lo()), Math.max(x.hi(), y.hi()));
            }
            case SIN -> Trigonometric.sin(x);
            case COS -> Trigonometric.cos(x);
            case TAN -> Trigonometric.tan(x);
            case ARC_SIN -> Trigonometric.arcSin(x);
            case ARC_COS -> Trigonometric.arcCos(x);
            case ARC_TAN -> Trigonometric.arcTan(x);
            case BINOMIAL -> throw new NumericException("Binomial has no interval enclosure in hdae");
        };
    }

    private static Interval clamp(Interval x, double lo, double hi) {
        return new Interval(Math.max(lo, x.lo()), Math.min(hi, x.hi()));
    }

    @Override
    public Interval visitIntegral(Integral i) {
        throw new NumericException("integrals have no interval enclosure in hdae");
    }

    @Override
    public Interval visitSum(Sum s) {
        throw new NumericException("sums have no interval enclosure in hdae");
    }

    @Override
    public Interval visitLimit(Limit l) {
        throw new NumericException("limits have no interval enclosure");
    }
}

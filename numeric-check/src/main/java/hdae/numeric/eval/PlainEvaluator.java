package hdae.numeric.eval;

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

/** Straightforward double evaluation; {@link DoubleEvaluator} falls back to logarithms when it overflows. */
final class PlainEvaluator implements FormulaVisitor<Double> {
    private static final long MAX_SUM_TERMS = 10_000_000L;
    private final Assignment at;

    PlainEvaluator(Assignment at) {
        this.at = at;
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
        double l = b.left().accept(this);
        double r = b.right().accept(this);
        return switch (b.op()) {
            case ADD -> l + r;
            case SUB -> l - r;
            case MUL -> l * r;
            case DIV -> l / r;
            case POW -> Math.pow(l, r);
        };
    }

    @Override
    public Double visitCall(Call call) {
        double[] args = call.args().stream().mapToDouble(a -> a.accept(this)).toArray();
        return Functions.apply(call.fn(), args);
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

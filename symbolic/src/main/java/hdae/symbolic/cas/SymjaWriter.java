package hdae.symbolic.cas;

import hdae.symbolic.formula.Binary;
import hdae.symbolic.formula.Call;
import hdae.symbolic.formula.Const;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.FormulaVisitor;
import hdae.symbolic.formula.Integral;
import hdae.symbolic.formula.Limit;
import hdae.symbolic.formula.Neg;
import hdae.symbolic.formula.Num;
import hdae.symbolic.formula.Sum;
import hdae.symbolic.formula.Var;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a formula as Symja input, fully parenthesised. Variables are renamed through a
 * {@link SymjaNames} table, because Symja folds the case of user symbols ({@code n} and {@code N}
 * are one symbol) and maps some lower-case names to built-ins. Decimal literals become exact
 * rationals. \(\Phi(x)\) becomes \((1 + \operatorname{erf}(x/\sqrt2))/2\).
 */
final class SymjaWriter implements FormulaVisitor<String> {
    private static final Map<String, String> FUNCTION_NAMES = Map.ofEntries(
            Map.entry("Sqrt", "Sqrt"), Map.entry("Exp", "Exp"), Map.entry("Log", "Log"),
            Map.entry("Gamma", "Gamma"), Map.entry("LogGamma", "LogGamma"), Map.entry("Erf", "Erf"),
            Map.entry("Erfc", "Erfc"), Map.entry("Abs", "Abs"), Map.entry("Sign", "Sign"), Map.entry("Min", "Min"),
            Map.entry("Max", "Max"), Map.entry("Binomial", "Binomial"), Map.entry("Factorial", "Factorial"),
            Map.entry("Sin", "Sin"), Map.entry("Cos", "Cos"), Map.entry("Tan", "Tan"), Map.entry("ArcSin", "ArcSin"),
            Map.entry("ArcCos", "ArcCos"), Map.entry("ArcTan", "ArcTan"));

    private final SymjaNames names;
    private final Map<String, BigDecimal> values;
    private final int digits;

    SymjaWriter(SymjaNames names) {
        this(names, Map.of(), 0);
    }

    /** A writer that replaces the free variables in {@code values} by {@code N(value, digits)}. */
    SymjaWriter(SymjaNames names, Map<String, BigDecimal> values, int digits) {
        this.names = names;
        this.values = values;
        this.digits = digits;
    }

    String write(Formula f) {
        return f.accept(this);
    }

    @Override
    public String visitNum(Num num) {
        BigDecimal v = num.value().stripTrailingZeros();
        if (v.scale() <= 0) {
            return v.toBigIntegerExact().toString();
        }
        return "(" + v.unscaledValue() + "/" + BigDecimal.TEN.pow(v.scale()).toBigIntegerExact() + ")";
    }

    @Override
    public String visitVar(Var var) {
        BigDecimal v = values.get(var.name());
        if (v == null) {
            return names.symbolOf(var.name());
        }
        String exact = v.signum() < 0 ? "(-" + visitNum(new Num(v.negate())) + ")" : visitNum(new Num(v));
        return "N(" + exact + "," + digits + ")";
    }

    @Override
    public String visitConst(Const c) {
        return c.constant().inputName();
    }

    @Override
    public String visitNeg(Neg neg) {
        return "(-" + neg.arg().accept(this) + ")";
    }

    @Override
    public String visitBinary(Binary b) {
        return "(" + b.left().accept(this) + b.op().symbol() + b.right().accept(this) + ")";
    }

    @Override
    public String visitCall(Call call) {
        String args = call.args().stream().map(a -> a.accept(this)).collect(Collectors.joining(","));
        if (call.fn() == hdae.symbolic.formula.Fn.PHI) {
            return "((1+Erf(" + args + "/Sqrt(2)))/2)";
        }
        return FUNCTION_NAMES.get(call.fn().inputName()) + "(" + args + ")";
    }

    @Override
    public String visitIntegral(Integral i) {
        return "Integrate(" + i.body().accept(this) + ",{" + i.var().accept(this) + "," + i.lower().accept(this) + ","
                + i.upper().accept(this) + "})";
    }

    @Override
    public String visitSum(Sum s) {
        return "Sum(" + s.body().accept(this) + ",{" + s.var().accept(this) + "," + s.lower().accept(this) + ","
                + s.upper().accept(this) + "})";
    }

    @Override
    public String visitLimit(Limit l) {
        return "Limit(" + l.body().accept(this) + "," + l.var().accept(this) + "->" + l.point().accept(this) + ")";
    }
}

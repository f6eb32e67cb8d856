package hdae.symbolic.formula;

import java.util.stream.Collectors;

/** Writes a formula in hdae's input syntax, with just the parentheses needed to read back the same tree. */
final class InputFormWriter implements FormulaVisitor<String> {

    @Override
    public String visitNum(Num num) {
        // a negative scale (the parser reads 1e3 as 1E+3) is kept as an exponent, so the literal reads back equal
        java.math.BigDecimal v = num.value();
        return v.scale() < 0 ? v.unscaledValue() + "e" + (-v.scale()) : v.toPlainString();
    }

    @Override
    public String visitVar(Var var) {
        return var.name();
    }

    @Override
    public String visitConst(Const constant) {
        return constant.constant().inputName();
    }

    @Override
    public String visitNeg(Neg neg) {
        String inner = neg.arg().accept(this);
        return Precedence.of(neg.arg()) <= Precedence.PRODUCT || neg.arg() instanceof Neg
                ? "-(" + inner + ")" : "-" + inner;
    }

    @Override
    public String visitBinary(Binary b) {
        String l = b.left().accept(this);
        String r = b.right().accept(this);
        if (Precedence.leftNeedsParens(b.op(), b.left())) {
            l = "(" + l + ")";
        }
        if (Precedence.rightNeedsParens(b.op(), b.right())) {
            r = "(" + r + ")";
        }
        String sep = b.op() == Op.ADD || b.op() == Op.SUB ? " " + b.op().symbol() + " " : b.op().symbol();
        return l + sep + r;
    }

    @Override
    public String visitCall(Call call) {
        return call.fn().inputName() + "(" + call.args().stream().map(a -> a.accept(this))
                .collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public String visitIntegral(Integral i) {
        return "Integrate(" + i.body().accept(this) + ", " + i.var().name() + ", " + i.lower().accept(this)
                + ", " + i.upper().accept(this) + ")";
    }

    @Override
    public String visitSum(Sum s) {
        return "Sum(" + s.body().accept(this) + ", " + s.var().name() + ", " + s.lower().accept(this)
                + ", " + s.upper().accept(this) + ")";
    }

    @Override
    public String visitLimit(Limit l) {
        return "Limit(" + l.body().accept(this) + ", " + l.var().name() + " -> " + l.point().accept(this) + ")";
    }

    @Override
    public String visitDeclared(Declared d) {
        return d.name() + "(" + d.args().stream().map(a -> a.accept(this)).collect(Collectors.joining(", ")) + ")";
    }
}

package hdae.symbolic.formula;

import java.util.Objects;

/** A named constant node. */
public record Const(Constant constant) implements Formula {
    public static final Const PI = new Const(Constant.PI);
    public static final Const E = new Const(Constant.E);
    public static final Const INFINITY = new Const(Constant.INFINITY);

    public Const {
        Objects.requireNonNull(constant, "constant");
    }

    @Override
    public <R> R accept(FormulaVisitor<R> visitor) {
        return visitor.visitConst(this);
    }
}

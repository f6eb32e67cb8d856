package hdae.symbolic.formula;

import java.util.Objects;

/** Unary minus, \(-a\). */
public record Neg(Formula arg) implements Formula {
    public Neg {
        Objects.requireNonNull(arg, "arg");
    }

    @Override
    public <R> R accept(FormulaVisitor<R> visitor) {
        return visitor.visitNeg(this);
    }
}

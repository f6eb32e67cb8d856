package hdae.symbolic.formula;

import java.util.Objects;

/** \(a \circ b\) for an arithmetic operator \(\circ\). */
public record Binary(Op op, Formula left, Formula right) implements Formula {
    public Binary {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public <R> R accept(FormulaVisitor<R> visitor) {
        return visitor.visitBinary(this);
    }
}

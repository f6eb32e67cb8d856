package hdae.symbolic.formula;

import java.util.Objects;

/** The finite sum \(\sum_{k=a}^{b} f\) over integers \(k\). */
public record Sum(Var var, Formula lower, Formula upper, Formula body) implements Formula {
    public Sum {
        Objects.requireNonNull(var, "var");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public <R> R accept(FormulaVisitor<R> visitor) {
        return visitor.visitSum(this);
    }
}

package hdae.symbolic.formula;

import java.util.Objects;

/** The limit \(\lim_{v \to p} f\); the point is usually {@link Const#INFINITY}. */
public record Limit(Var var, Formula point, Formula body) implements Formula {
    public Limit {
        Objects.requireNonNull(var, "var");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public <R> R accept(FormulaVisitor<R> visitor) {
        return visitor.visitLimit(this);
    }
}

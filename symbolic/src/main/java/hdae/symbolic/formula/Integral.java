package hdae.symbolic.formula;

import java.util.Objects;

/** The definite integral \(\int_{a}^{b} f \,\mathrm{d}v\); the bounds may be {@link Const#INFINITY}. */
public record Integral(Var var, Formula lower, Formula upper, Formula body) implements Formula {
    public Integral {
        Objects.requireNonNull(var, "var");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public <R> R accept(FormulaVisitor<R> visitor) {
        return visitor.visitIntegral(this);
    }
}

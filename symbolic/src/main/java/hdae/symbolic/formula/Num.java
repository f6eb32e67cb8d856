package hdae.symbolic.formula;

import java.math.BigDecimal;
import java.util.Objects;

/** A non-negative decimal literal, kept exact (0.25 is the rational 1/4, never a binary double). */
public record Num(BigDecimal value) implements Formula {
    public Num {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a literal is non-negative; write Neg for -" + value.negate());
        }
    }

    public static Num of(long value) {
        return new Num(BigDecimal.valueOf(value));
    }

    public boolean isInteger() {
        return value.stripTrailingZeros().scale() <= 0;
    }

    @Override
    public <R> R accept(FormulaVisitor<R> visitor) {
        return visitor.visitNum(this);
    }
}

package hdae.symbolic.formula;

import java.util.Arrays;
import java.util.Optional;

/** Relations between two formulas; {@link #IS_BIG_O} reads "lhs = O(rhs)" as the variable tends to infinity. */
public enum Rel {
    EQ("=="),
    LE("<="),
    LT("<"),
    GE(">="),
    GT(">"),
    IS_BIG_O("isbigo");

    private final String symbol;

    Rel(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isInequality() {
        return this == LE || this == LT || this == GE || this == GT;
    }

    /** Whether {@code lhs REL rhs} holds for two real values. */
    public boolean holds(double lhs, double rhs) {
        return switch (this) {
            case EQ -> lhs == rhs;
            case LE -> lhs <= rhs;
            case LT -> lhs < rhs;
            case GE -> lhs >= rhs;
            case GT -> lhs > rhs;
            case IS_BIG_O -> throw new UnsupportedOperationException("isbigo is not a pointwise relation");
        };
    }

    public static Optional<Rel> bySymbol(String symbol) {
        return Arrays.stream(values()).filter(r -> r.symbol.equals(symbol)).findFirst();
    }
}

package hdae.symbolic.formula;

/** Binary arithmetic operators, with their precedence (higher binds tighter). */
public enum Op {
    ADD("+", 1),
    SUB("-", 1),
    MUL("*", 2),
    DIV("/", 2),
    POW("^", 4);

    private final String symbol;
    private final int precedence;

    Op(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    public String symbol() {
        return symbol;
    }

    public int precedence() {
        return precedence;
    }
}

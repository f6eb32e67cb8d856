package hdae.symbolic.formula;

/** Binding strength of a node when it is printed infix: sums 1, products 2, negation 3, powers 4, atoms 5. */
public final class Precedence {
    public static final int SUM = 1;
    public static final int PRODUCT = 2;
    public static final int NEGATION = 3;
    public static final int POWER = 4;
    public static final int ATOM = 5;

    private Precedence() {
    }

    public static int of(Formula f) {
        if (f instanceof Binary b) {
            return b.op() == Op.POW ? POWER : b.op().precedence();
        }
        return f instanceof Neg ? NEGATION : ATOM;
    }

    /** Whether the left operand of {@code op} must be parenthesised to keep the tree when printed. */
    public static boolean leftNeedsParens(Op op, Formula left) {
        int p = of(left);
        return op == Op.POW ? p <= POWER : p < op.precedence();
    }

    /** Whether the right operand of {@code op} must be parenthesised (left-associative operators and negations). */
    public static boolean rightNeedsParens(Op op, Formula right) {
        int p = of(right);
        if (right instanceof Neg) {
            return true;
        }
        return op == Op.POW ? p < POWER : p <= op.precedence();
    }
}

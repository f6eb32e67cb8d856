package hdae.symbolic.formula;

/**
 * A closed-form real expression: the single representation from which LaTeX, double and
 * high-precision values and the computer-algebra input are all produced (by visitors).
 *
 * <p>The vocabulary is deliberately small: numbers, variables, the constants \(\pi, e, \infty\),
 * the arithmetic operators, an allow-list of functions ({@link Fn}), and the binders
 * {@link Integral}, {@link Sum} and {@link Limit}. Nothing else can be written, so a formula can
 * never ask the CAS to read a file or start a process.
 */
public interface Formula {

    <R> R accept(FormulaVisitor<R> visitor);

    /** The formula in hdae's input syntax, which {@link FormulaParser} reads back to an equal formula. */
    default String toInputForm() {
        return accept(new InputFormWriter());
    }
}

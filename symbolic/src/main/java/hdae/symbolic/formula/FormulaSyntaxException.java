package hdae.symbolic.formula;

import hdae.symbolic.SymbolicException;

/** A formula that does not parse: the 1-based column where reading stopped, what was expected and what was found. */
public final class FormulaSyntaxException extends SymbolicException {
    private static final long serialVersionUID = 1L;

    private final int column;
    private final String problem;

    public FormulaSyntaxException(int column, String problem) {
        super("column " + column + ": " + problem);
        this.column = column;
        this.problem = problem;
    }

    /** 1-based column in the formula text. */
    public int column() {
        return column;
    }

    /** The message without the column prefix. */
    public String problem() {
        return problem;
    }
}

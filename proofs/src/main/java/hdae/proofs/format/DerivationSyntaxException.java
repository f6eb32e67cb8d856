package hdae.proofs.format;

import hdae.symbolic.SymbolicException;

/** A derivation file that does not follow the format: {@code file:line:column: what was expected, found what}. */
public final class DerivationSyntaxException extends SymbolicException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;

    public DerivationSyntaxException(String file, int line, int column, String problem) {
        super(file + ":" + line + ":" + column + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}

package hdae.symbolic.formula;

import java.util.regex.Pattern;

/** A named real (or integer) parameter, such as {@code n}, {@code eps} or {@code t}. */
public record Var(String name) implements Formula {
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    public Var {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("expected a variable name matching " + NAME + " for name, got " + name);
        }
    }

    @Override
    public <R> R accept(FormulaVisitor<R> visitor) {
        return visitor.visitVar(this);
    }
}

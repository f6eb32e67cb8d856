package hdae.symbolic.formula;

import java.util.List;
import java.util.Objects;

/**
 * The declaration of a {@link Declared} symbol: its name, the names of its parameters (their number
 * is its arity) and its meaning in words, for example {@code MeanDist2(q)}: "E_x d_2(x, A) ...".
 *
 * @param name the symbol
 * @param parameters the parameter names, in argument order
 * @param meaning what the symbol stands for, in words
 */
public record SymbolDeclaration(String name, List<String> parameters, String meaning) {
    public SymbolDeclaration {
        if (name == null || !Declared.NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("expected a symbol name matching " + Declared.NAME + ", got " + name);
        }
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(meaning, "meaning");
    }

    public int arity() {
        return parameters.size();
    }

    /** The symbol applied to its parameters, as written: {@code Name(p1, p2)}. */
    public String signature() {
        return name + "(" + String.join(", ", parameters) + ")";
    }
}

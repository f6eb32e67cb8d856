package hdae.symbolic.formula;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A declared symbol applied to its arguments, such as {@code MeanDist2(q)} or {@code Mass(t)}: a
 * quantity that no computer algebra system can compute (an expectation over a region, a minimal
 * adversarial distance, the measure of an enlargement). It has a meaning in words (its
 * {@link SymbolDeclaration}) and no value: the CAS and the numerics never see it, so a claim that
 * names one can only be obtained from premises or from a citation.
 *
 * @param name the symbol, {@code [A-Z][A-Za-z0-9]*}, never a function of {@link Fn} nor a constant
 * @param args its arguments (real parameters), possibly none
 */
public record Declared(String name, List<Formula> args) implements Formula {
    static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");

    public Declared {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("expected a symbol name matching " + NAME + " for name, got " + name);
        }
        args = List.copyOf(Objects.requireNonNull(args, "args"));
    }

    @Override
    public <R> R accept(FormulaVisitor<R> visitor) {
        return visitor.visitDeclared(this);
    }
}

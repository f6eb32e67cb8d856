package hdae.proofs.format;

import hdae.symbolic.bound.Bound;
import hdae.symbolic.bound.Parameter;
import hdae.symbolic.bound.Provenance;
import hdae.symbolic.formula.Relation;
import hdae.symbolic.formula.SymbolDeclaration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A derivation file, read: a statement, its parameters and assumptions, and numbered steps.
 *
 * @param id the derivation id (the file name without {@code .deriv})
 * @param file where it was read from, for messages
 * @param title one line
 * @param provenance the provenance of the statement
 * @param source where the statement comes from
 * @param statement the claim in words
 * @param parameters parameters with domains, shared by all steps
 * @param assumptions relations assumed by all steps
 * @param symbols the symbols the file declares ({@code symbol} lines), besides the catalogue's
 * @param steps the steps in order
 * @param bounds the bounds the file declares ({@code bound} blocks), besides the catalogue's
 */
public record Derivation(String id, String file, String title, Provenance provenance, String source,
        String statement, List<Parameter> parameters, List<Relation> assumptions, List<SymbolDeclaration> symbols,
        List<Step> steps, List<Bound> bounds) {
    public Derivation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        parameters = List.copyOf(parameters);
        assumptions = List.copyOf(assumptions);
        symbols = List.copyOf(symbols);
        steps = List.copyOf(steps);
        bounds = List.copyOf(bounds);
    }

    /** The step numbered {@code number} (1-based). */
    public Step step(int number) {
        return steps.get(number - 1);
    }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}

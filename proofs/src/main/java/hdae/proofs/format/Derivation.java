package hdae.proofs.format;

import hdae.symbolic.bound.Parameter;
import hdae.symbolic.bound.Provenance;
import hdae.symbolic.formula.Relation;
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
 * @param steps the steps in order
 */
public record Derivation(String id, String file, String title, Provenance provenance, String source,
        String statement, List<Parameter> parameters, List<Relation> assumptions, List<Step> steps) {
    public Derivation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        parameters = List.copyOf(parameters);
        assumptions = List.copyOf(assumptions);
        steps = List.copyOf(steps);
    }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}

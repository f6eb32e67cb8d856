package hdae.symbolic.bound;

import hdae.symbolic.SymbolicException;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.Formulas;
import hdae.symbolic.formula.Limit;
import hdae.symbolic.formula.Rel;
import hdae.symbolic.formula.Relation;
import hdae.symbolic.formula.Var;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One bound of the catalogue, the single source of truth that every view reads: LaTeX, numbers,
 * Monte Carlo tests and the report. Only {@link BoundCatalogue} constructs bounds.
 *
 * @param id stable identifier
 * @param provenance where the claim comes from
 * @param statement the claim in words
 * @param quantity what the bound speaks of
 * @param direction how the quantity relates to the closed form
 * @param closedForm the closed form (or limit value, or rate)
 * @param subject the quantity as a formal term: a declared symbol with its parameters ({@code CubeMeanDist()},
 *        {@code UnitBallVolume(n)}) when no CAS can compute it, or a formula ({@code 1 - Phi(s)}); never empty
 * @param limitVar the variable of a limit or asymptotic claim
 * @param limitPoint where the limit variable tends (usually Infinity)
 * @param parameters the named parameters with their domains
 * @param assumptions relations between parameters that the claim assumes
 * @param source where it is stated
 * @param derivation id of the derivation file that yields it
 */
public record Bound(BoundId id, Provenance provenance, String statement, Quantity quantity, Direction direction,
        Formula closedForm, Optional<Formula> subject, Optional<Var> limitVar, Optional<Formula> limitPoint,
        List<Parameter> parameters, List<Relation> assumptions, Source source, String derivation) {

    public Bound {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(closedForm, "closedForm");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(limitVar, "limitVar");
        Objects.requireNonNull(limitPoint, "limitPoint");
        parameters = List.copyOf(parameters);
        assumptions = List.copyOf(assumptions);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(derivation, "derivation");
        boolean needsLimit = direction == Direction.LIMIT || direction == Direction.ASYMPTOTIC;
        if (needsLimit != limitVar.isPresent() || subject.isEmpty()) {
            throw SymbolicException.expected("a subject, and a limit variable exactly for LIMIT and ASYMPTOTIC",
                    "bound " + id, direction);
        }
        Set<String> declared = parameters.stream().map(Parameter::name).collect(Collectors.toSet());
        limitVar.ifPresent(v -> declared.add(v.name()));
        Set<String> used = Formulas.freeVariables(closedForm);
        subject.ifPresent(s -> used.addAll(Formulas.freeVariables(s)));
        used.removeAll(declared);
        if (!used.isEmpty()) {
            throw SymbolicException.expected("every free variable declared as a parameter", "bound " + id, used);
        }
    }

    /** The domain of a named parameter. */
    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * The formal relation a derivation must conclude, {@code quantity REL closed form}: for example
     * {@code CubeMeanDist() <= 1/(2*Pi)}, {@code Limit(UnitBallVolume(n), n -> Infinity) == 0} or
     * {@code AdvL2Mean(n) isbigo 1/Sqrt(n) as n}.
     */
    public Relation relation() {
        Formula s = subject.orElseThrow();
        return switch (direction) {
            case EQUALITY -> Relation.of(s, Rel.EQ, closedForm);
            case UPPER -> Relation.of(s, Rel.LE, closedForm);
            case LOWER -> Relation.of(s, Rel.GE, closedForm);
            case LIMIT -> Relation.of(new Limit(limitVar.orElseThrow(), limitPoint.orElseThrow(), s), Rel.EQ, closedForm);
            case ASYMPTOTIC -> new Relation(s, Rel.IS_BIG_O, closedForm, limitVar);
        };
    }
}

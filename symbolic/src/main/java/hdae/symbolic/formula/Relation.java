package hdae.symbolic.formula;

import java.util.Objects;
import java.util.Optional;

/**
 * A claim {@code lhs REL rhs}. For {@link Rel#IS_BIG_O} the asymptotic variable is named
 * ({@code f isbigo g as n}) and tends to \(+\infty\).
 */
public record Relation(Formula lhs, Rel rel, Formula rhs, Optional<Var> asymptoticVar) {
    public Relation {
        Objects.requireNonNull(lhs, "lhs");
        Objects.requireNonNull(rel, "rel");
        Objects.requireNonNull(rhs, "rhs");
        Objects.requireNonNull(asymptoticVar, "asymptoticVar");
        if ((rel == Rel.IS_BIG_O) != asymptoticVar.isPresent()) {
            throw new IllegalArgumentException("expected an asymptotic variable exactly for isbigo, got "
                    + rel + " with " + asymptoticVar);
        }
    }

    public static Relation of(Formula lhs, Rel rel, Formula rhs) {
        return new Relation(lhs, rel, rhs, Optional.empty());
    }

    public String toInputForm() {
        String s = lhs.toInputForm() + " " + rel.symbol() + " " + rhs.toInputForm();
        return asymptoticVar.map(v -> s + " as " + v.name()).orElse(s);
    }
}

package hdae.proofs.format;

import hdae.symbolic.SymbolicException;
import hdae.symbolic.bound.Bound;
import hdae.symbolic.bound.BoundId;
import hdae.symbolic.bound.Direction;
import hdae.symbolic.bound.Parameter;
import hdae.symbolic.bound.Provenance;
import hdae.symbolic.bound.Quantity;
import hdae.symbolic.bound.Source;
import hdae.symbolic.formula.Const;
import hdae.symbolic.formula.Declared;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.Limit;
import hdae.symbolic.formula.Relation;
import hdae.symbolic.formula.SymbolDeclaration;
import hdae.symbolic.formula.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code bound} block of a derivation file, read key by key: a bound that the file declares and one of its
 * steps concludes, in the same form as a bound of the Java catalogue (docs/derivation-format.md):
 *
 * <pre>
 * bound ID
 *   title SHORT TITLE                     (optional)
 *   quantity Name(p, q) -- meaning        (declares the symbol)
 *   param p DOMAIN -- meaning             (one per parameter of the quantity)
 *   relation Name(p, q) REL CLOSED FORM   (REL one of <= >= ==; or Limit(Name(..), n -> Infinity) == L;
 *                                          or Name(..) isbigo F as n)
 *   provenance PAPER|PRIOR|FORMALISATION|BACKGROUND|LITERATURE
 *   source REFERENCE, LOCATOR
 *   statement the claim in words
 * </pre>
 *
 * A problem is thrown as {@link ReferenceSyntax.Problem}, which the parser turns into {@code file:line:column: ...}.
 */
final class BoundBlock {
    static final Set<String> KEYS = Set.of("title", "quantity", "param", "relation", "provenance", "source", "statement");

    final String id;
    final int line;
    String title = "";
    SymbolDeclaration quantity;
    final List<Parameter> params = new ArrayList<>();
    Relation relation;
    Provenance provenance;
    String source;
    StringBuilder statement;

    BoundBlock(String id, int line) {
        this.id = id;
        this.line = line;
    }

    /** The names a formula of this block may use: its parameters. */
    Set<String> names() {
        Set<String> s = new java.util.TreeSet<>();
        params.forEach(p -> s.add(p.name()));
        return s;
    }

    /** The bound's closed form, once its relation is read (for {@code @id} references in later lines). */
    Optional<Formula> closedForm() {
        return Optional.ofNullable(relation).map(Relation::rhs);
    }

    /** Checks a {@code relation} line: its left side is the declared quantity applied to its parameters. */
    void relation(Relation r) {
        if (quantity == null) {
            throw new ReferenceSyntax.Problem("expected a 'quantity' line before the relation, found none");
        }
        Formula subject = r.lhs() instanceof Limit l ? l.body() : r.lhs();
        Declared expected = new Declared(quantity.name(), quantity.parameters().stream().map(p -> (Formula) new Var(p))
                .toList());
        if (!subject.equals(expected)) {
            throw new ReferenceSyntax.Problem("expected the quantity " + quantity.signature() + " on the left of the"
                    + " relation, found " + subject.toInputForm());
        }
        boolean limit = r.lhs() instanceof Limit;
        if (r.rel() == hdae.symbolic.formula.Rel.LT || r.rel() == hdae.symbolic.formula.Rel.GT
                || limit && r.rel() != hdae.symbolic.formula.Rel.EQ) {
            throw new ReferenceSyntax.Problem("expected <=, >= or == (a limit with ==, an order with isbigo), found "
                    + r.rel().symbol());
        }
        if (limit && !((Limit) r.lhs()).point().equals(Const.INFINITY)) {
            throw new ReferenceSyntax.Problem("expected a limit as a variable tends to Infinity, found "
                    + r.lhs().toInputForm());
        }
        this.relation = r;
    }

    /** The bound, in derivation {@code derivation}; a block with a missing line is a problem. */
    Bound build(String derivation) {
        require(quantity, "quantity");
        require(relation, "relation");
        require(provenance, "provenance");
        require(source, "source");
        require(statement, "statement");
        Optional<Var> limitVar = switch (relation.rel()) {
            case IS_BIG_O -> relation.asymptoticVar();
            default -> relation.lhs() instanceof Limit l ? Optional.of(l.var()) : Optional.empty();
        };
        Direction direction = switch (relation.rel()) {
            case IS_BIG_O -> Direction.ASYMPTOTIC;
            case LE -> Direction.UPPER;
            case GE -> Direction.LOWER;
            default -> limitVar.isPresent() ? Direction.LIMIT : Direction.EQUALITY;
        };
        Set<String> covered = names();
        limitVar.ifPresent(v -> covered.add(v.name()));
        if (!covered.equals(new java.util.TreeSet<>(quantity.parameters()))) {
            throw new ReferenceSyntax.Problem("expected one 'param' line for each parameter of " + quantity.signature()
                    + " (and none for a limit variable), found " + names());
        }
        int comma = source.indexOf(',');
        Source src = comma < 0 ? Source.of(source, "") : Source.of(source.substring(0, comma).strip(),
                source.substring(comma + 1).strip());
        Formula subject = relation.lhs() instanceof Limit l ? l.body() : relation.lhs();
        try {
            return new Bound(BoundId.of(id), provenance, statement.toString().strip(),
                    Quantity.of(kebab(quantity.name()), quantity.meaning()), direction, relation.rhs(),
                    Optional.of(subject), limitVar, limitVar.map(v -> Const.INFINITY), params, List.of(), src,
                    derivation, title);
        } catch (SymbolicException e) {
            throw new ReferenceSyntax.Problem(e.getMessage());
        }
    }

    private void require(Object value, String key) {
        if (value == null) {
            throw new ReferenceSyntax.Problem("expected a '" + key + "' line in bound " + id + ", found none");
        }
    }

    /** {@code CubeMeanDist} as {@code cube-mean-dist}. */
    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}

package hdae.symbolic.bound;

import hdae.symbolic.SymbolicException;
import hdae.symbolic.formula.Const;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.FormulaParser;
import hdae.symbolic.formula.Var;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The catalogue of bounds: every formula of hdae is written here once. Derivation files refer to a
 * closed form as {@code @bound-id}; LaTeX, evaluators, Monte Carlo tests and reports read the
 * {@link Bound} objects.
 */
public final class BoundCatalogue {
    private static final BoundCatalogue STANDARD = new BoundCatalogue(
            java.util.stream.Stream.of(Background.bounds(), Saddle.bounds(), Audit.bounds(), Paper.bounds(),
                    Spheres.bounds(), Enlargement.bounds(), Resolution.bounds(), Neighbours.bounds(), Margin.bounds())
                    .flatMap(List::stream).toList());

    private final Map<BoundId, Bound> bounds;

    private BoundCatalogue(List<Bound> list) {
        Map<BoundId, Bound> m = new TreeMap<>();
        for (Bound b : list) {
            if (m.put(b.id(), b) != null) {
                throw SymbolicException.expected("unique ids", "bound catalogue", b.id());
            }
        }
        this.bounds = Collections.unmodifiableMap(m);
    }

    /** The catalogue of this release. */
    public static BoundCatalogue standard() {
        return STANDARD;
    }

    public List<Bound> all() {
        return List.copyOf(bounds.values());
    }

    public Optional<Bound> find(String id) {
        try {
            return Optional.ofNullable(bounds.get(BoundId.of(id)));
        } catch (SymbolicException e) {
            return Optional.empty();
        }
    }

    public Bound get(String id) {
        return find(id).orElseThrow(() -> SymbolicException.expected("a bound of the catalogue", "id", id));
    }

    /** A formula parser that expands {@code @id} to the closed form of bound {@code id}. */
    public FormulaParser parser() {
        return new FormulaParser(id -> find(id).map(Bound::closedForm));
    }

    /** Builder used by the catalogue's sections; package-private so that only the catalogue makes bounds. */
    static final class Entry {
        private final String id;
        private Provenance provenance;
        private String statement = "";
        private Quantity quantity;
        private Direction direction = Direction.EQUALITY;
        private Formula closedForm;
        private Formula subject;
        private Var limitVar;
        private Formula limitPoint;
        private final List<Parameter> parameters = new ArrayList<>();
        private Source source;
        private String derivation;

        Entry(String id) {
            this.id = id;
        }

        Entry provenance(Provenance p) {
            this.provenance = p;
            return this;
        }

        Entry statement(String s) {
            this.statement = s;
            return this;
        }

        Entry quantity(String key, String description) {
            this.quantity = Quantity.of(key, description);
            return this;
        }

        /** The closed form, written once here in hdae's formula syntax. */
        Entry closedForm(Direction d, String formula) {
            return closedForm(d, FormulaParser.parse(formula));
        }

        Entry closedForm(Direction d, Formula formula) {
            this.direction = d;
            this.closedForm = formula;
            return this;
        }

        /** The quantity's own formula (for example the function whose limit is the closed form). */
        Entry subject(Formula f) {
            this.subject = f;
            return this;
        }

        Entry limit(String var) {
            this.limitVar = new Var(var);
            this.limitPoint = Const.INFINITY;
            return this;
        }

        Entry param(String name, Domain domain, String meaning) {
            parameters.add(Parameter.of(name, domain, meaning));
            return this;
        }

        Entry source(String reference, String locator) {
            this.source = Source.of(reference, locator);
            return this;
        }

        Entry derivation(String d) {
            this.derivation = d;
            return this;
        }

        Bound build() {
            Quantity q = quantity != null ? quantity : Quantity.of(id, statement);
            return new Bound(BoundId.of(id), provenance, statement, q, direction, closedForm,
                    Optional.ofNullable(subject), Optional.ofNullable(limitVar), Optional.ofNullable(limitPoint),
                    parameters, List.of(), source, derivation);
        }
    }
}

package hdae.symbolic.bound;

import hdae.symbolic.SymbolicException;
import hdae.symbolic.formula.Const;
import hdae.symbolic.formula.Declared;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.FormulaParser;
import hdae.symbolic.formula.Formulas;
import hdae.symbolic.formula.SymbolDeclaration;
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
    private final Map<String, SymbolDeclaration> symbols;

    private BoundCatalogue(List<Bound> list) {
        Map<BoundId, Bound> m = new TreeMap<>();
        Map<String, SymbolDeclaration> syms = new TreeMap<>();
        for (Bound b : list) {
            if (m.put(b.id(), b) != null) {
                throw SymbolicException.expected("unique ids", "bound catalogue", b.id());
            }
            for (Declared d : Formulas.declared(b.subject().orElseThrow())) {
                SymbolDeclaration decl = new SymbolDeclaration(d.name(), d.args().stream().map(a -> a instanceof Var v
                        ? v.name() : a.toInputForm()).toList(), b.quantity().description());
                SymbolDeclaration before = syms.putIfAbsent(d.name(), decl);
                if (before != null && before.arity() != decl.arity()) {
                    throw SymbolicException.expected("one arity per declared symbol", "symbol " + d.name()
                            + " of bound " + b.id(), decl.signature() + " against " + before.signature());
                }
                // the parameter names shown are those of an application to plain variables
                if (before != null && d.args().stream().allMatch(Var.class::isInstance)
                        && !before.parameters().stream().allMatch(x -> x.matches("[a-z][A-Za-z0-9]*"))) {
                    syms.put(d.name(), decl);
                }
            }
        }
        this.bounds = Collections.unmodifiableMap(m);
        this.symbols = Collections.unmodifiableMap(syms);
    }

    /**
     * The declared symbols of the catalogue's quantities (for example {@code CubeMeanDist()}), by name:
     * each bound's formal left-hand side names one, with its meaning in words (the quantity's description).
     */
    public Map<String, SymbolDeclaration> symbols() {
        return symbols;
    }

    /** The catalogue of this release. */
    public static BoundCatalogue standard() {
        return STANDARD;
    }

    /**
     * This catalogue with {@code more} bounds, for example those a derivation file declares ({@code bound} blocks):
     * an id already in the catalogue, or a declared symbol with another arity, is refused (it throws).
     */
    public BoundCatalogue with(List<Bound> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Bound> list = new ArrayList<>(bounds.values());
        list.addAll(more);
        return new BoundCatalogue(list);
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
        return parser(Map.of());
    }

    /**
     * A formula parser that expands {@code @id} and reads the catalogue's declared symbols and {@code more}
     * (a derivation's own {@code symbol} lines).
     */
    public FormulaParser parser(Map<String, SymbolDeclaration> more) {
        return new FormulaParser(id -> find(id).map(Bound::closedForm),
                name -> Optional.ofNullable(more.get(name)).or(() -> Optional.ofNullable(symbols.get(name))));
    }

    /** {@code cube-mean-dist} as {@code CubeMeanDist}. */
    static String camel(String key) {
        StringBuilder sb = new StringBuilder();
        for (String part : key.split("-")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
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
        private String title = "";

        Entry(String id) {
            this.id = id;
        }

        Entry provenance(Provenance p) {
            this.provenance = p;
            return this;
        }

        /** A short human title, a few words (the heading of the bound's theorem in a paper). */
        Entry title(String t) {
            this.title = t;
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

        /**
         * The quantity's formal term, when it is not {@code Name(parameters)} with Name the quantity key in
         * CamelCase: a declared symbol with other arguments ({@code AdvL2Mean(n)}), or a formula a CAS can
         * compute ({@code 1 - Phi(s)}).
         */
        Entry term(String formula) {
            this.subject = FormulaParser.declaring().formula(formula);
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
            if (subject == null) {
                List<Formula> args = new ArrayList<>();
                parameters.forEach(p -> args.add(new Var(p.name())));
                if (limitVar != null) {
                    args.add(limitVar);
                }
                subject = new Declared(camel(q.key()), args);
            }
            return new Bound(BoundId.of(id), provenance, statement, q, direction, closedForm,
                    Optional.ofNullable(subject), Optional.ofNullable(limitVar), Optional.ofNullable(limitPoint),
                    parameters, List.of(), source, derivation, title);
        }
    }
}

package hdae.symbolic.bound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.symbolic.SymbolicException;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.FormulaParser;
import hdae.symbolic.formula.Formulas;
import hdae.symbolic.formula.Limit;
import hdae.symbolic.formula.Rel;
import hdae.symbolic.formula.Relation;
import hdae.symbolic.formula.Var;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BoundCatalogueTest {
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** STYLE.md section 3: the relation words an id may use, and the direction each one names. */
    private static final Map<String, Set<Direction>> RELATION_WORDS = Map.of(
            "eq", Set.of(Direction.EQUALITY), "le", Set.of(Direction.UPPER), "lt", Set.of(Direction.UPPER),
            "ge", Set.of(Direction.LOWER), "pos", Set.of(Direction.LOWER), "nonneg", Set.of(Direction.LOWER),
            "tendsto", Set.of(Direction.LIMIT), "isbigo", Set.of(Direction.ASYMPTOTIC));
    private final List<Bound> all = BoundCatalogue.standard().all();

    @Test
    void catalogueIsNotEmpty() {
        assertTrue(all.size() >= 12, "catalogue has " + all.size() + " bounds");
    }

    @Test
    void idsAreUniqueAndKebabCase() {
        Set<String> seen = new HashSet<>();
        for (Bound b : all) {
            String id = b.id().value();
            assertTrue(KEBAB.matcher(id).matches(), id);
            assertTrue(seen.add(id), "duplicate id " + id);
        }
    }

    @Test
    void firstRelationWordOfEachIdNamesItsDirection() {
        for (Bound b : all) {
            Optional<String> word = Arrays.stream(b.id().value().split("-")).filter(RELATION_WORDS::containsKey).findFirst();
            assertTrue(word.isPresent(), b.id() + " has none of the relation words " + RELATION_WORDS.keySet());
            // STYLE.md section 3: the explicit-constant twin keeps the O-claim's id plus -with-const and is an upper bound
            boolean twin = b.id().value().endsWith("-with-const") && word.get().equals("isbigo");
            assertTrue(twin ? b.direction() == Direction.UPPER : RELATION_WORDS.get(word.get()).contains(b.direction()),
                    b.id() + ": '" + word.get() + "' does not name direction " + b.direction());
        }
    }

    @Test
    void everyFreeVariableIsDeclared() {
        for (Bound b : all) {
            Set<String> declared = b.parameters().stream().map(Parameter::name).collect(Collectors.toCollection(TreeSet::new));
            b.limitVar().ifPresent(v -> declared.add(v.name()));
            Set<String> used = new TreeSet<>(Formulas.freeVariables(b.closedForm()));
            b.subject().ifPresent(s -> used.addAll(Formulas.freeVariables(s)));
            assertTrue(declared.containsAll(used), b.id() + " uses " + used + " but declares " + declared);
        }
    }

    @Test
    void everyParameterIsNamedOnceWithAMeaning() {
        // a parameter may be absent from the closed form: E[u.v] = 0 still depends on n through its quantity
        for (Bound b : all) {
            Set<String> names = new HashSet<>();
            for (Parameter p : b.parameters()) {
                assertTrue(names.add(p.name()), b.id() + " declares " + p.name() + " twice");
                assertFalse(p.meaning().isBlank(), b.id() + ": parameter " + p.name() + " has no meaning");
            }
        }
    }

    @Test
    void provenanceSourceStatementAndDerivationArePresent() {
        for (Bound b : all) {
            assertNotNull(b.provenance(), b.id().value());
            assertFalse(b.source().reference().isBlank(), b.id() + ": no source reference");
            assertFalse(b.source().locator().isBlank(), b.id() + ": no source locator");
            assertFalse(b.statement().isBlank(), b.id() + ": no statement");
            assertTrue(KEBAB.matcher(b.derivation()).matches(), b.id() + ": derivation id '" + b.derivation() + "'");
            assertFalse(b.quantity().description().isBlank(), b.id() + ": quantity without description");
        }
    }

    @Test
    void limitAndAsymptoticBoundsHaveASubjectAndPointAtInfinity() {
        for (Bound b : all) {
            boolean limiting = b.direction() == Direction.LIMIT || b.direction() == Direction.ASYMPTOTIC;
            assertEquals(limiting, b.limitVar().isPresent(), b.id().value());
            if (limiting) {
                assertTrue(b.subject().isPresent(), b.id().value());
                assertEquals(Optional.of(hdae.symbolic.formula.Const.INFINITY), b.limitPoint(), b.id().value());
            }
        }
    }

    @Test
    void everyAsymptoticClaimHasAnExplicitConstantTwin() {
        // STYLE.md section 3: the O-form is never tested alone
        for (Bound b : all) {
            if (b.direction() == Direction.ASYMPTOTIC) {
                assertTrue(BoundCatalogue.standard().find(b.id().value() + "-with-const").isPresent(),
                        b.id() + " has no -with-const twin");
            }
        }
    }

    @Test
    void closedFormsReadBackFromTheirInputForm() {
        for (Bound b : all) {
            assertEquals(b.closedForm(), FormulaParser.parse(b.closedForm().toInputForm()), b.id().value());
            b.subject().ifPresent(s -> assertEquals(s, BoundCatalogue.standard().parser().formula(s.toInputForm()),
                    b.id().value()));
        }
    }

    @Test
    void limitBoundRelationIsLimitOfSubjectEqualsClosedForm() {
        Bound b = BoundCatalogue.standard().get("unit-ball-volume-tendsto-zero");
        Relation expected = Relation.of(new Limit(new Var("n"), hdae.symbolic.formula.Const.INFINITY,
                new hdae.symbolic.formula.Declared("UnitBallVolume", List.of(new Var("n")))), Rel.EQ,
                FormulaParser.parse("0"));
        assertEquals(expected, b.relation());
        assertEquals("vol{x in R^n : |x|_2 <= 1}", BoundCatalogue.standard().symbols().get("UnitBallVolume").meaning());
    }

    @Test
    void everyBoundHasAFormalLeftHandSide() {
        for (Bound b : all) {
            Relation r = b.relation();
            assertEquals(b.closedForm(), r.rhs(), b.id().value());
            // the quantity is a declared symbol unless a CAS can compute it from its formula (1 - Phi(s))
            assertTrue(hdae.symbolic.formula.Formulas.contains(r.lhs(), hdae.symbolic.formula.Declared.class)
                    || b.id().value().equals("phi-tail-le-half-exp"), b.id().value() + ": " + r.toInputForm());
        }
    }

    @Test
    void getOfAnUnknownIdNamesIt() {
        SymbolicException e = assertThrows(SymbolicException.class, () -> BoundCatalogue.standard().get("no-such-bound"));
        assertEquals("expected a bound of the catalogue for id, got no-such-bound", e.getMessage());
        assertEquals(Optional.empty(), BoundCatalogue.standard().find("Not Kebab"));
    }

    @Test
    void boundIdRejectsNonKebabCase() {
        SymbolicException e = assertThrows(SymbolicException.class, () -> BoundId.of("Cube_Shell"));
        assertEquals("expected kebab-case matching [a-z0-9]+(-[a-z0-9]+)* for bound id, got Cube_Shell", e.getMessage());
        assertThrows(SymbolicException.class, () -> BoundId.of("trailing-"));
        assertThrows(SymbolicException.class, () -> BoundId.of(null));
    }

    @Test
    void boundRejectsAnUndeclaredFreeVariable() {
        Formula f = FormulaParser.parse("x + y");
        SymbolicException e = assertThrows(SymbolicException.class, () -> new Bound(BoundId.of("x-plus-y-eq"),
                Provenance.BACKGROUND, "s", Quantity.of("q", "q"), Direction.EQUALITY, f, Optional.of(new Var("x")),
                Optional.empty(), Optional.empty(), List.of(Parameter.of("x", Domain.reals(), "x")), List.of(),
                Source.of("r", "l"), "d"));
        assertEquals("expected every free variable declared as a parameter for bound x-plus-y-eq, got [y]", e.getMessage());
    }

    @Test
    void boundRejectsALimitWithoutSubject() {
        SymbolicException e = assertThrows(SymbolicException.class, () -> new Bound(BoundId.of("a-tendsto-one"),
                Provenance.BACKGROUND, "s", Quantity.of("q", "q"), Direction.LIMIT, FormulaParser.parse("1"),
                Optional.empty(), Optional.of(new Var("n")), Optional.empty(), List.of(), List.of(),
                Source.of("r", "l"), "d"));
        assertTrue(e.getMessage().startsWith("expected a subject, and a limit variable exactly for LIMIT and ASYMPTOTIC"),
                e.getMessage());
    }

    @Test
    void referencesExpandToClosedForms() {
        for (Bound b : all) {
            assertEquals(b.closedForm(), BoundCatalogue.standard().parser().formula("@" + b.id().value()), b.id().value());
        }
    }
}

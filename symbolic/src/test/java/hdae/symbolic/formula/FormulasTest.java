package hdae.symbolic.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormulasTest {
    private static Formula f(String text) {
        return FormulaParser.parse(text);
    }

    @Test
    void freeVariablesExcludeBinderVariablesOnlyInsideTheBody() {
        assertEquals(Set.of("a", "n"), Formulas.freeVariables(f("Integrate(t*n, t, a, 1)")));
        // the t in the upper end of the integral is free: the binder covers only the body
        assertEquals(Set.of("t"), Formulas.freeVariables(f("Integrate(t, t, 0, t)")));
        assertEquals(Set.of("eps"), Formulas.freeVariables(f("Limit((1 - eps)^n, n -> Infinity)")));
        assertEquals(Set.of("n"), Formulas.freeVariables(f("Sum(1/k, k, 1, n)")));
    }

    @Test
    void substituteLeavesBoundOccurrencesAlone() {
        Map<String, Formula> values = Map.of("t", f("2"), "n", f("m + 1"));
        assertEquals(f("Integrate(t*(m + 1), t, 0, 2)"), Formulas.substitute(f("Integrate(t*n, t, 0, t)"), values));
        assertEquals(f("Limit(n*2, n -> 2)"), Formulas.substitute(f("Limit(n*t, n -> t)"), Map.of("t", f("2"))));
        assertEquals(f("Sum(k, k, 1, 5)"), Formulas.substitute(f("Sum(k, k, 1, n)"), Map.of("k", f("3"), "n", f("5"))));
    }

    @Test
    void substituteRefusesToCaptureAFreeVariable() {
        // x := t inside Integrate(x*t, t, 0, 1) would turn x*t into t*t
        hdae.symbolic.SymbolicException e = assertThrows(hdae.symbolic.SymbolicException.class,
                () -> Formulas.substitute(f("Integrate(x*t, t, 0, 1)"), Map.of("x", f("t"))));
        assertEquals("expected a value free of the bound variable t for substitution of x, got t", e.getMessage());
        // no capture when the substituted variable does not occur in the body
        assertEquals(f("Integrate(t, t, 0, t + 1)"),
                Formulas.substitute(f("Integrate(t, t, 0, x)"), Map.of("x", f("t + 1"))));
    }

    @Test
    void substitutingEveryFreeVariableLeavesNoneFree() {
        qt().withExamples(300).withFixedSeed(3L).forAll(RandomFormulas.trees(4)).checkAssert(tree -> {
            Map<String, Formula> values = new java.util.HashMap<>();
            Formulas.freeVariables(tree).forEach(v -> values.put(v, Num.of(1)));
            assertEquals(Set.of(), Formulas.freeVariables(Formulas.substitute(tree, values)), tree.toInputForm());
        });
    }

    @Test
    void containsFindsNodesAtAnyDepth() {
        assertTrue(Formulas.contains(f("1 + Sqrt(Limit(1/n, n -> Infinity))"), Limit.class));
        assertFalse(Formulas.contains(f("1 + Sqrt(n)"), Integral.class));
        assertTrue(Formulas.contains(f("Sum(k!, k, 1, n)"), Call.class));
    }

    @Test
    void nodeConstructorsRejectBadInput() {
        assertEquals("a literal is non-negative; write Neg for -1",
                assertThrows(IllegalArgumentException.class, () -> Num.of(-1)).getMessage());
        assertEquals("expected 2 argument(s) for Min, got 1",
                assertThrows(IllegalArgumentException.class, () -> Call.of(Fn.MIN, Num.of(1))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Var("Xy")).getMessage()
                .endsWith("for name, got Xy"));
    }
}

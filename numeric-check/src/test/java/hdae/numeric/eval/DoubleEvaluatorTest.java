package hdae.numeric.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.numeric.NumericException;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.FormulaParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class DoubleEvaluatorTest {
    /** Tolerances: the reasons are in the resource files' headers. */
    private static final double DIRECT_TOLERANCE = 1e-14;
    private static final double LOG_SPACE_TOLERANCE = 1e-9;

    private static Formula f(String text) {
        return FormulaParser.parse(text);
    }

    private static void assertMatches(String resource, double tolerance) {
        List<ReferenceTable.Row> rows = ReferenceTable.read(resource);
        assertTrue(rows.size() >= 5, resource + " lost its rows");
        for (ReferenceTable.Row row : rows) {
            double v = DoubleEvaluator.value(f(row.formula()), row.at());
            double error = ReferenceTable.relativeError(v, row.reference());
            assertTrue(error <= tolerance, row + ": got " + v + ", relative error " + error + " > " + tolerance);
        }
    }

    @Test
    void matchesMpmathReferenceValues() {
        assertMatches("double-evaluator.psv", DIRECT_TOLERANCE);
    }

    @Test
    void logFallbackMatchesMpmathWhereTheDirectEvaluationOverflows() {
        for (ReferenceTable.Row row : ReferenceTable.read("log-fallback.psv")) {
            double direct = f(row.formula()).accept(new PlainEvaluator(row.at()));
            assertFalse(Double.isFinite(direct), row + " does not exercise the fallback: direct value " + direct);
        }
        assertMatches("log-fallback.psv", LOG_SPACE_TOLERANCE);
    }

    @Test
    void ballVolumeUnderflowsToZeroNotNanAtLargeN() {
        // V_n = pi^(n/2)/Gamma(n/2+1) is about 1e-886 at n = 1000 (below the double range); at n = 1e6 the direct
        // evaluation is inf/inf
        Formula volume = f("Pi^(n/2)/Gamma(n/2 + 1)");
        assertEquals(0.0, DoubleEvaluator.value(volume, Assignment.of("n", 1000)));
        assertEquals(0.0, DoubleEvaluator.value(volume, Assignment.of("n", 1e6)));
    }

    @Test
    void compareOrdersValuesBelowTheDoubleRange() {
        Assignment none = Assignment.of(java.util.Map.of());
        assertTrue(DoubleEvaluator.compare(f("0.2^10000"), f("0"), none) > 0);
        assertTrue(DoubleEvaluator.compare(f("0.2^10001"), f("0.2^10000"), none) < 0);
        assertTrue(DoubleEvaluator.compare(f("-(0.2^10000)"), f("0"), none) < 0);
        assertTrue(DoubleEvaluator.compare(f("-(0.2^10000)"), f("-(0.2^10001)"), none) < 0);
        assertEquals(0.0, DoubleEvaluator.compare(f("0.2^10000"), f("0.2^10000"), none));
    }

    @Test
    void compareOrdersValuesAboveTheDoubleRange() {
        // ln Gamma(1000) = 5905.2 > 1000 = ln e^1000, both beyond the double range
        assertTrue(DoubleEvaluator.compare(f("Gamma(n)"), f("Exp(n)"), Assignment.of("n", 1000)) > 0);
        assertTrue(DoubleEvaluator.compare(f("(1 - 2*eps)^n"), f("0"), Assignment.of("n", 1e6, "eps", 0.1)) > 0);
    }

    @Test
    void compareIsNanWhenASideIsNotReal() {
        assertTrue(Double.isNaN(DoubleEvaluator.compare(f("Log(0 - 1)"), f("0"), Assignment.of(java.util.Map.of()))));
        assertTrue(Double.isNaN(DoubleEvaluator.compare(f("1"), f("Sqrt(0 - x)"), Assignment.of("x", 2))));
    }

    @Test
    void compiledFunctionEqualsValue() {
        Formula shell = f("1 - (1 - 2*eps)^n");
        Assignment at = Assignment.of("n", 10, "eps", 0.1);
        assertEquals(DoubleEvaluator.value(shell, at), DoubleEvaluator.compile(shell).applyAsDouble(at));
    }

    @Test
    void sumAddsEveryTerm() {
        assertEquals(5050.0, DoubleEvaluator.value(f("Sum(k, k, 1, n)"), Assignment.of("n", 100)));
        // the binder shadows an outer k
        assertEquals(6.0, DoubleEvaluator.value(f("Sum(k, k, 1, 3)"), Assignment.of("k", 100)));
    }

    @Test
    void sumRejectsNonIntegerBounds() {
        NumericException e = assertThrows(NumericException.class,
                () -> DoubleEvaluator.value(f("Sum(k, k, 1, n)"), Assignment.of("n", 2.5)));
        assertTrue(e.getMessage().startsWith("expected integer bounds with fewer than 10000000 terms for Sum over k"),
                e.getMessage());
    }

    @Test
    void limitHasNoValueAtAPoint() {
        NumericException e = assertThrows(NumericException.class,
                () -> DoubleEvaluator.value(f("Limit(1/n, n -> Infinity)"), Assignment.of(java.util.Map.of())));
        assertTrue(e.getMessage().contains("a limit has no value at a point"), e.getMessage());
    }

    @Test
    void missingVariableNamesIt() {
        NumericException e = assertThrows(NumericException.class,
                () -> DoubleEvaluator.value(f("n*eps"), Assignment.of("n", 3)));
        assertEquals("expected a value in the assignment [n] for variable, got eps", e.getMessage());
    }
}

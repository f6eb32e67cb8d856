package hdae.symbolic.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.FormulaParser;
import hdae.symbolic.formula.Rel;
import hdae.symbolic.formula.Relation;
import hdae.symbolic.formula.Var;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Integrals over one range are merged only where linearity allows it: \(\sum_k c_k \int_a^b g_k = \int_a^b \sum_k c_k
 * g_k\) with every \(c_k\) free of the integration variable and no term outside the integrals.
 */
class OneRangeIntegralsTest {
    private static final Assumptions NONE = Assumptions.NONE;
    /** A generous limit: the calls here take about a second of CPU, but the machine is shared. */
    private static final Cas CAS = new Cas(Duration.ofSeconds(30));

    @AfterAll
    static void stop() {
        CAS.close();
    }

    private static Formula f(String text) {
        return FormulaParser.parse(text);
    }

    @Test
    void aDifferenceOfTwoIntegralsOverOneRangeBecomesOneIntegrandOnTheOpenRange() {
        var m = OneRangeIntegrals.of(f("2*Integrate(x^2, x, 0, h) - Integrate(x, x, 0, h)/3"), NONE).orElseThrow();
        assertEquals(List.of(Relation.of(new Var("x"), Rel.GT, f("0")), Relation.of(new Var("x"), Rel.LT, f("h"))),
                m.range());
        assertTrue(CAS.provesZero(hdae.symbolic.formula.Formulas.minus(m.integrand(), f("2*x^2 - x/3")), NONE).isDone(),
                m.integrand().toInputForm());
    }

    @Test
    void anInfiniteBoundAddsNoCondition() {
        var m = OneRangeIntegrals.of(f("Integrate(Exp(-x), x, 0, Infinity) - Integrate(Exp(-x), x, 0, Infinity)"), NONE);
        assertEquals(1, m.orElseThrow().range().size());
    }

    @Test
    void isNotMergedAcrossRangesWithATermOutsideTheIntegralsOrACoefficientInTheBoundVariable() {
        assertTrue(OneRangeIntegrals.of(f("Integrate(x, x, 0, 1) - Integrate(x, x, 0, 2)/4"), NONE).isEmpty());
        assertTrue(OneRangeIntegrals.of(f("Integrate(x, x, 0, 1) - Integrate(1 - x, x, 0, 1) + 1"), NONE).isEmpty());
        assertTrue(OneRangeIntegrals.of(f("x*Integrate(x, x, 0, 1) - Integrate(x, x, 0, 1)"), NONE).isEmpty());
        assertTrue(OneRangeIntegrals.of(f("Integrate(x, x, 0, 1)*Integrate(x, x, 0, 1) - Integrate(x, x, 0, 1)"), NONE)
                .isEmpty());
        assertTrue(OneRangeIntegrals.of(f("Integrate(x, x, 0, 1)"), NONE).isEmpty());
    }

    @Test
    void isNotMergedWhenTheAssumptionsNameTheBoundVariable() {
        Assumptions onX = new Assumptions(List.of(Relation.of(new Var("x"), Rel.GT, f("2"))), Set.of());
        assertTrue(OneRangeIntegrals.of(f("Integrate(x, x, 0, 1) - Integrate(x, x, 0, 1)"), onX).isEmpty());
    }

    /** Gilmer et al.'s mean chordal distance to a cap, written with the chord in two forms (sphere-concentration, step 8). */
    @Test
    void theCapDistanceWrittenTwoWaysIsProvedThroughItsIntegrand() {
        String weight = "*(1 - s^2)^((n - 3)/2), s, -1, h)";
        Formula diff = f("Integrate(Sqrt((s - h)^2 + (Sqrt(1 - s^2) - Sqrt(1 - h^2))^2)" + weight
                + " - Integrate(Sqrt(2 - 2*(s*h + Sqrt(1 - s^2)*Sqrt(1 - h^2)))" + weight);
        Assumptions a = new Assumptions(List.of(Relation.of(new Var("h"), Rel.GE, f("0")),
                Relation.of(new Var("h"), Rel.LE, f("9/10")), Relation.of(new Var("n"), Rel.GE, f("3"))), Set.of("n"));
        CasResult r = CAS.provesZero(diff, a);
        assertEquals(CasStatus.DONE, r.status(), r.reason());
        assertTrue(r.reason().contains("one integral"), r.reason());
    }

    /** The integrands x and 1 - x differ, but both integrals over [0, 1] are 1/2: the integrals themselves decide. */
    @Test
    void integrandsThatDifferFallBackToTheIntegrals() {
        CasResult r = CAS.provesZero(f("Integrate(x, x, 0, 1) - Integrate(1 - x, x, 0, 1)"), NONE);
        assertEquals(CasStatus.DONE, r.status(), r.reason());
        assertTrue(r.reason().isEmpty(), r.reason());
    }
}

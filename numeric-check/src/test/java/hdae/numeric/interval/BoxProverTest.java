package hdae.numeric.interval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.numeric.NumericException;
import hdae.symbolic.bound.Domain;
import hdae.symbolic.formula.FormulaParser;
import hdae.symbolic.formula.Relation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BoxProverTest {
    private static final BoxProver PROVER = new BoxProver(100_000);

    private static Relation claim(String text) {
        return new FormulaParser().relation(text);
    }

    @Test
    void provesTwoPiMOverOnePlusTwoMBelowOneOnTheFifth() {
        // at m = 1/5 the left side is 2 pi/7 = 0.8976, and it increases in m
        BoxProver.Outcome o = PROVER.prove(claim("2*Pi*m/(1 + 2*m) < 1"),
                Map.of("m", new Domain(false, 0, true, 0.2, false)), List.of());
        assertEquals(BoxProver.Status.PROVED, o.status(), o.reason());
    }

    @Test
    void refutesSquareBelowItselfOnZeroToTwoWithAWitness() {
        BoxProver.Outcome o = PROVER.prove(claim("x^2 <= x"), Map.of("x", Domain.closed(0, 2)), List.of());
        assertEquals(BoxProver.Status.REFUTED, o.status(), o.reason());
        double x = o.witness().get("x");
        assertTrue(x > 1 && x <= 2, "witness " + x);
        BigDecimal w = new BigDecimal(x);
        assertTrue(w.multiply(w).compareTo(w) > 0, "x^2 <= x holds at the witness " + x);
    }

    @Test
    void refusesBoxesWhereADivisorMayVanish() {
        // 0 * (1/(x - x)) is undefined everywhere; an enclosure of 1/[-w, w] as the whole line would make it [0, 0]
        BoxProver.Outcome o = new BoxProver(2_000).prove(claim("0*(1/(x - x)) >= 0"), Map.of("x", Domain.closed(1, 2)), List.of());
        assertEquals(BoxProver.Status.UNDECIDED, o.status(), o.reason());
        BoxProver.Outcome pole = new BoxProver(2_000).prove(claim("0*(1/(x - 1)) >= 0"), Map.of("x", Domain.closed(0, 2)), List.of());
        assertEquals(BoxProver.Status.UNDECIDED, pole.status(), pole.reason());
    }

    @Test
    void isUndecidedOnAnUnboundedDomain() {
        BoxProver.Outcome o = PROVER.prove(claim("Exp(0 - x) <= 1"), Map.of("x", Domain.reals()), List.of());
        assertEquals(BoxProver.Status.UNDECIDED, o.status());
        assertEquals("the domain of x is unbounded: reals in (-Infinity, Infinity)", o.reason());
        assertEquals(0, o.boxes());
    }

    @Test
    void isUndecidedWithoutADomain() {
        BoxProver.Outcome o = PROVER.prove(claim("x <= 1"), Map.of(), List.of());
        assertEquals(BoxProver.Status.UNDECIDED, o.status());
        assertEquals("variable x has no declared domain", o.reason());
    }

    @Test
    void provesTheBallVolumeBoundOnIntegers() {
        // V_n <= 5.27 for n = 1..40 (max 8 pi^2/15 = 5.2638 at n = 5); integer boxes are split down to points
        BoxProver.Outcome o = PROVER.prove(claim("Pi^(n/2)/Gamma(n/2 + 1) <= 5.27"),
                Map.of("n", Domain.integersBetween(1, 40)), List.of());
        assertEquals(BoxProver.Status.PROVED, o.status(), o.reason());
    }

    @Test
    void isUndecidedWhereTheBoundIsAttained() {
        // V_5 = 8 pi^2/15 exactly: rounding outward cannot show a gap of 0 >= 0
        BoxProver.Outcome o = PROVER.prove(claim("Pi^(n/2)/Gamma(n/2 + 1) <= 8*Pi^2/15"),
                Map.of("n", Domain.integersBetween(1, 12)), List.of());
        assertEquals(BoxProver.Status.UNDECIDED, o.status(), o.reason());
    }

    @Test
    void assumptionsExcludeBoxes() {
        // x^2 <= x fails on (1, 2] but is assumed away there
        BoxProver.Outcome o = PROVER.prove(claim("x^2 <= x + 0.001"), Map.of("x", Domain.closed(0.5, 2)),
                List.of(claim("x <= 0.9")));
        assertEquals(BoxProver.Status.PROVED, o.status(), o.reason());
    }

    @Test
    void runsOutOfBudgetAsUndecided() {
        BoxProver.Outcome o = new BoxProver(3).prove(claim("x*(1 - x) <= 0.25"), Map.of("x", Domain.closed(0, 1)), List.of());
        assertEquals(BoxProver.Status.UNDECIDED, o.status());
        assertEquals("no proof within 3 boxes", o.reason());
    }

    @Test
    void rejectsEqualitiesAndAnEmptyBudget() {
        NumericException e = assertThrows(NumericException.class,
                () -> PROVER.prove(claim("x == 1"), Map.of("x", Domain.closed(0, 1)), List.of()));
        assertEquals("expected an inequality for claim, got x == 1", e.getMessage());
        NumericException b = assertThrows(NumericException.class, () -> new BoxProver(0));
        assertEquals("expected a positive box budget for maxBoxes, got 0", b.getMessage());
    }
}

package hdae.proofs.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.proofs.format.Derivation;
import hdae.proofs.format.DerivationParser;
import hdae.proofs.format.DerivationSyntaxException;
import hdae.symbolic.bound.BoundCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Premise chains, declared symbols, empty steps and derived verdicts (docs/derivation-format.md): a
 * conclusion follows only from premises that combine into it, and a bound's verdict is the weakest of
 * every step it rests on.
 */
class PremiseChainTest {
    private static final StepChecker CHECKER = new StepChecker(BoundCatalogue.standard(), CheckSettings.DEFAULT);

    @AfterAll
    static void close() {
        CHECKER.close();
    }

    private static String resource(String name) {
        try (InputStream in = PremiseChainTest.class.getResourceAsStream("/hdae/proofs/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyStepGetsItsExpectedVerdict() {
        Derivation d = new DerivationParser(BoundCatalogue.standard()).parse("premise-chains.deriv",
                resource("premise-chains.deriv"));
        List<StepResult> results = CHECKER.check(d);
        for (StepResult r : results) {
            assertEquals(r.expected().orElseThrow(), r.verdict(), () -> r.name() + ": " + r.detail());
        }
        assertTrue(results.get(3).detail().contains("do not combine into the claim"), results.get(3).detail());
        assertTrue(results.get(7).detail().contains("-t >= 0"), results.get(7).detail());
        assertTrue(results.get(10).detail().contains("states nothing"), results.get(10).detail());
        // the derived verdict of step 3 rests on the cited step 1: proved from one cited result, named
        BoundVerdict v = DerivedVerdicts.of("q-bound", d, d.step(3), results);
        assertEquals(Standing.PROVED_FROM_CITED, v.standing());
        assertEquals(List.of(1, 2, 3), v.closure());
        assertEquals("PROVED from 1 cited result: the cited bound (step 1)", v.summary());
        // a failed premise makes the conclusion FAILED, whatever the inference
        BoundVerdict w = DerivedVerdicts.of("q-bound", d, d.step(10), results);
        assertEquals(Standing.PROVED_FROM_CITED, w.standing());
        assertEquals(List.of(6, 7, 9, 10), w.closure());
    }

    @Test
    void aOneStepFakeConclusionIsFailed() {
        Derivation d = new DerivationParser(BoundCatalogue.standard()).parse("fake-conclusion.txt",
                resource("fake-conclusion.txt"));
        StepResult r = CHECKER.check(d, d.steps().get(0));
        assertEquals(Verdict.FAILED, r.verdict(), r.detail());
        assertTrue(r.detail().contains("does not state bound cube-mean-dist-le-inv-2pi-of-half-mass as catalogued: the"
                + " catalogue has CubeMeanDist() <= 1/(2*Pi)"), r.detail());
        BoundVerdict v = DerivedVerdicts.of(BoundCatalogue.standard(), List.of(d), List.of(r)).stream()
                .filter(b -> b.bound().equals("cube-mean-dist-le-inv-2pi-of-half-mass")).findFirst().orElseThrow();
        assertEquals(Standing.FAILED, v.standing());
    }

    @Test
    void aClaimWhoseSidesAreIdenticalIsRefusedWithFileAndLine() {
        String text = resource("fake-conclusion.txt").replace("0 <= @cube-mean-dist-le-inv-2pi-of-half-mass",
                "1/(2*Pi) <= @cube-mean-dist-le-inv-2pi-of-half-mass");
        DerivationSyntaxException e = assertThrows(DerivationSyntaxException.class,
                () -> new DerivationParser(BoundCatalogue.standard()).parse("same.txt", text));
        assertEquals(8, e.line());
        assertTrue(e.getMessage().startsWith("same.txt:8:"), e.getMessage());
        assertTrue(e.getMessage().contains("both sides identical"), e.getMessage());
    }

    @Test
    void premisesMustBeEarlierFormalSteps() {
        String text = resource("premise-chains.deriv").replace("  from    1, 2\n  expect  PROVED",
                "  from    1, 7\n  expect  PROVED");
        DerivationSyntaxException e = assertThrows(DerivationSyntaxException.class,
                () -> new DerivationParser(BoundCatalogue.standard()).parse("p.txt", text));
        assertTrue(e.getMessage().contains("expected an earlier step (1 to 2) after 'from', found 7"), e.getMessage());
    }

    @Test
    void claimA5IsCitedNeverProved() {
        Derivation d = hdae.proofs.format.DerivationLibrary.standard(BoundCatalogue.standard()).stream()
                .filter(x -> x.id().equals("multiresolution-claim")).findFirst().orElseThrow();
        List<BoundVerdict> vs = DerivedVerdicts.of(BoundCatalogue.standard(), List.of(d), CHECKER.check(d));
        assertEquals(2, vs.size());
        for (BoundVerdict v : vs) {
            assertEquals(Standing.CITED, v.standing(), v.bound() + ": " + v.summary());
            assertTrue(!v.summary().toLowerCase(java.util.Locale.ROOT).contains("proved"), v.summary());
        }
    }

    @Test
    void composition() {
        assertEquals(Optional.of(hdae.symbolic.formula.Rel.LT),
                Inference.compose(hdae.symbolic.formula.Rel.LE, hdae.symbolic.formula.Rel.LT, false));
        assertEquals(Optional.empty(), Inference.compose(hdae.symbolic.formula.Rel.LE, hdae.symbolic.formula.Rel.GE, false));
        assertEquals(Optional.empty(), Inference.compose(hdae.symbolic.formula.Rel.LE, hdae.symbolic.formula.Rel.IS_BIG_O,
                false));
        assertEquals(Optional.of(hdae.symbolic.formula.Rel.IS_BIG_O),
                Inference.compose(hdae.symbolic.formula.Rel.LE, hdae.symbolic.formula.Rel.IS_BIG_O, true));
    }
}

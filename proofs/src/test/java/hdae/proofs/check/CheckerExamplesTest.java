package hdae.proofs.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.proofs.format.Derivation;
import hdae.proofs.format.DerivationParser;
import hdae.symbolic.bound.BoundCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The checker on derivations whose verdicts are known: deliberately wrong claims (FAILED with a
 * counterexample) and true claims on which Symja 3.0.0 fails (research/deps-report.md, pitfalls 6 and 7).
 */
class CheckerExamplesTest {
    /** A short CAS limit keeps the hanging Limit of symja-defects step 2 to a few seconds. */
    private static final Duration CAS_LIMIT = Duration.ofSeconds(2);
    private static final StepChecker CHECKER = new StepChecker(BoundCatalogue.standard(),
            CheckSettings.DEFAULT.withCasLimit(CAS_LIMIT));

    @AfterAll
    static void close() {
        CHECKER.close();
    }

    static Derivation load(String name) {
        try (InputStream in = CheckerExamplesTest.class.getResourceAsStream("/hdae/proofs/" + name)) {
            return new DerivationParser(BoundCatalogue.standard()).parse(name, new String(in.readAllBytes(),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyWrongClaimFailsWithACounterexample() {
        Derivation d = load("wrong-constants.deriv");
        List<StepResult> results = CHECKER.check(d);
        assertEquals(d.steps().size(), results.size());
        for (StepResult r : results) {
            assertEquals(Verdict.FAILED, r.verdict(), () -> r.name() + ": " + r.verdict() + " " + r.detail());
            assertTrue(r.counterexample().isPresent(), () -> r.name() + " has no counterexample: " + r.detail());
        }
    }

    @Test
    void wrongConstantCounterexampleShowsBothSides() {
        Derivation d = load("wrong-constants.deriv");
        StepResult r = CHECKER.check(d, d.steps().get(0));
        Counterexample c = r.counterexample().orElseThrow();
        double n = Double.parseDouble(c.point().get("n"));
        // lhs = n/6 (exact integral), rhs = n/4: the sides differ by n/12
        assertEquals(n / 6, Double.parseDouble(c.lhs()), 1e-9 * n);
        assertEquals(n / 4, Double.parseDouble(c.rhs()), 1e-12 * n);
    }

    @Test
    void symjaWrongLimitIsUnknownWithBothFigures() {
        Derivation d = load("symja-defects.deriv");
        StepResult r = CHECKER.check(d, d.steps().get(0));
        assertEquals(Verdict.UNKNOWN, r.verdict(), r.detail());
        assertTrue(r.detail().contains("CAS limit 0") && r.detail().contains("numerics"), r.detail());
    }

    @Test
    void aFalseLimitTheCasConfirmsIsUnknownNotProved() {
        Derivation d = load("symja-defects.deriv");
        StepResult r = CHECKER.check(d, d.steps().get(3));
        assertEquals(Verdict.UNKNOWN, r.verdict(), r.detail());
    }

    @Test
    void hangingLimitIsUnknownWithinItsTimeLimit() {
        Derivation d = load("symja-defects.deriv");
        StepResult r = CHECKER.check(d, d.steps().get(1));
        assertEquals(Verdict.UNKNOWN, r.verdict(), r.detail());
        // one Limit call (2 s) plus the engine's stop grace (1.5 s) plus fast numerics; 20 s is a
        // generous ceiling on a loaded 2-core machine, far below the unbounded time Symja would take
        assertTrue(r.elapsed().compareTo(Duration.ofSeconds(20)) < 0, () -> "took " + r.elapsed());
    }

    @Test
    void asymptoticOrdersAreJudgedByTheirLogLogSlope() {
        Derivation d = load("orders.deriv");
        for (StepResult r : CHECKER.check(d)) {
            assertTrue(r.asExpected(), () -> r.name() + ": " + r.verdict() + " " + r.detail());
        }
    }

    @Test
    void symjaWrongIntegralIsCaughtByQuadrature() {
        Derivation d = load("symja-defects.deriv");
        StepResult r = CHECKER.check(d, d.steps().get(2));
        assertEquals(Verdict.CHECKED, r.verdict(), r.detail());
    }
}

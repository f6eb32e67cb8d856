package hdae.proofs.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.proofs.format.Derivation;
import hdae.proofs.format.DerivationParser;
import hdae.symbolic.bound.BoundCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fundamental theorem of calculus as a proof route ({@code antiderivative}), and premises used under an integral
 * (test resource antiderivatives.deriv): PROVED only when H is analytic near the range, the CAS confirms H' = f and
 * the value; the classic misuse across a pole is never PROVED.
 */
class AntiderivativeTest {
    private static StepChecker checker;
    private static List<StepResult> results;

    @BeforeAll
    static void check() throws IOException {
        checker = new StepChecker(BoundCatalogue.standard(), CheckSettings.DEFAULT);
        try (InputStream in = AntiderivativeTest.class.getResourceAsStream("/hdae/proofs/antiderivatives.deriv")) {
            Derivation d = new DerivationParser(BoundCatalogue.standard()).parse("antiderivatives.deriv",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
            results = checker.check(d);
        }
    }

    @AfterAll
    static void close() {
        checker.close();
    }

    @Test
    void everyStepGetsItsExpectedVerdict() {
        for (StepResult r : results) {
            assertEquals(r.expected().orElseThrow(), r.verdict(), () -> r.name() + ": " + r.detail());
        }
    }

    @Test
    void theProofNamesItsRoute() {
        assertTrue(results.get(0).detail().startsWith("fundamental theorem of calculus with H = v^2"), results.get(0).detail());
        assertTrue(results.get(5).detail().startsWith("fundamental theorem of calculus"), results.get(5).detail());
    }

    @Test
    void aDeclinedRouteSaysWhy() {
        assertTrue(results.get(1).detail().contains("H is not shown analytic on a neighbourhood of [a, b]: Sqrt"),
                results.get(1).detail());
        assertTrue(results.get(3).detail().contains("the CAS does not show D(H, v) = integrand"), results.get(3).detail());
    }

    @Test
    void premisesUnderAnIntegralNeedADomainThatCoversItsRange() {
        assertTrue(results.get(9).detail().contains("do not combine into the claim"), results.get(9).detail());
        assertTrue(results.get(10).detail().contains("do not combine into the claim"), results.get(10).detail());
    }
}

package hdae.proofs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.proofs.check.CheckSettings;
import hdae.proofs.check.StepChecker;
import hdae.proofs.check.StepResult;
import hdae.proofs.format.Derivation;
import hdae.proofs.format.DerivationLibrary;
import hdae.proofs.format.Step;
import hdae.symbolic.bound.BoundCatalogue;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every step of every shipped derivation, one dynamic test each, named by derivation and step. A step
 * passes when its verdict meets the file's {@code expect} (PROVED meets CHECKED), or, without one,
 * when it holds (PROVED, CHECKED or CITED).
 */
class DerivationsTest {
    private static final StepChecker CHECKER = new StepChecker(BoundCatalogue.standard(), CheckSettings.DEFAULT);

    @AfterAll
    static void close() {
        CHECKER.close();
    }

    @TestFactory
    Stream<DynamicContainer> everyStepOfEveryDerivation() {
        List<Derivation> all = DerivationLibrary.standard(BoundCatalogue.standard());
        return all.stream().map(d -> DynamicContainer.dynamicContainer(d.id() + " (" + d.provenance() + "): " + d.title(),
                d.steps().stream().map(s -> step(d, s))));
    }

    private static DynamicTest step(Derivation d, Step s) {
        return DynamicTest.dynamicTest(s.displayName(), () -> {
            StepResult r = CHECKER.check(d, s);
            assertTrue(r.asExpected(), () -> d.id() + " " + s.displayName() + ": " + r.verdict()
                    + r.expected().map(e -> " (expected " + e + ")").orElse("") + ": " + r.detail()
                    + r.counterexample().map(c -> "; counterexample " + c).orElse(""));
        });
    }
}

package hdae.proofs.check;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The checker's finding on one step.
 *
 * @param derivation the derivation id
 * @param step the step number
 * @param name the step's display name
 * @param verdict the verdict
 * @param detail how the verdict was reached (CAS outcome, numeric evidence, citation)
 * @param counterexample for FAILED, where the claim fails
 * @param expected the verdict the file expects, if it says
 * @param elapsed the time the check took (wall time)
 * @param casCpu the CPU time the CAS spent on the check (the CAS thread's, whatever else the machine ran)
 */
public record StepResult(String derivation, int step, String name, Verdict verdict, String detail,
        Optional<Counterexample> counterexample, Optional<Verdict> expected, Duration elapsed,
        Duration casCpu) {
    public StepResult {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(counterexample, "counterexample");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(casCpu, "casCpu");
    }

    /** Whether the step meets its expectation (the file's {@code expect}, or else: it holds). */
    public boolean asExpected() {
        return expected.map(verdict::meets).orElse(verdict.holds());
    }
}

package hdae.proofs.check;

import java.util.Optional;

/** A verdict with its evidence, before it is attached to a step. */
record Finding(Verdict verdict, String detail, Optional<Counterexample> counterexample) {
}

package hdae.validate.certify;

import java.util.Optional;

/**
 * The outcome of {@link BranchAndBound} on one region.
 *
 * @param status         ROBUST, NOT_ROBUST or UNKNOWN
 * @param counterexample the verified adversarial point when NOT_ROBUST (it lies in the region); else empty
 * @param subdomains     subdomains bounded (the root included), at most the budget
 */
public record Verification(Robustness status, Optional<Counterexample> counterexample, int subdomains) {
}

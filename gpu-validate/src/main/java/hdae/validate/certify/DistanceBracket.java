package hdae.validate.certify;

import java.util.Optional;

/**
 * A bracket of the exact minimal adversarial distance \(\Delta(x_0)\) of one sample, from {@link ExactRadius}:
 * \(\mathit{lower} \le \Delta(x_0) \le \mathit{upper}\), both ends proved (the lower by bound propagation or
 * branch and bound at \(\varepsilon = \mathit{lower}\), the upper by a verified counterexample at that distance).
 *
 * @param lower          the largest radius proved robust (0 when none)
 * @param upper          the smallest verified counterexample distance, or \(+\infty\) when none was found
 * @param tolerance      the relative tolerance aimed at: \(\mathit{upper} - \mathit{lower} \le
 *                       \mathit{tolerance} \cdot \mathit{upper}\)
 * @param status         whether that tolerance was reached
 * @param counterexample the counterexample at the upper end, if any
 * @param subdomains     branch and bound subdomains spent, over all radii tried
 */
public record DistanceBracket(double lower, double upper, double tolerance, Status status,
        Optional<Counterexample> counterexample, long subdomains) {

    /** Whether the bracket is as narrow as asked. */
    public enum Status {
        /** \(\mathit{upper} - \mathit{lower} \le \mathit{tolerance} \cdot \mathit{upper}\), upper finite. */
        WITHIN_TOLERANCE,
        /** Wider: a branch and bound run was UNKNOWN within its budget, or no counterexample was found. */
        WIDER
    }

    /** @return lower / upper, the fraction of the exact distance certified at worst (0 when upper is infinite) */
    public double ratio() {
        return upper > 0 && upper < Double.POSITIVE_INFINITY ? lower / upper : upper == 0 ? 1 : 0;
    }
}

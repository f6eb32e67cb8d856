package hdae.symbolic.cas;

import hdae.symbolic.formula.Formula;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one CAS call.
 *
 * @param status how it ended
 * @param text the result in Symja's input form, with hdae's variable names restored (empty unless DONE)
 * @param formula the result read back as an hdae formula, when its vocabulary allows
 * @param reason why the status is not DONE, or a note on a DONE result
 * @param elapsed wall time of the call
 */
public record CasResult(CasStatus status, String text, Optional<Formula> formula, String reason, Duration elapsed) {
    public CasResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    public boolean isDone() {
        return status == CasStatus.DONE;
    }

    static CasResult unknown(String reason, Duration elapsed) {
        return new CasResult(CasStatus.UNKNOWN, "", Optional.empty(), reason, elapsed);
    }

    CasResult withReason(CasStatus newStatus, String newReason) {
        return new CasResult(newStatus, text, formula, newReason, elapsed);
    }
}

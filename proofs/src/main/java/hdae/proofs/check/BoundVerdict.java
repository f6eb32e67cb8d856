package hdae.proofs.check;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The derived verdict of one catalogue bound.
 *
 * @param bound the bound id
 * @param derivation the derivation that concludes it
 * @param step the concluding step's number, if a step concludes it
 * @param standing the derived verdict over the concluding step's dependency closure
 * @param closure the steps of the closure, in order
 * @param citations the cited results the closure assumes ("Gaussian isoperimetry (step 5)"), in step order
 * @param weakest the steps that set a standing below PROVED_FROM_CITED ("step 12: CHECKED"), if any
 */
public record BoundVerdict(String bound, String derivation, Optional<Integer> step, Standing standing,
        List<Integer> closure, List<String> citations, List<String> weakest) {
    public BoundVerdict {
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(standing, "standing");
        closure = List.copyOf(closure);
        citations = List.copyOf(citations);
        weakest = List.copyOf(weakest);
    }

    /**
     * The verdict in words: "PROVED", "PROVED from 3 cited results: A; B; C", "CITED: A", "CHECKED (step 12
     * is only checked numerically; assumes 1 cited result: A)", "FAILED (step 4: FAILED)", "UNKNOWN (...)".
     */
    public String summary() {
        String assumes = citations.size() + " cited result" + (citations.size() == 1 ? "" : "s") + ": "
                + String.join("; ", citations);
        return switch (standing) {
            case PROVED -> "PROVED";
            case PROVED_FROM_CITED -> "PROVED from " + assumes;
            case CITED -> "CITED: " + String.join("; ", citations);
            case CHECKED, FAILED -> standing.name() + " (" + String.join(", ", weakest)
                    + (citations.isEmpty() ? "" : "; assumes " + assumes) + ")";
            case UNKNOWN -> step.isEmpty() ? "UNKNOWN (no step of " + derivation + " concludes it)"
                    : "UNKNOWN (" + String.join(", ", weakest) + ")";
        };
    }

    /** The summary in lower case for running text ("proved from 2 cited results: ..."). */
    public String note() {
        String s = summary();
        int cut = s.indexOf(' ');
        String head = cut < 0 ? s : s.substring(0, cut);
        return head.toLowerCase(Locale.ROOT) + (cut < 0 ? "" : s.substring(cut));
    }
}

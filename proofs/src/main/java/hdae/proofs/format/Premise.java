package hdae.proofs.format;

import hdae.symbolic.formula.Formula;
import java.util.Map;
import java.util.Objects;

/**
 * An earlier step a step rests on ({@code from 5} or {@code from 12 with s = Sqrt(2*Pi)*t}): its
 * claim, with the named parameters replaced by the given formulas, is a premise of the step's claim.
 *
 * @param step the number of the earlier step
 * @param with the instantiation: parameter of that step (or of the derivation) to formula, possibly none
 */
public record Premise(int step, Map<String, Formula> with) {
    public Premise {
        with = Map.copyOf(Objects.requireNonNull(with, "with"));
    }

    @Override
    public String toString() {
        if (with.isEmpty()) {
            return String.valueOf(step);
        }
        return step + " with " + with.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " = " + e.getValue().toInputForm())
                .collect(java.util.stream.Collectors.joining(", "));
    }
}

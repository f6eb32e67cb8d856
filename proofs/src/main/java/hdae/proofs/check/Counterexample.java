package hdae.proofs.check;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * A point where a claim fails, with both sides evaluated there.
 *
 * @param point the parameter values
 * @param lhs the left side's value there
 * @param rhs the right side's value there
 */
public record Counterexample(Map<String, String> point, String lhs, String rhs) {
    public Counterexample {
        point = Map.copyOf(point);
    }

    @Override
    public String toString() {
        String at = point.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "));
        return (at.isEmpty() ? "" : "at " + at + ": ") + "lhs = " + lhs + ", rhs = " + rhs;
    }
}

package hdae.cli;

import hdae.proofs.check.Counterexample;
import hdae.proofs.check.StepResult;
import hdae.proofs.check.Verdict;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One step's result as the JSON object of {@code hdae check --json}, and back (for a second checking JVM). */
final class StepResultJson {
    private StepResultJson() {
    }

    static Map<String, Object> of(StepResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("derivation", r.derivation());
        m.put("step", r.step());
        m.put("name", r.name());
        m.put("verdict", r.verdict().name());
        r.expected().ifPresent(e -> m.put("expected", e.name()));
        m.put("detail", r.detail());
        r.counterexample().ifPresent(c -> m.put("counterexample", Map.of("point", c.point(), "lhs", c.lhs(), "rhs", c.rhs())));
        m.put("millis", r.elapsed().toMillis());
        m.put("casCpuMillis", r.casCpu().toMillis());
        return m;
    }

    /** The result that {@link #of} wrote; a malformed object throws IllegalArgumentException or ClassCastException. */
    @SuppressWarnings("unchecked")
    static StepResult read(Map<String, Object> m) {
        Optional<Counterexample> c = Optional.ofNullable((Map<String, Object>) m.get("counterexample"))
                .map(x -> new Counterexample((Map<String, String>) x.get("point"), (String) x.get("lhs"), (String) x.get("rhs")));
        return new StepResult((String) m.get("derivation"), ((Number) m.get("step")).intValue(), (String) m.get("name"),
                Verdict.valueOf((String) m.get("verdict")), (String) m.get("detail"), c,
                Optional.ofNullable((String) m.get("expected")).map(Verdict::valueOf),
                Duration.ofMillis(((Number) m.get("millis")).longValue()),
                Duration.ofMillis(((Number) m.get("casCpuMillis")).longValue()));
    }
}

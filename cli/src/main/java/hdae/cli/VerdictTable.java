package hdae.cli;

import hdae.proofs.check.BoundVerdict;
import hdae.proofs.check.Standing;
import hdae.proofs.check.StepResult;
import hdae.proofs.check.Verdict;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The verdict table of {@code hdae check}: one row a step, printed as each step is checked. */
final class VerdictTable {
    private static final String FORMAT = "%-16s %-52s %-8s %7s  %s%n";
    private static final int DETAIL_WIDTH = 100;
    private final PrintWriter out;
    private final boolean fullDetail;

    VerdictTable(PrintWriter out, boolean fullDetail) {
        this.out = out;
        this.fullDetail = fullDetail;
    }

    void header() {
        out.printf(Locale.ROOT, FORMAT, "derivation", "step", "verdict", "ms", "evidence");
        out.flush();
    }

    void row(StepResult r) {
        String verdict = r.verdict().name() + (r.asExpected() ? "" : "!");
        out.printf(Locale.ROOT, FORMAT, r.derivation(), shorten(r.name(), 52), verdict, r.elapsed().toMillis(),
                fullDetail ? r.detail() : shorten(r.detail(), DETAIL_WIDTH));
        r.counterexample().ifPresent(c -> out.printf(Locale.ROOT, "%-16s %-52s %-8s %7s  counterexample %s%n", "", "", "", "", c));
        if (!r.asExpected()) {
            out.printf(Locale.ROOT, "%-16s %-52s %-8s %7s  expected %s%n", "", "", "", "",
                    r.expected().map(Verdict::name).orElse("a verdict that holds"));
        }
        out.flush();
    }

    void summary(List<StepResult> results) {
        Map<String, Integer> c = counts(results);
        out.printf(Locale.ROOT, "%n%d steps: %d PROVED, %d CHECKED, %d CITED, %d FAILED, %d UNKNOWN%n", results.size(),
                c.get("PROVED"), c.get("CHECKED"), c.get("CITED"), c.get("FAILED"), c.get("UNKNOWN"));
    }

    /** One line per catalogue bound: its derived verdict and the cited results it assumes. */
    void bounds(List<BoundVerdict> bounds) {
        if (bounds.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "%nderived verdicts of the bounds (over every step each rests on):%n");
        for (BoundVerdict b : bounds) {
            out.printf(Locale.ROOT, "%-60s %-18s %s%n", b.bound(), b.derivation() + b.step().map(s -> " " + s).orElse(""),
                    fullDetail ? b.summary() : shorten(b.summary(), 2 * DETAIL_WIDTH));
        }
        Map<String, Integer> c = standingCounts(bounds);
        out.printf(Locale.ROOT, "%n%d bounds: %d PROVED, %d PROVED_FROM_CITED, %d CITED, %d CHECKED, %d UNKNOWN, %d FAILED%n",
                bounds.size(), c.get("PROVED"), c.get("PROVED_FROM_CITED"), c.get("CITED"), c.get("CHECKED"),
                c.get("UNKNOWN"), c.get("FAILED"));
    }

    static Map<String, Integer> standingCounts(List<BoundVerdict> bounds) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (Standing s : Standing.values()) {
            out.put(s.name(), (int) bounds.stream().filter(b -> b.standing() == s).count());
        }
        return out;
    }

    static Map<String, Integer> counts(List<StepResult> results) {
        Map<Verdict, Integer> m = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            m.put(v, 0);
        }
        results.forEach(r -> m.merge(r.verdict(), 1, Integer::sum));
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k.name(), v));
        return out;
    }

    private static String shorten(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 3) + "...";
    }
}

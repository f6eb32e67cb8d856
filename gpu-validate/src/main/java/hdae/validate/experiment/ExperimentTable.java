package hdae.validate.experiment;

import hdae.symbolic.bound.Provenance;
import hdae.validate.ledger.Measurement;
import hdae.validate.ledger.Verdict;
import hdae.validate.model.PhaseTime;
import java.util.Comparator;

import java.util.List;
import java.util.Locale;

/**
 * The judged result of one experiment run: one {@link Row} per measurement, with the run record.
 *
 * @param id         the experiment id
 * @param title      its title
 * @param bound      the catalogue bound it checks
 * @param provenance where the checked claim comes from
 * @param method     what was done, in words
 * @param rows       the judged rows
 * @param run        seeds, versions, hardware, duration
 * @param figures    plots of the measurements; may be empty
 */
public record ExperimentTable(String id, String title, String bound, Provenance provenance, String method,
        List<Row> rows, RunInfo run, List<Figure> figures) {

    /** Copies the lists. */
    public ExperimentTable {
        rows = List.copyOf(rows);
        figures = List.copyOf(figures);
    }

    /**
     * The table with another run record.
     *
     * @param other the run record
     * @return the table
     */
    public ExperimentTable withRun(RunInfo other) {
        return new ExperimentTable(id, title, bound, provenance, method, rows, other, figures);
    }

    /** @return the rows whose verdict fails a test (an unledgered gap or a stale ledger entry) */
    public List<Row> failures() {
        return rows.stream().filter(r -> r.judgement().verdict().isFailure()).toList();
    }

    /**
     * The row of a quantity.
     *
     * @param quantity the quantity
     * @return the row
     */
    public Row row(String quantity) {
        return rows.stream().filter(r -> r.measurement().quantity().equals(quantity)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no row " + quantity + " in " + id));
    }

    /**
     * The phase line of the run record: wall and thread CPU seconds per phase, largest first, and how many
     * experiments ran at once; empty for a table written before phases were recorded.
     */
    static String phases(RunInfo run) {
        if (run.phases().isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("Time by phase (wall s / CPU s of the experiment's thread");
        s.append(run.concurrent() > 1 ? String.format(Locale.ROOT, "; %d experiments ran at once, sharing the"
                + " processors", run.concurrent()) : "").append("): ");
        List<PhaseTime> largestFirst = run.phases().stream()
                .sorted(Comparator.comparingLong(PhaseTime::wallMillis).reversed()).toList();
        for (int i = 0; i < largestFirst.size(); i++) {
            PhaseTime p = largestFirst.get(i);
            s.append(i == 0 ? "" : "; ").append(String.format(Locale.ROOT, "%s %.1f / %.1f", p.phase(),
                    p.wallMillis() / 1000.0, p.cpuMillis() / 1000.0));
        }
        return s.append(".\n\n").toString();
    }

    /** @return the table as Markdown: header, run record, rows, then the explanation of every non-HOLDS row */
    public String toMarkdown() {
        StringBuilder s = new StringBuilder();
        s.append("# ").append(title).append(" (`").append(id).append("`)\n\n");
        s.append("Checks `").append(bound).append("` (").append(provenance).append("). ").append(method)
                .append("\n\n");
        s.append(String.format(Locale.ROOT, "Scale %s; seeds %s; started %s; %.1f s; Java %s, DL4J %s, %s, %d"
                        + " processors, OMP_NUM_THREADS=%s; %d models trained, %d loaded from the model cache.%n%n",
                run.scale(), run.seeds(), run.startedUtc(), run.durationMillis() / 1000.0, run.javaVersion(),
                run.dl4jVersion(), run.osArch(), run.processors(), run.ompThreads(), run.modelsTrained(),
                run.modelsLoaded()));
        s.append(phases(run));
        s.append("| quantity | bound | predicted | measured | interval | rule | verdict |\n");
        s.append("|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            Measurement m = r.measurement();
            s.append(String.format(Locale.ROOT, "| %s | `%s` | %s | %.4g | [%.4g, %.4g] (%.0f%% %s, %d) | %s | %s |%n",
                    cell(m.quantity()), m.bound(), Double.isNaN(m.predicted()) ? "-"
                            : String.format(Locale.ROOT, "%.4g (%s)", m.predicted(), cell(m.source())),
                    m.measured().value(), m.measured().interval().lower(), m.measured().interval().upper(),
                    100 * m.measured().interval().confidence(), m.measured().method(), m.measured().samples(),
                    m.comparison().rule(), r.judgement().verdict()));
        }
        s.append('\n');
        for (Row r : rows) {
            Verdict v = r.judgement().verdict();
            if (v != Verdict.HOLDS && v != Verdict.REPORTED) {
                s.append("- **").append(v).append("**: ").append(r.judgement().message()).append('\n');
            }
        }
        return s.toString();
    }

    /** A pipe inside a table cell would end the cell: Markdown's escape is a backslash. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}

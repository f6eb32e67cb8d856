package hdae.cli;

import static hdae.cli.ReportDocument.cell;
import static hdae.cli.ReportDocument.code;
import static hdae.cli.ReportDocument.ref;
import static hdae.cli.ReportDocument.strong;
import static hdae.cli.ReportDocument.text;

import hdae.validate.experiment.ExperimentTable;
import hdae.validate.experiment.Figure;
import hdae.validate.experiment.Row;
import hdae.validate.ledger.GapEntry;
import hdae.validate.ledger.GapLedger;
import hdae.validate.ledger.Measurement;
import hdae.validate.ledger.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's empirical part: one table per experiment found by {@link ValidationResults} (prediction, measured
 * value with its interval, rule, verdict), the explanation of every row that is not HOLDS, the figures, and the
 * whole gap ledger.
 */
final class ValidationSection {

    private ValidationSection() {
    }

    static void append(ReportDocument doc, ValidationResults results, GapLedger ledger) {
        append(doc, results, ledger, "../validation/");
    }

    /** As above, with the figures linked at {@code link} (the tables' folder relative to the document, ending in '/'). */
    static void append(ReportDocument doc, ValidationResults results, GapLedger ledger, String link) {
        doc.heading(2, "Empirical validation on trained networks", "sec:validation");
        doc.paragraph(text("Each experiment checks catalogue bounds on trained classifiers. A row HOLDS when the"
                + " measured interval agrees with the prediction under the row's rule (in: the prediction lies in the"
                + " interval; >=: the measurement is at least the prediction up to sampling error; <=: at most);"
                + " GAP_LEDGERED when it does not and the gap ledger ("), ref("Table", "tab:gap-ledger",
                        "its last section"), text(") records the gap with its figures and reason;"
                + " REPORTED when there is no prediction. A claim on a minimal adversarial distance is judged on a"
                + " bracket, from the lower end of the certified (CROWN) mean's interval to the upper end of the"
                + " attack mean's: SUPPORTED when the bracket lies on the claim's side, REFUTED only when the"
                + " certified end lies beyond the claim (an attack distance alone never refutes an upper-bound"
                + " claim), INCONCLUSIVE otherwise; REFUTED and INCONCLUSIVE rows are recorded in the ledger. An unledgered gap or a ledger entry that no longer"
                + " reproduces fails mvn test. Tables are read from "), code(shortName(results.dir())),
                text("; regenerate with "), code("hdae validate --scale full"), text("."));
        if (results.tables().isEmpty()) {
            doc.paragraph(text("No validation results found: run "), code("hdae validate"), text("."));
        }
        for (ExperimentTable t : results.tables()) {
            experiment(doc, t, results.dir(), link);
        }
        gapLedger(doc, ledger);
    }

    /** One experiment, its figures looked up in docs/validation. */
    static void experiment(ReportDocument doc, ExperimentTable t) {
        experiment(doc, t, Path.of("docs", "validation"), "../validation/");
    }

    /**
     * One experiment's table and figures; {@code dir} is where its files are read, {@code link} the same folder
     * relative to the document, ending in '/'.
     */
    static void experiment(ReportDocument doc, ExperimentTable t, Path dir, String link) {
        doc.heading(3, t.title(), "sec:val-" + t.id());
        doc.paragraph(code(t.id()), text(" checks "), code(t.bound()), text(" (" + t.provenance() + "). "
                + t.method()));
        doc.paragraph(text(String.format(Locale.ROOT, "Scale %s, seeds %s, started %s, %.1f min on %d processors"
                        + " (%s, Java %s, DL4J %s), %d models trained and %d loaded from the model cache.",
                t.run().scale(), t.run().seeds(), t.run().startedUtc(), t.run().durationMillis() / 60000.0,
                t.run().processors(), t.run().osArch(), t.run().javaVersion(), t.run().dl4jVersion(),
                t.run().modelsTrained(), t.run().modelsLoaded())));
        List<List<List<ReportDocument.Span>>> rows = new ArrayList<>();
        for (Row r : t.rows()) {
            Measurement m = r.measurement();
            rows.add(List.of(cell(m.quantity()), cell(Double.isNaN(m.predicted()) ? "-"
                            : String.format(Locale.ROOT, "%s %.4g", rule(m), m.predicted())),
                    cell(String.format(Locale.ROOT, "%.4g [%.4g, %.4g]", m.measured().value(),
                            m.measured().interval().lower(), m.measured().interval().upper())),
                    cell(r.judgement().verdict().name())));
        }
        doc.table(new ReportDocument.Table(t.id() + ": measured against predicted (intervals at "
                + confidences(t) + ")", "prpl", List.of("quantity", "rule, predicted", "measured [interval]",
                "verdict"), rows, "tab:val-" + t.id()));
        List<List<ReportDocument.Span>> notes = new ArrayList<>();
        for (Row r : t.rows()) {
            Verdict v = r.judgement().verdict();
            if (v != Verdict.HOLDS && v != Verdict.REPORTED) {
                notes.add(List.of(strong(v.name()), text(": " + r.judgement().message())));
            }
        }
        if (!notes.isEmpty()) {
            doc.items(notes);
        }
        String scale = t.run().scale().name().toLowerCase(Locale.ROOT);
        for (Figure f : t.figures()) {
            String stem = t.id() + "-" + scale + "-" + f.name();
            // the vector figure when the run wrote one (runs before vector output wrote the PNG only)
            String vector = Files.isRegularFile(dir.resolve(stem + ".pdf")) ? stem + ".pdf" : stem + ".png";
            List<ReportDocument.Span> caption = f.caption().isEmpty()
                    ? List.of(text(f.title() + ". Model, data, sample sizes and interval methods: as in "),
                            ref("Table", "tab:val-" + t.id(), "the table above"), text("." + f.coincidences()))
                    : List.of(text(f.captionWithCoincidences()));
            doc.image(link + stem + ".png", link + vector, caption, "fig:" + stem);
        }
    }

    /** The last two names of a folder (docs/validation), so that a long absolute path does not overrun a line. */
    private static String shortName(java.nio.file.Path dir) {
        java.nio.file.Path abs = dir.toAbsolutePath().normalize();
        int n = abs.getNameCount();
        return n >= 2 ? abs.subpath(n - 2, n).toString() : abs.toString();
    }

    private static String rule(Measurement m) {
        return switch (m.comparison()) {
            case IN_INTERVAL -> "in";
            case AT_LEAST -> ">=";
            case AT_MOST -> "<=";
            case BRACKET_AT_MOST -> "claim <=";
            case BRACKET_AT_LEAST -> "claim >=";
            case NONE -> "";
        };
    }

    private static String confidences(ExperimentTable t) {
        return t.rows().stream().map(r -> String.format(Locale.ROOT, "%.0f %%",
                100 * r.measurement().measured().interval().confidence())).distinct()
                .reduce((a, b) -> a + ", " + b).orElse("-");
    }

    private static void gapLedger(ReportDocument doc, GapLedger ledger) {
        doc.heading(2, "The gap ledger", "sec:gap-ledger");
        doc.paragraph(text("Every known gap between a bound (or a figure a cited paper reports) and a measurement,"
                + " as committed in "), code("gaps.json"), text(" (module gpu-validate, resource folder"
                + " hdae/validate/ledger)"),
                text(String.format(Locale.ROOT, ", %d entries. An entry reproduces when a new run finds the gap in"
                        + " the same direction with its measured value in the stated range.", ledger.entries().size())));
        List<List<List<ReportDocument.Span>>> rows = new ArrayList<>();
        for (GapEntry e : ledger.entries()) {
            rows.add(List.of(List.of(code(e.experiment()), text(String.format(Locale.ROOT, " (%s scale): %s; bound ",
                            e.scale().toLowerCase(Locale.ROOT), e.quantity())), code(e.bound())),
                    cell(String.format(Locale.ROOT, "%.4g; %.4g in [%.4g, %.4g], %s", e.predicted(), e.measured(),
                            e.lower(), e.upper(), e.direction().name().toLowerCase(Locale.ROOT))),
                    cell(e.why())));
        }
        doc.table(new ReportDocument.Table("The gap ledger: every known gap between a bound and a measurement",
                "ppp", List.of("experiment, quantity, bound", "predicted; measured in range, direction", "why"), rows,
                "tab:gap-ledger"));
    }
}

package hdae.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.numeric.mc.ConfidenceInterval;
import hdae.numeric.mc.Estimate;
import hdae.symbolic.bound.Provenance;
import hdae.validate.experiment.ExperimentTable;
import hdae.validate.experiment.Figure;
import hdae.validate.experiment.FigurePng;
import hdae.validate.experiment.Row;
import hdae.validate.experiment.RunInfo;
import hdae.validate.experiment.Scale;
import hdae.validate.experiment.TableJson;
import hdae.validate.ledger.Comparison;
import hdae.validate.ledger.GapLedger;
import hdae.validate.ledger.Judgement;
import hdae.validate.ledger.Measurement;
import hdae.validate.ledger.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claims: the report shows every validation table found (full scale preferred), the explanation of each gap, the
 * figures, and every gap-ledger entry; a bound's LaTeX fragment lists its measurements; the LaTeX compiles.
 */
class ValidationSectionTest {
    private static final String ID = "prior-fgsm-linear";
    private static final String BOUND = "linf-max-gain-eq-eps-mul-l1";

    /** A table of one row, without figures, as hdae validate would write it for an experiment id. */
    static ExperimentTable table(String id, Scale scale, double measured, List<Figure> figures) {
        Estimate e = new Estimate(measured, 0.01, 500, new ConfidenceInterval(measured - 0.02, measured + 0.02, 0.95),
                "Student-t mean");
        Row gap = new Row(new Measurement("mean confidence | errors", BOUND, 0.793, e, Comparison.IN_INTERVAL,
                "arXiv 1412.6572"), new Judgement(Verdict.GAP_LEDGERED, "ledgered because of 100 % and x_1"));
        return new ExperimentTable(id, "Toy table of " + id, BOUND, Provenance.PRIOR, "FGSM on softmax.",
                List.of(gap), RunInfo.here(scale, List.of(7L), Instant.EPOCH, 60_000), figures);
    }

    private static ExperimentTable table(Scale scale, double measured) {
        Figure f = new Figure("confidence", "Confidence against eps", "eps", "confidence", true, List.of(
                Figure.Series.measured("softmax", new double[] {0.1, 0.25}, new double[] {0.5, 0.85},
                        new double[] {0.45, 0.83}, new double[] {0.55, 0.87})));
        return table(ID, scale, measured, List.of(f));
    }

    private static ValidationResults write(Path validation) throws IOException {
        Files.createDirectories(validation);
        ExperimentTable quick = table(Scale.QUICK, 0.80);
        ExperimentTable full = table(Scale.FULL, 0.96);
        Files.writeString(validation.resolve(ID + "-quick.json"), TableJson.write(quick));
        Files.writeString(validation.resolve(ID + "-full.json"), TableJson.write(full));
        Files.write(validation.resolve(ID + "-full-confidence.png"), FigurePng.png(full.figures().get(0)));
        Files.write(validation.resolve(ID + "-full-confidence.pdf"), FigurePng.pdf(full.figures().get(0)));
        return ValidationResults.load(validation);
    }

    @Test
    void theFullScaleTableIsPreferredAndShownWithItsGapsFiguresAndTheLedger(@TempDir Path dir) throws IOException {
        ValidationResults results = write(dir.resolve("validation"));
        assertEquals(1, results.tables().size());
        ReportDocument doc = new ReportDocument();
        ValidationSection.append(doc, results, GapLedger.standard());
        String md = ReportWriters.markdown(doc);
        assertTrue(md.contains("| 0.9600 [0.9400, 0.9800] |"), md);
        assertTrue(md.contains("**GAP\\_LEDGERED**: ledgered because of 100 % and x\\_1"), md);
        assertTrue(md.contains("](../validation/" + ID + "-full-confidence.png)"), md);
        for (var e : GapLedger.standard().entries()) {
            // a table cell: the pipes are escaped too
            String why = e.why().replace("*", "\\*").replace("_", "\\_").replace("|", "\\|");
            assertTrue(md.contains(why), why);
        }
    }

    @Test
    void aBoundFragmentListsItsMeasurements(@TempDir Path dir) throws IOException {
        List<String> notes = write(dir.resolve("validation")).notes(BOUND);
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).contains("predicted 0.7930, measured 0.9600 [0.9400, 0.9800]"), notes.get(0));
        assertTrue(notes.get(0).contains("GAP_LEDGERED (experiment " + ID + ", full scale)"), notes.get(0));
        assertTrue(write(dir.resolve("validation")).notes("unit-ball-volume-eq").isEmpty());
    }

    @Test
    void theSectionCompiles(@TempDir Path dir) throws IOException, InterruptedException {
        LatexCompileTest.requirePdflatex();
        ValidationResults written = write(dir.resolve("validation"));
        // eighty rows, more than a page holds: the table must break across pages
        ExperimentTable full = written.tables().get(0);
        List<Row> many = java.util.Collections.nCopies(80, full.rows().get(0));
        ValidationResults results = new ValidationResults(written.dir(), List.of(new ExperimentTable(full.id(),
                full.title(), full.bound(), full.provenance(), full.method(), many, full.run(), full.figures())));
        ReportDocument doc = new ReportDocument().heading(1, "validation");
        ValidationSection.append(doc, results, GapLedger.standard());
        Path tex = dir.resolve("report").resolve("report.tex");
        Files.createDirectories(tex.getParent());
        Files.writeString(tex, ReportWriters.latex(doc));
        String log = LatexCompileTest.compileWithBibliography(tex);
        LatexCompileTest.assertNoWideOverfullBoxes(log, tex);
        LatexCompileTest.assertReferencesResolved(log, tex);
        String latex = Files.readString(tex);
        assertTrue(latex.contains("\\begin{figure}") && latex.contains("\\label{fig:" + ID + "-full-confidence}"),
                "each figure is a labelled float");
        assertTrue(latex.contains("\\label{tab:gap-ledger}"), "the gap ledger is a table");
    }
}

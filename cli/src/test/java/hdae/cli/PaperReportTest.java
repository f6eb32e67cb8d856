package hdae.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.proofs.check.StepResult;
import hdae.proofs.check.Verdict;
import hdae.proofs.format.Derivation;
import hdae.proofs.format.DerivationLibrary;
import hdae.symbolic.bound.BoundCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's content, from the shipped derivations with stand-in verdicts (checking them all takes a
 * minute and is what DerivationsTest does): every claim of the abstract, every derivation, every bound.
 */
class PaperReportTest {
    private static final List<Derivation> DERIVATIONS = DerivationLibrary.standard(BoundCatalogue.standard());
    private static final ValidationResults NO_VALIDATION = new ValidationResults(Path.of("none"), List.of());

    static List<StepResult> standInResults() {
        List<StepResult> out = new ArrayList<>();
        for (Derivation d : DERIVATIONS) {
            d.steps().forEach(s -> out.add(new StepResult(d.id(), s.number(), s.displayName(), Verdict.CHECKED, "stand-in",
                    Optional.empty(), Optional.empty(), Duration.ZERO, Duration.ZERO)));
        }
        return out;
    }

    @Test
    void namesEveryClaimDerivationAndBound() {
        String md = ReportWriters.markdown(PaperReport.build(DERIVATIONS, standInResults(), true, true, NO_VALIDATION));
        for (String claim : List.of("| A1 |", "| A2 |", "| A3 |", "| A4 |", "| A5 |", "| A6 |")) {
            assertTrue(md.contains(claim), claim);
        }
        DERIVATIONS.forEach(d -> assertTrue(md.contains("`" + d.id() + "`"), d.id()));
        BoundCatalogue.standard().all().forEach(b -> assertTrue(md.contains("### " + b.title() + " (" + b.id().value()
                + ")"), b.id().value()));
        assertTrue(md.contains("![Index fraction (negative Hessian eigenvalues"), "the census plot is shown when present");
        assertTrue(!md.contains("indocs"), "a space before every path");
        assertTrue(md.contains("FORMALISATION (hdae's own statement and proof, not the paper's theorem)"));
    }

    @Test
    void reportLatexCompiles(@TempDir Path dir) throws IOException, InterruptedException {
        LatexCompileTest.requirePdflatex();
        Path tex = dir.resolve("report.tex");
        Files.writeString(tex, ReportWriters.latex(PaperReport.build(DERIVATIONS, standInResults(), false, false, NO_VALIDATION)));
        Files.writeString(dir.resolve("hdae.bib"), hdae.symbolic.render.Citations.bibliography());
        String log = LatexCompileTest.compileWithBibliography(tex);
        // every \\ref (tables, sections) and \\cite resolves
        LatexCompileTest.assertReferencesResolved(log, tex);
        LatexCompileTest.assertNoWideOverfullBoxes(log, tex);
        String latex = Files.readString(tex);
        assertTrue(latex.contains("\\caption{Claims of the abstract") && latex.contains("\\label{tab:claims}"),
                "tables are captioned, labelled floats");
    }
}

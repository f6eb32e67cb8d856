package hdae.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import hdae.proofs.format.Derivation;
import hdae.proofs.format.DerivationLibrary;
import hdae.symbolic.bound.BoundCatalogue;
import hdae.validate.experiment.RefinementWitnessExperiment;
import hdae.validate.experiment.Scale;
import hdae.validate.experiment.TableJson;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hdae audit} writes both forms of the report, names every objection, and no step is FAILED or UNKNOWN. */
class AuditCommandTest {
    @TempDir
    static Path dir;
    private static HdaeTest.Run run;
    private static String markdown;
    private static String latex;

    @BeforeAll
    static void runTheAuditOnce() throws IOException {
        Path validation = Files.createDirectories(dir.resolve("validation"));
        Files.writeString(validation.resolve(RefinementWitnessExperiment.ID + "-quick.json"), TableJson.write(
                ValidationSectionTest.table(RefinementWitnessExperiment.ID, Scale.QUICK, 0.5, List.of())));
        run = HdaeTest.run("audit", "--out", dir.toString(), "--validation", validation.toString());
        markdown = Files.readString(dir.resolve("audit.md"));
        latex = Files.readString(dir.resolve("audit.tex"));
    }

    @Test
    void exitsZeroAndSummarises() {
        assertEquals(Hdae.OK, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("0 FAILED, 0 UNKNOWN"), run.out());
    }

    @Test
    void jsonListsEveryStepWithItsVerdictAndTheFilesWritten() throws IOException {
        Path json = Files.createDirectories(dir.resolve("json"));
        HdaeTest.Run r = HdaeTest.run("audit", "--out", json.toString(), "--validation", dir.resolve("validation").toString(),
                "--json");
        assertEquals(Hdae.OK, r.code(), r.err());
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        long steps = DerivationLibrary.standard(BoundCatalogue.standard()).stream()
                .filter(d -> AuditReport.DERIVATIONS.contains(d.id())).mapToLong(d -> d.steps().size()).sum();
        assertEquals(steps, root.get("steps").size());
        assertEquals(0, root.get("summary").get("FAILED").asInt() + root.get("summary").get("UNKNOWN").asInt(), r.out());
        root.get("wrote").forEach(f -> assertTrue(Files.isRegularFile(Path.of(f.asText())), f + " was not written"));
        assertEquals(3, root.get("wrote").size());
    }

    @Test
    void showsTheRefinementWitnessFromTheValidationResults() {
        assertTrue(markdown.contains("## The resolution-refinement witness on trained networks"), markdown);
        assertTrue(markdown.contains("Toy table of " + RefinementWitnessExperiment.ID), markdown);
    }

    @Test
    void markdownNamesEveryObjectionAndItsDerivation() {
        for (String s : List.of("Objection H-a: resolution refinement", "Objection H-b: the margin against the gain",
                "Objection H-c: the wrong norm", "Objection H-d: the argument is model-specific", "The failing inference",
                "The corrected theorem", "The argument as printed", "`resolution-refinement`", "`relative-change`",
                "`wrong-norm`", "`model-specific`", "`corrected-theorem`", "`prior-linear-argument`",
                "What kind each objection is", "hidden premise", "logical gap", "threat-model choice")) {
            assertTrue(markdown.contains(s), "the report does not mention " + s);
        }
    }

    @Test
    void everyStepIsListedAndNoneIsFailedOrUnknown() {
        List<Derivation> audited = DerivationLibrary.standard(BoundCatalogue.standard()).stream()
                .filter(d -> AuditReport.DERIVATIONS.contains(d.id())).toList();
        assertEquals(AuditReport.DERIVATIONS.size(), audited.size());
        long steps = audited.stream().mapToLong(d -> d.steps().size()).sum();
        assertEquals(steps, markdown.lines().filter(l -> l.startsWith("- **Step ")).count());
        assertFalse(markdown.contains("(FAILED)") || markdown.contains("(UNKNOWN)"), "a step is FAILED or UNKNOWN");
        assertTrue(markdown.contains("No step is FAILED or UNKNOWN."));
    }

    @Test
    void latexIsACompleteDocumentWithoutLeftovers() throws IOException {
        assertTrue(latex.contains("\\usepackage{amsmath,amssymb,booktabs") && latex.contains("\\begin{document}")
                && latex.strip().endsWith("\\end{document}"));
        assertFalse(latex.contains("hv$") || latex.contains("SeriesData"), "a CAS symbol leaked into the LaTeX");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }

    /** Runs only where pdflatex is installed; the document must compile without an error. */
    @Test
    void latexCompilesWithPdflatex() throws IOException, InterruptedException {
        assumeTrue(onPath("pdflatex"), "pdflatex is not installed");
        Path work = Files.createDirectories(dir.resolve("pdf"));
        Files.copy(dir.resolve("audit.tex"), work.resolve("audit.tex"));
        Files.copy(dir.resolve("hdae.bib"), work.resolve("hdae.bib"));
        Path tex = work.resolve("audit.tex");
        String log = LatexCompileTest.compileWithBibliography(tex);
        // citations (Goodfellow et al., Dube, Borell, Sudakov and Tsirelson) and cross-references all resolve
        LatexCompileTest.assertReferencesResolved(log, tex);
        LatexCompileTest.assertNoWideOverfullBoxes(log, tex);
        assertTrue(Files.size(work.resolve("audit.pdf")) > 0);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator)).stream()
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}

package hdae.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line's contract: exit codes 0, 1, 2, one-line messages for bad input, never a stack trace. */
class HdaeTest {
    static final String HOLDS = String.join("\n",
            "derivation  holds",
            "title       A true claim",
            "provenance  BACKGROUND",
            "source      test",
            "param       eps  real in (0, 1/2)",
            "statement   true",
            "step 1  algebra",
            "  claim   (1 - eps) - eps == 1 - 2*eps",
            "  by      algebra",
            "");

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Hdae.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--no-such-flag", "check --no-such-flag", "check --cas-timeout abc", "latex --out"})
    void badFlagsExitTwoWithOneLine(String args) {
        Run r = run(args.split(" "));
        assertEquals(Hdae.BAD_INPUT, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("hdae: "), r.err());
    }

    @Test
    void noSubcommandIsAUsageError() {
        assertEquals(Hdae.BAD_INPUT, run().code());
    }

    @Test
    void outOfRangeTimeoutIsBadInput() {
        Run r = run("check", "--cas-timeout", "0");
        assertEquals(Hdae.BAD_INPUT, r.code());
        assertTrue(r.err().contains("--cas-timeout"), r.err());
    }

    @Test
    void missingFileExitsTwoNamingIt(@TempDir Path dir) {
        Run r = run("check", dir.resolve("nowhere.deriv").toString());
        assertEquals(Hdae.BAD_INPUT, r.code());
        assertTrue(r.err().contains("nowhere.deriv") && r.err().strip().lines().count() == 1, r.err());
    }

    @Test
    void malformedFileExitsTwoWithFileLineColumn(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("holds.deriv");
        Files.writeString(f, HOLDS.replace("== 1 - 2*eps", "== 1 - 2*"));
        Run r = run("check", f.toString());
        assertEquals(Hdae.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith("hdae: " + f + ":8:"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void holdingDerivationExitsZeroWithATableRow(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("holds.deriv");
        Files.writeString(f, HOLDS);
        Run r = run("check", f.toString());
        assertEquals(Hdae.OK, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("step 1: algebra") && r.out().contains("PROVED"), r.out());
        assertTrue(r.out().contains("1 steps: 1 PROVED"), r.out());
    }

    @Test
    void failedStepExitsOneAndShowsTheCounterexample(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("holds.deriv");
        Files.writeString(f, HOLDS.replace("== 1 - 2*eps", "== 1 - 3*eps"));
        Run r = run("check", f.toString());
        assertEquals(Hdae.NOT_ALL_HOLD, r.code(), r.out());
        assertTrue(r.out().contains("FAILED") && r.out().contains("counterexample at eps = "), r.out());
    }

    @Test
    void jsonListsEveryStepWithItsVerdict(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("holds.deriv");
        Files.writeString(f, HOLDS);
        Run r = run("check", "--json", f.toString());
        assertEquals(Hdae.OK, r.code());
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode step = root.get("steps").get(0);
        assertEquals("PROVED", step.get("verdict").asText());
        // the step's CAS calls ran on the CAS thread within the step's wall time: their CPU time is counted, and
        // is no more than that wall time
        long cas = step.get("casCpuMillis").asLong();
        assertTrue(cas <= step.get("millis").asLong(), step.toString());
        assertTrue(cas > 0 || !java.lang.management.ManagementFactory.getThreadMXBean().isThreadCpuTimeSupported(),
                step.toString());
        assertEquals(1, root.get("summary").get("PROVED").asInt());
        assertTrue(root.get("bounds").isArray(), r.out());
    }

    @Test
    void aFakeConclusionIsFailedAndEveryBoundOfItsDerivationGetsADerivedVerdict(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("corrected-theorem.deriv");
        Files.writeString(f, """
                derivation  corrected-theorem
                title       A one-step fake conclusion
                provenance  FORMALISATION
                source      test
                statement   Claims 0 <= 1/(2 pi) and calls it the corrected theorem.

                step 1  the fake
                  claim   0 <= @cube-mean-dist-le-inv-2pi-of-half-mass
                  by      nothing about the quantity
                  concludes  cube-mean-dist-le-inv-2pi-of-half-mass
                """);
        Run r = run("check", f.toString());
        assertEquals(Hdae.NOT_ALL_HOLD, r.code(), r.out());
        assertTrue(r.out().contains("does not state bound cube-mean-dist-le-inv-2pi-of-half-mass as catalogued"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("cube-mean-dist-le-inv-2pi-of-half-mass ")
                && l.contains("FAILED (step 1: FAILED)")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("cube-mean-dist-le-quarter-of-half-mass ")
                && l.contains("UNKNOWN (no step of corrected-theorem concludes it)")), r.out());
        Run json = run("check", "--json", f.toString());
        JsonNode bounds = new ObjectMapper().readTree(json.out()).get("bounds");
        assertTrue(bounds.size() > 5, json.out());
        assertEquals("FAILED", bounds.findValuesAsText("verdict").get(bounds.findValuesAsText("bound")
                .indexOf("cube-mean-dist-le-inv-2pi-of-half-mass")));
    }

    @Test
    void latexWritesADocumentAndOneFragmentPerBound() throws IOException {
        // hdae latex --out DIR --validation EMPTY --cas-timeout 2, run once and shared with LatexCompileTest
        Run r = CatalogueLatex.run();
        Path dir = CatalogueLatex.out();
        assertEquals(Hdae.OK, r.code(), r.err());
        String doc = Files.readString(dir.resolve("bounds.tex"));
        assertTrue(doc.contains("\\begin{document}") && doc.contains("\\input{bounds/cube-shell-fraction-eq.tex}"));
        String fragment = Files.readString(dir.resolve("bounds/unit-ball-volume-eq.tex"));
        assertTrue(fragment.contains("\\Gamma\\left(") && !fragment.contains("\\gamma"), fragment);
        // the derived verdict over every step the bound rests on, never a single step's verdict
        assertTrue(fragment.contains("Derivation \\texttt{ball-volume}: concluded by step 5; derived verdict: checked ("),
                fragment);
        String a5 = Files.readString(dir.resolve("bounds/adv-l2-mean-isbigo-inv-sqrt-n.tex"));
        assertTrue(a5.contains("derived verdict: cited:") && !a5.toLowerCase(java.util.Locale.ROOT).contains("proved"), a5);
        assertTrue(fragment.contains("\\label{hdae:unit-ball-volume-eq}") && fragment.contains("\\cite"), fragment);
        assertTrue(Files.readString(dir.resolve("hdae.bib")).contains("@misc{dube2018,"));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")
                    || p.getFileName().toString().startsWith(".hdae-staging")), "no temporary file is left");
        }
    }

    @Test
    void latexNamesAMissingValidationFolderBeforeChecking(@TempDir Path dir) {
        Run r = run("latex", "--out", dir.toString(), "--validation", dir.resolve("absent").toString());
        assertEquals(Hdae.BAD_INPUT, r.code());
        assertTrue(r.err().contains("absent") && r.err().strip().lines().count() == 1, r.err());
    }

    @Test
    void latexRejectsAnUnknownEnvironment(@TempDir Path dir) {
        Run r = run("latex", "--out", dir.toString(), "--env", "lemma");
        assertEquals(Hdae.BAD_INPUT, r.code());
        assertTrue(r.err().contains("lemma") && r.err().strip().lines().count() == 1, r.err());
    }

    @Test
    void censusRejectsAnUnknownScale() {
        Run r = run("census", "--scale", "huge");
        assertEquals(Hdae.BAD_INPUT, r.code());
        assertTrue(r.err().contains("--scale") && r.err().strip().lines().count() == 1, r.err());
    }

    @Test
    void quickCensusWritesItsTableAndPlot(@TempDir Path dir) throws IOException {
        Run r = run("census", "--scale", "quick", "--goe-samples", "200", "--out", dir.toString());
        assertEquals(Hdae.OK, r.code(), r.err());
        assertTrue(Files.readString(dir.resolve("census.md")).contains("fraction of minima"));
        assertTrue(Files.size(dir.resolve("index-vs-loss.png")) > 0);
    }

    @Test
    void benchRejectsZeroEpochsBeforeTraining() {
        Run r = run("bench", "--epochs", "0");
        assertEquals(Hdae.BAD_INPUT, r.code());
        assertTrue(r.err().contains("--epochs") && r.err().strip().lines().count() == 1, r.err());
    }

    @Test
    void validateRejectsAnUnknownScale() {
        Run r = run("validate", "--scale", "huge");
        assertEquals(Hdae.BAD_INPUT, r.code());
        assertTrue(r.err().contains("expected quick or full, got huge") && r.err().strip().lines().count() == 1,
                r.err());
    }

    @Test
    void validateRejudgeWithoutAnEarlierTableIsBadInput(@TempDir Path dir) {
        Run r = run("validate", "--only", "prior-fgsm-linear", "--rejudge", "--out", dir.toString());
        assertEquals(Hdae.BAD_INPUT, r.code());
        assertTrue(r.err().contains("--rejudge") && r.err().contains("prior-fgsm-linear-quick.json")
                && r.err().strip().lines().count() == 1, r.err());
    }

    @Test
    void aCorruptValidationTableIsNamedBeforeAnyChecking(@TempDir Path dir) throws IOException {
        Path table = dir.resolve("prior-fgsm-linear-quick.json");
        Files.writeString(table, "{\"id\": \"prior-fgsm-linear\", \"rows\": [");
        Run r = run("latex", "--out", dir.resolve("latex").toString(), "--validation", dir.toString());
        assertEquals(Hdae.BAD_INPUT, r.code());
        assertTrue(r.err().contains(table.toString()) && r.err().strip().lines().count() == 1, r.err());
    }

    @Test
    void validateRejectsAnUnknownExperiment() {
        Run r = run("validate", "--only", "no-such-experiment");
        assertEquals(Hdae.BAD_INPUT, r.code());
        assertTrue(r.err().contains("no-such-experiment") && r.err().strip().lines().count() == 1, r.err());
    }
}

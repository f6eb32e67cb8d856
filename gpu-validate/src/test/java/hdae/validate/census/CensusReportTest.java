package hdae.validate.census;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.validate.ExceptionAssert;
import hdae.validate.ValidationException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The census outputs: CSV, Markdown, LaTeX, PNG and the main command at quick scale. */
class CensusReportTest {

    private static Census census;
    private static ModelPredictions models;

    @BeforeAll
    static void runQuickCensus() {
        census = Census.run(CensusConfig.quick(3));
        // 500 importance samples per GOE size: enough for a positive standard error at N = 2..10, under a second
        models = ModelPredictions.estimate(500, 3);
    }

    @Test
    void csvHasOneRowPerPointAndTheHeader() {
        String[] lines = CensusReport.csv(census).split("\n");
        assertEquals(CensusReport.CSV_HEADER, lines[0]);
        assertEquals(census.points().size() + 1, lines.length);
        int columns = CensusReport.CSV_HEADER.split(",").length;
        assertTrue(Arrays.stream(lines).allMatch(l -> l.split(",").length == columns));
    }

    @Test
    void markdownHasTableAndVerdictParagraph() {
        String md = CensusReport.markdown(census, models, 1.0);
        assertTrue(md.contains("| h | n | starts |"));
        assertTrue(md.contains("## Which model the minima fractions follow"));
        assertEquals(census.summaries().size(), md.lines().filter(l -> l.matches("\\| \\d+ \\| \\d+ \\|.*")).count());
    }

    @Test
    void latexIsABooktabsTable() {
        String tex = CensusLatex.table(census, models);
        assertTrue(tex.contains("\\toprule") && tex.contains("\\midrule") && tex.contains("\\bottomrule"));
        assertEquals(census.summaries().size(), tex.lines().filter(l -> l.matches("\\d+ & \\d+ & .*")).count());
    }

    @Test
    void plotIsAPng() {
        byte[] png = IndexLossPlot.png(census);
        // the PNG signature, ISO/IEC 15948 section 5.2
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        assertArrayEquals(signature, Arrays.copyOf(png, 8));
    }

    @Test
    void mainWritesAllFiveFilesAtQuickScale(@TempDir Path dir) throws IOException {
        CensusMain.run(new String[] {"--quick", "--out", dir.toString(), "--goe-samples", "200"});
        for (String name : new String[] {"census.md", "census.csv", "census.tex", "index-vs-loss.png",
            "index-vs-loss.pdf"}) {
            assertTrue(Files.size(dir.resolve(name)) > 0, name);
        }
        try (var files = Files.list(dir)) {
            // no temporary file is left behind by the atomic writes
            assertEquals(5, files.count());
        }
        // the plot drawn again from the table alone has every critical point of the census
        assertEquals(Files.readAllLines(dir.resolve("census.csv")).size() - 1,
                IndexLossPlot.readCsv(dir.resolve("census.csv")).size());
        byte[] pdf = Files.readAllBytes(dir.resolve("index-vs-loss.pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void mainRejectsAnUnknownArgumentNamingIt() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> CensusMain.run(new String[] {"--fast"}));
        ExceptionAssert.messageNamesAndSays("argument", "--fast", e);
    }
}

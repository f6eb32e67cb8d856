package hdae.validate.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** Figures: error bars from each interval's own ends, vector output, captions, and curves that hide each other. */
class FigureTest {

    /** A bootstrap-like interval: far longer above the estimate than below. */
    private static Figure skewed() {
        return new Figure("skewed", "skewed interval", "n", "d", true, List.of(
                Figure.Series.measured("mean", new double[] {10, 100}, new double[] {1.0, 2.0},
                        new double[] {0.9, 1.8}, new double[] {1.6, 3.5}),
                Figure.Series.reference("bound", new double[] {10, 100}, new double[] {5, 5}),
                Figure.Series.reference("same bound", new double[] {10, 100}, new double[] {5.05, 4.98})));
    }

    @Test
    void errorBarsRunFromEachIntervalsOwnLowerToItsOwnUpperEnd() {
        XYChart chart = FigurePng.chart(skewed(), 480, 360, 1f);
        for (int i = 0; i < 2; i++) {
            XYSeries bar = chart.getSeriesMap().get("mean interval " + i);
            double[] y = bar.getYData();
            assertEquals(skewed().series().get(0).lower()[i], Arrays.stream(y).min().orElseThrow(), 0.0);
            assertEquals(skewed().series().get(0).upper()[i], Arrays.stream(y).max().orElseThrow(), 0.0);
            assertTrue(!bar.isShowInLegend(), "an error bar is not a legend entry");
        }
    }

    @Test
    void vectorOutputIsPdfAndSvg(@TempDir Path dir) throws Exception {
        assertEquals("%PDF", new String(FigurePng.pdf(skewed()), 0, 4, StandardCharsets.US_ASCII));
        String svg = new String(FigurePng.svg(skewed()), StandardCharsets.UTF_8);
        assertTrue(svg.contains("<svg"), svg.substring(0, Math.min(200, svg.length())));
        String png = FigureFiles.write(skewed(), dir, "t-quick");
        assertEquals("t-quick-skewed.png", png);
        for (String ext : FigureFiles.EXTENSIONS) {
            assertTrue(Files.size(dir.resolve("t-quick-skewed." + ext)) > 0, ext);
        }
    }

    @Test
    void coincidentCurvesAreNamedInTheCaption() {
        Figure f = skewed().withCaption("Model m, data d, 40 points, bootstrap 95 % intervals.");
        assertEquals(List.of(List.of("bound", "same bound")), f.coincidentSeries());
        assertTrue(f.captionWithCoincidences().startsWith("Model m, data d, 40 points, bootstrap 95 % intervals."));
        assertTrue(f.captionWithCoincidences().contains("\"bound\" and \"same bound\" coincide"),
                f.captionWithCoincidences());
        // a curve 10 % away is visible: no sentence
        Figure apart = new Figure("apart", "t", "x", "y", false, List.of(
                Figure.Series.reference("a", new double[] {1, 2}, new double[] {1, 1}),
                Figure.Series.reference("b", new double[] {1, 2}, new double[] {1.1, 1.1})));
        assertEquals("", apart.coincidences());
    }

    @Test
    void captionsSurviveJsonAndTablesWithoutThemStillRead(@TempDir Path dir) throws Exception {
        ExperimentTable t = TableJsonTest.table();
        ExperimentTable captioned = new ExperimentTable(t.id(), t.title(), t.bound(), t.provenance(), t.method(),
                t.rows(), t.run(), List.of(t.figures().get(0).withCaption("Model m; 2 points; Student-t 95 %.")));
        Path json = dir.resolve("t.json");
        Files.writeString(json, TableJson.write(captioned));
        assertEquals("Model m; 2 points; Student-t 95 %.", TableJson.read(json).figures().get(0).caption());
        // a table written before figures had captions
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var tree = mapper.readTree(json.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("figures").get(0)).remove("caption");
        Files.writeString(json, mapper.writeValueAsString(tree));
        assertTrue(!Files.readString(json).contains("caption"));
        assertEquals("", TableJson.read(json).figures().get(0).caption());
    }
}

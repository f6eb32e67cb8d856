package hdae.validate.census;

import hdae.validate.ValidationException;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;

import hdae.symbolic.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scatter plot of index fraction \( \alpha \) against loss \( L \), one series per parameter count, as in
 * Dauphin et al. 2014, figure 1 (there: index against training error). Drawn with XChart in headless mode.
 *
 * @see <a href="https://arxiv.org/abs/1406.2572">Y. Dauphin et al., NeurIPS 2014, figure 1</a>
 */
public final class IndexLossPlot {

    private IndexLossPlot() {
    }

    /**
     * The PNG bytes.
     *
     * @param census the census
     * @return a 900 x 600 PNG
     */
    public static byte[] png(Census census) {
        try {
            return BitmapEncoder.getBitmapBytes(chart(points(census), 900, 600), BitmapFormat.PNG);
        } catch (IOException e) {
            throw ValidationException.expected("an encodable chart", "index-vs-loss plot", e.getMessage(), e);
        }
    }

    /**
     * The PDF bytes (vector), for {@code \includegraphics}.
     *
     * @param census the census
     * @return a 540 x 360 point PDF
     */
    public static byte[] pdf(Census census) {
        return pdf(points(census));
    }

    private static byte[] pdf(List<Point> points) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart(points, 540, 360), out, VectorGraphicsFormat.PDF);
        } catch (IOException e) {
            throw ValidationException.expected("an encodable chart", "index-vs-loss plot", e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * One critical point as the plot sees it.
     *
     * @param width          hidden width \( h \)
     * @param parameterCount \( n \)
     * @param loss           \( L \)
     * @param indexFraction  \( \alpha = k/n \)
     */
    record Point(int width, int parameterCount, double loss, double indexFraction) {
    }

    private static List<Point> points(Census census) {
        return census.points().stream().map(p -> new Point(p.width(), p.parameterCount(), p.loss(),
                p.spectrum().indexFraction())).toList();
    }

    /**
     * The points of a census.csv written by {@link CensusMain} (columns width, n, loss and index_fraction by name).
     *
     * @param csv the file
     * @return the points
     * @throws IOException when it cannot be read
     */
    static List<Point> readCsv(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).split(","));
        int w = header.indexOf("width");
        int n = header.indexOf("n");
        int loss = header.indexOf("loss");
        int alpha = header.indexOf("index_fraction");
        if (w < 0 || n < 0 || loss < 0 || alpha < 0) {
            throw ValidationException.expected("columns width, n, loss, index_fraction", csv.toString(), header);
        }
        List<Point> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            out.add(new Point(Integer.parseInt(c[w]), Integer.parseInt(c[n]), Double.parseDouble(c[loss]),
                    Double.parseDouble(c[alpha])));
        }
        return out;
    }

    /**
     * Draws index-vs-loss.png and .pdf again from the census.csv of a folder, without running the census.
     *
     * @param args the folder (default docs/census)
     * @throws IOException when the table cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "docs/census");
        List<Point> points = readCsv(dir.resolve("census.csv"));
        try {
            AtomicFiles.write(dir.resolve("index-vs-loss.png"),
                    BitmapEncoder.getBitmapBytes(chart(points, 900, 600), BitmapFormat.PNG));
        } catch (IOException e) {
            throw ValidationException.expected("an encodable chart", "index-vs-loss plot", e.getMessage(), e);
        }
        AtomicFiles.write(dir.resolve("index-vs-loss.pdf"), pdf(points));
        System.out.println("drew " + dir.resolve("index-vs-loss.png") + " and .pdf from " + points.size() + " points");
    }

    private static XYChart chart(List<Point> points, int width, int height) {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(width).height(height)
                .title("Hessian census: index fraction against loss (tanh MLPs, teacher task)")
                .xAxisTitle("loss L at the critical point").yAxisTitle("index fraction alpha = k / n").build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(7);
        // a fraction: the axis starts at 0, where the minima lie
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setXAxisDecimalPattern("0.00");
        chart.getStyler().setYAxisDecimalPattern("0.00");
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        double top = 0;
        for (Point p : points) {
            top = Math.max(top, p.indexFraction());
        }
        // headroom above the largest index fraction; at least 0.1 so that an all-minima census still has an axis
        chart.getStyler().setYAxisMax(Math.max(0.1, 1.1 * top));
        java.util.TreeMap<Integer, Integer> widths = new java.util.TreeMap<>();
        points.forEach(p -> widths.put(p.width(), p.parameterCount()));
        for (var w : widths.entrySet()) {
            List<Double> loss = new ArrayList<>();
            List<Double> index = new ArrayList<>();
            for (Point p : points) {
                if (p.width() == w.getKey()) {
                    loss.add(p.loss());
                    index.add(p.indexFraction());
                }
            }
            chart.addSeries(String.format(Locale.ROOT, "n = %d (h = %d)", w.getValue(), w.getKey()), loss, index);
        }
        return chart;
    }
}

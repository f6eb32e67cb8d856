package hdae.validate.census;

import hdae.validate.ValidationException;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;

import java.io.IOException;
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
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(900).height(600)
                .title("Hessian census: index fraction against loss (tanh MLPs, teacher task)")
                .xAxisTitle("loss L at the critical point").yAxisTitle("index fraction alpha = k / n").build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(7);
        chart.getStyler().setYAxisMin(-0.02);
        double top = 0;
        for (CriticalPoint p : census.points()) {
            top = Math.max(top, p.spectrum().indexFraction());
        }
        // headroom above the largest index fraction; at least 0.1 so that an all-minima census still has an axis
        chart.getStyler().setYAxisMax(Math.max(0.1, 1.1 * top));
        for (WidthSummary s : census.summaries()) {
            List<Double> loss = new ArrayList<>();
            List<Double> index = new ArrayList<>();
            for (CriticalPoint p : census.points()) {
                if (p.width() == s.width()) {
                    loss.add(p.loss());
                    index.add(p.spectrum().indexFraction());
                }
            }
            if (!loss.isEmpty()) {
                chart.addSeries(String.format(Locale.ROOT, "n = %d (h = %d)", s.parameterCount(), s.width()),
                        loss, index);
            }
        }
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
        } catch (IOException e) {
            throw ValidationException.expected("an encodable chart", "index-vs-loss plot", e.getMessage(), e);
        }
    }
}

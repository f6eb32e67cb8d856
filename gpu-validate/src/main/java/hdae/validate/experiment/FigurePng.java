package hdae.validate.experiment;

import hdae.validate.ValidationException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.IOException;

/**
 * Draws a {@link Figure} with XChart in headless mode: measured series as markers with their confidence intervals
 * as error bars, reference lines dashed and without markers.
 */
public final class FigurePng {

    /** Titles longer than this (characters) do not fit the 800-pixel width at XChart's title font. */
    private static final int MAX_TITLE = 70;

    private FigurePng() {
    }

    /**
     * The PNG bytes of a figure.
     *
     * @param figure the figure
     * @return an 800 x 560 PNG, the legend below the plot
     */
    public static byte[] png(Figure figure) {
        System.setProperty("java.awt.headless", "true");
        // a long title would be cut at the edges: the caption under the picture carries it in full
        XYChart chart = new XYChartBuilder().width(800).height(560)
                .title(figure.title().length() <= MAX_TITLE ? figure.title() : "")
                .xAxisTitle(figure.xLabel()).yAxisTitle(figure.yLabel()).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setXAxisLogarithmic(figure.logLog());
        chart.getStyler().setYAxisLogarithmic(figure.logLog());
        chart.getStyler().setMarkerSize(8);
        for (Figure.Series s : figure.series()) {
            XYSeries series;
            if (s.lower() != null) {
                // XChart draws symmetric error bars: the half-width is the larger side of the interval
                double[] half = new double[s.y().length];
                for (int i = 0; i < half.length; i++) {
                    half[i] = Math.max(s.y()[i] - s.lower()[i], s.upper()[i] - s.y()[i]);
                }
                series = chart.addSeries(s.label(), s.x(), s.y(), half);
            } else {
                series = chart.addSeries(s.label(), s.x(), s.y());
            }
            if (s.reference()) {
                series.setMarker(SeriesMarkers.NONE);
                series.setLineStyle(SeriesLines.DASH_DASH);
            }
        }
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
        } catch (IOException e) {
            throw ValidationException.expected("an encodable chart", "figure " + figure.name(), e.getMessage(), e);
        }
    }
}

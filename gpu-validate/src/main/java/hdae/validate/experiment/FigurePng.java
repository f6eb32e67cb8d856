package hdae.validate.experiment;

import hdae.validate.ValidationException;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a {@link Figure} with XChart in headless mode, as PNG (for Markdown) or as PDF and SVG (vector, for LaTeX and
 * for display): measured series as markers with their confidence intervals as error bars drawn from each interval's
 * own ends (bootstrap and Clopper-Pearson intervals are not symmetric), reference lines dashed, each with its own
 * dash pattern and small open markers so that a line lying under another stays visible; colours from the
 * Okabe-Ito palette (distinguishable with colour-blindness); log axes labelled at every multiple of a power of ten when they span at most one and a half decades.
 */
public final class FigurePng {

    /** Titles longer than this (characters) do not fit the width at the title font. */
    private static final int MAX_TITLE = 70;
    /** Okabe and Ito's colour-blind-safe palette, without its black and yellow. */
    private static final Color[] PALETTE = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(86, 180, 233), new Color(230, 159, 0)};
    /** Dash patterns of the reference lines, in points. */
    private static final float[][] DASHES = {{6f, 3f}, {2f, 2f}, {8f, 3f, 2f, 3f}, {1f, 3f}};
    private static final Marker[] REFERENCE_MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.TRIANGLE_UP,
        SeriesMarkers.SQUARE, SeriesMarkers.DIAMOND};
    /** Log axes spanning more decades than this label the powers of ten only. */
    private static final double MAX_DECADES_LABELLED = 1.5;
    /** Half-width of an error bar's cap, as a fraction of the horizontal axis span (in log units on a log axis). */
    private static final double CAP = 0.012;

    private FigurePng() {
    }

    /**
     * The PNG bytes of a figure.
     *
     * @param figure the figure
     * @return an 800 x 560 PNG, the legend below the plot
     */
    public static byte[] png(Figure figure) {
        try {
            return BitmapEncoder.getBitmapBytes(chart(figure, 800, 560, 1.0f), BitmapFormat.PNG);
        } catch (IOException e) {
            throw ValidationException.expected("an encodable chart", "figure " + figure.name(), e.getMessage(), e);
        }
    }

    /**
     * The PDF bytes of a figure (vector; text as PDF text), 480 x 360 points, for {@code \includegraphics}.
     *
     * @param figure the figure
     * @return the PDF
     */
    public static byte[] pdf(Figure figure) {
        return vector(figure, VectorGraphicsFormat.PDF);
    }

    /**
     * The SVG text of a figure (vector), 480 x 360 units, for display on a web page.
     *
     * @param figure the figure
     * @return the SVG bytes (UTF-8)
     */
    public static byte[] svg(Figure figure) {
        return vector(figure, VectorGraphicsFormat.SVG);
    }

    private static byte[] vector(Figure figure, VectorGraphicsFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart(figure, 480, 360, 0.75f), out, format);
        } catch (IOException e) {
            throw ValidationException.expected("an encodable chart", "figure " + figure.name(), e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** The chart, {@code width} x {@code height}, fonts and strokes scaled by {@code scale}. */
    static XYChart chart(Figure figure, int width, int height, float scale) {
        System.setProperty("java.awt.headless", "true");
        // a long title would be cut at the edges: the caption under the picture carries it in full
        XYChart chart = new XYChartBuilder().width(width).height(height)
                .title(figure.title().length() <= MAX_TITLE ? figure.title() : "")
                .xAxisTitle(figure.xLabel()).yAxisTitle(figure.yLabel()).build();
        style(chart, scale);
        chart.getStyler().setXAxisLogarithmic(figure.logLog());
        chart.getStyler().setYAxisLogarithmic(figure.logLog());
        double[] span = span(figure, true);
        if (figure.logLog()) {
            // XChart labels either each power of ten only or every multiple 1..9 of it: the first leaves an axis of
            // less than two decades with one label or none, the second crowds an axis of more than one and a half
            chart.getStyler().setXAxisLogarithmicDecadeOnly(decades(span) > MAX_DECADES_LABELLED);
            chart.getStyler().setYAxisLogarithmicDecadeOnly(decades(span(figure, false)) > MAX_DECADES_LABELLED);
            chart.getStyler().setXAxisDecimalPattern("0.###");
            chart.getStyler().setYAxisDecimalPattern("0.###");
        }
        int colour = 0;
        int reference = 0;
        for (Figure.Series s : figure.series()) {
            Color c = PALETTE[colour++ % PALETTE.length];
            XYSeries series = chart.addSeries(s.label(), s.x(), s.y());
            series.setLineColor(c);
            series.setMarkerColor(c);
            if (s.reference()) {
                int k = reference++ % DASHES.length;
                series.setLineStyle(new BasicStroke(1.6f * scale, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        scaled(DASHES[k], scale), 0f));
                series.setMarker(REFERENCE_MARKERS[k]);
            } else {
                series.setMarker(SeriesMarkers.CIRCLE);
                series.setLineStyle(new BasicStroke(0f));
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            }
            if (s.lower() != null) {
                errorBars(chart, figure, s, c, span, scale);
            }
        }
        return chart;
    }

    private static void style(XYChart chart, float scale) {
        Styler st = chart.getStyler();
        st.setLegendPosition(Styler.LegendPosition.OutsideS);
        st.setLegendBorderColor(Color.WHITE);
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesColor(new Color(225, 225, 225));
        chart.getStyler().setPlotBorderColor(Color.GRAY);
        st.setChartTitleBoxVisible(false);
        st.setMarkerSize(Math.round(8 * scale));
        Font base = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(13 * scale));
        st.setBaseFont(base);
        st.setChartTitleFont(base.deriveFont(Font.BOLD, 14 * scale));
        st.setLegendFont(base.deriveFont(12 * scale));
        chart.getStyler().setAxisTitleFont(base.deriveFont(13 * scale));
        chart.getStyler().setAxisTickLabelsFont(base.deriveFont(12 * scale));
    }

    /**
     * One polyline per point: the interval from its lower to its upper end, with a short cap at each end. Not in the
     * legend; the colour of the series.
     */
    private static void errorBars(XYChart chart, Figure figure, Figure.Series s, Color c, double[] span, float scale) {
        for (int i = 0; i < s.x().length; i++) {
            double x = s.x()[i];
            double left;
            double right;
            if (figure.logLog()) {
                double f = Math.pow(10, CAP * (Math.log10(span[1]) - Math.log10(span[0])));
                left = x / f;
                right = x * f;
            } else {
                double d = CAP * (span[1] - span[0]);
                left = x - d;
                right = x + d;
            }
            double lo = s.lower()[i];
            double hi = s.upper()[i];
            XYSeries bar = chart.addSeries(s.label() + " interval " + i, new double[] {left, right, x, x, left, right},
                    new double[] {lo, lo, lo, hi, hi, hi});
            bar.setShowInLegend(false);
            bar.setMarker(SeriesMarkers.NONE);
            bar.setLineColor(c);
            bar.setLineStyle(new BasicStroke(1.2f * scale));
        }
    }

    private static float[] scaled(float[] dash, float scale) {
        float[] out = dash.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= scale;
        }
        return out;
    }

    /** The smallest and largest abscissa (or ordinate, error bars included) of all series. */
    private static double[] span(Figure figure, boolean abscissa) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Figure.Series s : figure.series()) {
            for (double[] values : abscissa ? List.of(s.x()) : s.lower() == null ? List.of(s.y())
                    : List.of(s.y(), s.lower(), s.upper())) {
                for (double v : values) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return hi > lo ? new double[] {lo, hi} : new double[] {lo / 2, hi * 2 + 1};
    }

    /** The number of powers of ten a positive span covers. */
    private static double decades(double[] span) {
        return Math.log10(span[1] / span[0]);
    }
}

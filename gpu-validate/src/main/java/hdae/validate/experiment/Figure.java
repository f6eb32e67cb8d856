package hdae.validate.experiment;

import java.util.List;

/**
 * The data of one plot of an experiment (for example a log-log plot of distance against resolution), drawn by
 * {@link FigurePng} as PNG for Markdown and as PDF and SVG (vector) for LaTeX and for display. Reference lines (a
 * slope of -1/2, a bound) are series too.
 *
 * @param name    file-name stem, kebab-case, unique within the experiment
 * @param title   the title: what is plotted against what
 * @param xLabel  the horizontal axis
 * @param yLabel  the vertical axis
 * @param logLog  whether both axes are logarithmic (then every x and y must be positive)
 * @param series  the curves, in legend order
 * @param caption the caption for a paper: model, data, sample size and interval type; empty in tables written
 *                before captions existed (then the report composes one from the table)
 */
public record Figure(String name, String title, String xLabel, String yLabel, boolean logLog, List<Series> series,
        String caption) {

    /** Relative distance under which two curves count as coinciding at a point (they overlap when drawn). */
    static final double COINCIDENT = 0.02;

    /**
     * A figure without a caption.
     *
     * @param name   file-name stem
     * @param title  the title
     * @param xLabel the horizontal axis
     * @param yLabel the vertical axis
     * @param logLog whether both axes are logarithmic
     * @param series the curves
     */
    public Figure(String name, String title, String xLabel, String yLabel, boolean logLog, List<Series> series) {
        this(name, title, xLabel, yLabel, logLog, series, "");
    }

    /**
     * The figure with a caption.
     *
     * @param text model, data, sample size and interval type, in sentences
     * @return the figure
     */
    public Figure withCaption(String text) {
        return new Figure(name, title, xLabel, yLabel, logLog, series, text);
    }

    /**
     * The pairs of curves that lie within {@value #COINCIDENT} (relative) of each other at every common abscissa, so
     * that one hides the other when drawn: a caption must say so.
     *
     * @return pairs of labels, in legend order
     */
    public List<List<String>> coincidentSeries() {
        List<List<String>> out = new java.util.ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            for (int j = i + 1; j < series.size(); j++) {
                if (coincide(series.get(i), series.get(j))) {
                    out.add(List.of(series.get(i).label(), series.get(j).label()));
                }
            }
        }
        return out;
    }

    private static boolean coincide(Series a, Series b) {
        int common = 0;
        for (int i = 0; i < a.x().length; i++) {
            for (int k = 0; k < b.x().length; k++) {
                if (a.x()[i] == b.x()[k]) {
                    common++;
                    double scale = Math.max(Math.abs(a.y()[i]), Math.abs(b.y()[k]));
                    // written so that NaN counts as apart
                    if (!(Math.abs(a.y()[i] - b.y()[k]) <= COINCIDENT * scale)) {
                        return false;
                    }
                }
            }
        }
        return common > 0;
    }

    /**
     * The caption with, for every pair of curves that coincide when drawn, a sentence saying so.
     *
     * @return the caption (the title when there is none), then the coincidences
     */
    public String captionWithCoincidences() {
        return (caption.isEmpty() ? title + "." : caption) + coincidences();
    }

    /**
     * One sentence per pair of coincident curves, each with a leading space; empty when every curve is visible.
     *
     * @return the sentences
     */
    public String coincidences() {
        StringBuilder sb = new StringBuilder();
        for (List<String> pair : coincidentSeries()) {
            sb.append(String.format(java.util.Locale.ROOT, " The curves \"%s\" and \"%s\" coincide within %.0f %%"
                    + " at every point, so one lies under the other.", pair.get(0), pair.get(1), 100 * COINCIDENT));
        }
        return sb.toString();
    }

    /** Copies the list and checks the names and the log axes. */
    public Figure {
        caption = caption == null ? "" : caption;
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("figure name must be kebab-case: " + name);
        }
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("figure " + name + " has no series");
        }
        for (Series s : series) {
            if (logLog && (positiveMin(s.x()) <= 0 || positiveMin(s.y()) <= 0)) {
                throw new IllegalArgumentException("figure " + name + ": series " + s.label()
                        + " has a value <= 0 on a log axis");
            }
        }
    }

    private static double positiveMin(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
        }
        return min;
    }

    /**
     * One curve: points with optional error bars, or a reference line.
     *
     * @param label     the legend entry
     * @param x         abscissae
     * @param y         ordinates, as many as x
     * @param lower     lower ends of the error bars, or null
     * @param upper     upper ends of the error bars, or null (both null or both given)
     * @param reference true for a reference line (drawn without markers), false for measured points
     */
    public record Series(String label, double[] x, double[] y, double[] lower, double[] upper, boolean reference) {

        /** Copies the arrays and checks their lengths. */
        public Series {
            if (x.length != y.length || x.length == 0) {
                throw new IllegalArgumentException("series " + label + ": " + x.length + " x and " + y.length + " y");
            }
            if ((lower == null) != (upper == null)
                    || lower != null && (lower.length != x.length || upper.length != x.length)) {
                throw new IllegalArgumentException("series " + label + ": error bars must match the points");
            }
            x = x.clone();
            y = y.clone();
            lower = lower == null ? null : lower.clone();
            upper = upper == null ? null : upper.clone();
        }

        /**
         * Measured points with confidence intervals.
         *
         * @param label the legend entry
         * @param x     abscissae
         * @param y     estimates
         * @param lower interval lower ends
         * @param upper interval upper ends
         * @return the series
         */
        public static Series measured(String label, double[] x, double[] y, double[] lower, double[] upper) {
            return new Series(label, x, y, lower, upper, false);
        }

        /**
         * A reference line through given points.
         *
         * @param label the legend entry
         * @param x     abscissae
         * @param y     ordinates
         * @return the series
         */
        public static Series reference(String label, double[] x, double[] y) {
            return new Series(label, x, y, null, null, true);
        }
    }
}

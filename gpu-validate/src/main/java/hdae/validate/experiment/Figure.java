package hdae.validate.experiment;

import java.util.List;

/**
 * The data of one plot of an experiment (for example a log-log plot of distance against resolution), drawn by the
 * report writers as PNG for Markdown and for LaTeX. Reference lines (a slope of -1/2, a bound) are series too.
 *
 * @param name   file-name stem, kebab-case, unique within the experiment
 * @param title  the caption
 * @param xLabel the horizontal axis
 * @param yLabel the vertical axis
 * @param logLog whether both axes are logarithmic (then every x and y must be positive)
 * @param series the curves, in legend order
 */
public record Figure(String name, String title, String xLabel, String yLabel, boolean logLog, List<Series> series) {

    /** Copies the list and checks the names and the log axes. */
    public Figure {
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

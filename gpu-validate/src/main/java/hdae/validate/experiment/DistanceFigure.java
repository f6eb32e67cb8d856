package hdae.validate.experiment;

import hdae.numeric.mc.Estimate;

import java.util.List;

/**
 * The log-log figures of {@link CorrectedTheoremExperiment}: a mean distance \( \mathbb{E}\, d_2(x, A) \) (over all
 * points, or given \( x \notin A \)) against \( n \), bracketed by the certified (lower) and the attack (upper)
 * means with their intervals, and the bound (\( 1/(2\pi) \), or \( 1/(2\pi q_{\min}) \) per \( n \)) as a
 * reference line.
 */
final class DistanceFigure {

    /** Floor of a value on the log axis: a Student-t interval may reach below 0, a log axis cannot. */
    private static final double LOG_FLOOR = 1e-6;

    private DistanceFigure() {
    }

    /**
     * The figure.
     *
     * @param name       file-name stem
     * @param title      the caption
     * @param dimensions the abscissae \( n \)
     * @param certified  the certified means, one per \( n \)
     * @param attack     the attack means, one per \( n \)
     * @param boundLabel the legend entry of the bound
     * @param bound      the bound at each \( n \)
     * @return the figure
     */
    static Figure of(String name, String title, double[] dimensions, Estimate[] certified, Estimate[] attack,
                     String boundLabel, double[] bound) {
        return new Figure(name, title, "n (input dimension)", "mean d_2(x, A) inside the cube", true, List.of(
                series("certified lower mean (95 % Student-t)", dimensions, certified),
                series("attack upper mean (95 % Student-t)", dimensions, attack),
                Figure.Series.reference(boundLabel, dimensions, bound)));
    }

    static Figure.Series series(String label, double[] x, Estimate[] estimates) {
        double[] y = new double[x.length];
        double[] lower = new double[x.length];
        double[] upper = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.max(estimates[i].value(), LOG_FLOOR);
            lower[i] = Math.max(estimates[i].interval().lower(), LOG_FLOOR);
            upper[i] = Math.max(estimates[i].interval().upper(), LOG_FLOOR);
        }
        return Figure.Series.measured(label, x, y, lower, upper);
    }
}

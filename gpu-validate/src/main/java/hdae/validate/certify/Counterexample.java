package hdae.validate.certify;

import hdae.validate.attack.Box;
import hdae.validate.norm.Norm;

import java.util.Optional;

/**
 * A verified adversarial point: \(x\) in the box with \(z_j(x) > z_y(x)\) for some \(j \ne y\), proved by an
 * outward-rounded interval forward pass ({@link BoundPropagation#pointLowerBounds}), and a rigorous upper bound
 * \(D \ge \|x - x_0\|\) of its distance from the sample, so that the minimal adversarial distance satisfies
 * \(\Delta(x_0) \le D\) in exact arithmetic: a proof, not a float accident.
 *
 * @param point    \(x\)
 * @param label    y, the sample's label
 * @param other    j, a class whose logit is proved larger than \(z_y\) at \(x\)
 * @param distance \(D \ge \|x - x_0\|\) in the norm of the search, rounded up
 */
public record Counterexample(double[] point, int label, int other, double distance) {

    /**
     * Checks a candidate.
     *
     * @param bounds the network's bounder
     * @param center \(x_0\)
     * @param x      the candidate, any point (outside the box it is refused)
     * @param label  y
     * @param norm   L2 or LINF
     * @param box    the box
     * @return the counterexample, or empty when the misclassification is not proved
     */
    static Optional<Counterexample> verify(BoundPropagation bounds, double[] center, double[] x, int label,
            Norm norm, Box box) {
        for (double v : x) {
            if (!(v >= box.lower() && v <= box.upper())) {
                return Optional.empty();
            }
        }
        int classes = bounds.network().classes();
        double[][] rows = new double[classes - 1][classes];
        int[] other = new int[classes - 1];
        for (int j = 0, r = 0; j < classes; j++) {
            if (j != label) {
                rows[r][j] = 1;
                rows[r][label] = -1;
                other[r++] = j;
            }
        }
        double[] lower = bounds.pointLowerBounds(x, rows, box);
        for (int r = 0; r < lower.length; r++) {
            if (lower[r] > 0) {
                return Optional.of(new Counterexample(x.clone(), label, other[r], distanceUp(center, x, norm)));
            }
        }
        return Optional.empty();
    }

    /**
     * An upper bound of \(\|x - x_0\|\): each difference is within half an ulp of its rounded value, so
     * \(|d_i| \le\) nextUp\((|\mathrm{fl}(d_i)|)\); the sum of squares by {@link Rounding#up}, the root rounded up.
     */
    static double distanceUp(double[] center, double[] x, Norm norm) {
        double max = 0;
        double squares = 0;
        for (int i = 0; i < x.length; i++) {
            double d = Math.nextUp(Math.abs(x[i] - center[i]));
            max = Math.max(max, d);
            squares += d * d;
        }
        if (norm == Norm.LINF) {
            return max;
        }
        return Math.nextUp(Math.sqrt(Rounding.up(squares, squares, x.length)));
    }

    /**
     * A candidate moved into the region: towards \(x_0\) until \(\|x - x_0\| \le \varepsilon (1 - 10^{-9})\) (L2,
     * scaled; L-infinity, each coordinate clipped), then clipped to the box (which contains \(x_0\)).
     *
     * @param region the region
     * @param x      the candidate
     * @return a point of the region up to the verification by {@link #distanceUp}
     */
    static double[] project(InputRegion region, double[] x) {
        double[] c = region.center();
        double eps = region.eps() * (1 - 1e-9);
        double[] y = new double[x.length];
        double scale = 1;
        if (region.norm() == Norm.L2) {
            double s = 0;
            for (int i = 0; i < x.length; i++) {
                s += (x[i] - c[i]) * (x[i] - c[i]);
            }
            double n = Math.sqrt(s);
            scale = n > eps ? eps / n : 1;
        }
        for (int i = 0; i < x.length; i++) {
            double d = (x[i] - c[i]) * scale;
            if (region.norm() == Norm.LINF) {
                d = Math.max(-eps, Math.min(eps, d));
            }
            y[i] = region.box().clamp(c[i] + d);
        }
        return y;
    }
}

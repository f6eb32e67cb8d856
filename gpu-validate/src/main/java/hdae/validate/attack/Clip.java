package hdae.validate.attack;

import hdae.validate.norm.Norm;

import java.util.Arrays;

/**
 * Projections of one row onto \(B_\varepsilon(x) \cap \mathrm{Box}\), exact in floating point, and the masking of
 * step directions that the box blocks ({@link #maskBlocked}): after clipping,
 * {@code norm.distance(row, x) <= eps} holds as computed by {@link Norm#distance}, and every entry is in the box.
 *
 * <p>Each step keeps the previous ones: the box clamp moves each coordinate towards \(x_i\) (which is in the
 * box), so it never increases a norm; a final shrink towards \(x\) absorbs the rounding of \(x + \delta\).
 */
final class Clip {

    /** Shrink factors tried, 1 - 1e-12 * 4^k, before falling back to x itself. */
    private static final int MAX_SHRINKS = 24;

    private Clip() {
    }

    /**
     * Projects {@code p[offset..offset+n)} into the ball of radius eps around {@code x[offset..)} (in
     * {@code norm}), then into the box, in place.
     */
    static void project(Norm norm, double eps, Box box, double[] x, double[] p, int offset, int n) {
        if (eps == Double.POSITIVE_INFINITY) {
            clampToBox(box, p, offset, n);
            return;
        }
        switch (norm) {
            case LINF:
                for (int i = offset; i < offset + n; i++) {
                    p[i] = Math.min(x[i] + eps, Math.max(x[i] - eps, p[i]));
                }
                break;
            case L2:
            case RMS: {
                double radius = norm == Norm.RMS ? eps * Math.sqrt(n) : eps;
                double length = Norm.L2.distance(p, offset, x, offset, n);
                if (length > radius) {
                    double scale = radius / length;
                    for (int i = offset; i < offset + n; i++) {
                        p[i] = x[i] + (p[i] - x[i]) * scale;
                    }
                }
                break;
            }
            case L1:
                projectL1(eps, x, p, offset, n);
                break;
            default:
                throw new AssertionError(norm);
        }
        clampToBox(box, p, offset, n);
        double shrink = 1e-12;
        for (int attempt = 0; norm.distance(p, offset, x, offset, n) > eps; attempt++) {
            if (attempt == MAX_SHRINKS) {
                System.arraycopy(x, offset, p, offset, n);
                return;
            }
            for (int i = offset; i < offset + n; i++) {
                p[i] = box.clamp(x[i] + (p[i] - x[i]) * (1 - shrink));
            }
            shrink *= 4;
        }
    }

    /** Clamps a row into the box (a NaN entry stays NaN; callers reject such rows). */
    static void clampToBox(Box box, double[] p, int offset, int n) {
        for (int i = offset; i < offset + n; i++) {
            p[i] = box.clamp(p[i]);
        }
    }

    /**
     * Zeroes the entries of a step direction \(d\) (the step moves along \(\sigma d\), \(\sigma = \pm 1\)) that
     * would push a coordinate already on a face of the box out of it: \(\sigma d_j < 0\) at \(p_j \le
     * \mathit{lower}\), or \(\sigma d_j > 0\) at \(p_j \ge \mathit{upper}\). A linearised step then uses only the
     * directions it can take, and the norm of the masked \(d\) is the rate at which those directions change the
     * linearised function.
     *
     * @param box         the box
     * @param point       the current point (row at {@code pointOffset})
     * @param pointOffset its row's offset
     * @param d           the direction (row at {@code dOffset}), masked in place
     * @param dOffset     its row's offset
     * @param n           the row length
     * @param sign        \(\sigma\): +1 when the step moves along d, -1 when against it
     */
    static void maskBlocked(Box box, double[] point, int pointOffset, double[] d, int dOffset, int n, int sign) {
        for (int j = 0; j < n; j++) {
            double value = point[pointOffset + j];
            double s = sign * d[dOffset + j];
            if ((s < 0 && value <= box.lower()) || (s > 0 && value >= box.upper())) {
                d[dOffset + j] = 0;
            }
        }
    }

    /**
     * Euclidean projection of \(p - x\) onto the L1 ball of radius eps (Duchi, Shalev-Shwartz, Singer, Chandra,
     * ICML 2008): soft-threshold by the \(\theta\) that makes the L1 norm eps.
     */
    private static void projectL1(double eps, double[] x, double[] p, int offset, int n) {
        double[] magnitude = new double[n];
        double l1 = 0;
        for (int i = 0; i < n; i++) {
            magnitude[i] = Math.abs(p[offset + i] - x[offset + i]);
            l1 += magnitude[i];
        }
        if (l1 <= eps) {
            return;
        }
        double[] sorted = magnitude.clone();
        Arrays.sort(sorted);
        double cumulative = 0;
        double theta = 0;
        for (int k = 1; k <= n; k++) {
            double value = sorted[n - k];
            cumulative += value;
            double candidate = (cumulative - eps) / k;
            if (value > candidate) {
                theta = candidate;
            }
        }
        for (int i = 0; i < n; i++) {
            double d = p[offset + i] - x[offset + i];
            p[offset + i] = x[offset + i] + Math.signum(d) * Math.max(0, magnitude[i] - theta);
        }
    }
}

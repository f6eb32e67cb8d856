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
            case LINF: {
                // the ball, the box and the check of Norm.LINF.distance(p, x) > eps in one pass: that distance is
                // NaN (never > eps) if some |p_i - x_i| is NaN, else the largest, so it exceeds eps exactly when
                // some entry does and none is NaN
                boolean over = false;
                boolean nan = false;
                for (int i = offset; i < offset + n; i++) {
                    double v = box.clamp(Math.min(x[i] + eps, Math.max(x[i] - eps, p[i])));
                    p[i] = v;
                    double d = Math.abs(v - x[i]);
                    over |= d > eps;
                    nan |= d != d;
                }
                if (over && !nan) {
                    shrinkIntoLinfBall(eps, box, x, p, offset, n);
                }
                return;
            }
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
        shrinkIntoBall(norm, eps, box, x, p, offset, n);
    }

    /**
     * One step of L2 PGD and its projection, {@code p += scale * g} (no move if {@code scale} is 0) and then
     * {@link #project} in the L2 norm, in two passes over the row instead of five: each pass also sums the squares
     * that the next decision needs. The operations and the order of every sum are those of the separate loops and
     * of {@link Norm#distance}, so the result is the same to the last bit.
     *
     * @param eps     the radius, finite
     * @param g       the step direction (row at {@code gOffset})
     * @param gOffset its row's offset
     * @param scale   the step's factor, \(\alpha / \|g\|_2\), or 0 for no move
     */
    static void stepAndProjectL2(double eps, Box box, double[] x, double[] p, int offset, int n, double[] g,
                                 int gOffset, double scale) {
        double sum = 0;
        for (int j = 0; j < n; j++) {
            double v = scale != 0 ? p[offset + j] + scale * g[gOffset + j] : p[offset + j];
            p[offset + j] = v;
            double d = v - x[offset + j];
            sum += d * d;
        }
        double length = Math.sqrt(sum);
        double factor = length > eps ? eps / length : 1;
        double check = 0;
        for (int i = offset; i < offset + n; i++) {
            double v = box.clamp(factor != 1 ? x[i] + (p[i] - x[i]) * factor : p[i]);
            p[i] = v;
            double d = v - x[i];
            check += d * d;
        }
        if (Math.sqrt(check) > eps) {
            shrinkIntoBall(Norm.L2, eps, box, x, p, offset, n);
        }
    }

    /**
     * The L2 or L1 norms of {@code count} consecutive rows of \(d\) after {@link #maskBlocked} with sign +1 at one
     * point, the rows masked in place: one pass over the point for all rows. Each row's norm is summed in the
     * order of {@link Norm#value}, so it is the same to the last bit; the rows' sums are independent, so the
     * processor overlaps them (one row's sum is a chain of dependent additions).
     *
     * @param norm        L2 or L1
     * @param point       the current point (row at {@code pointOffset})
     * @param pointOffset its row's offset
     * @param d           the directions, rows at {@code dOffset}, {@code dOffset + n}, ...
     * @param dOffset     the first row's offset
     * @param count       the number of rows
     * @param n           the row length
     * @return the norm of each masked row
     */
    static double[] maskBlockedNorms(Norm norm, Box box, double[] point, int pointOffset, double[] d, int dOffset,
                                     int count, int n) {
        double[] sums = new double[count];
        double lower = box.lower();
        double upper = box.upper();
        for (int j = 0; j < n; j++) {
            double value = point[pointOffset + j];
            boolean atLower = value <= lower;
            boolean atUpper = value >= upper;
            for (int k = 0; k < count; k++) {
                int index = dOffset + k * n + j;
                double w = d[index];
                if (w < 0 && atLower || w > 0 && atUpper) {
                    w = 0;
                    d[index] = 0;
                }
                sums[k] += norm == Norm.L2 ? w * w : Math.abs(w);
            }
        }
        if (norm == Norm.L2) {
            for (int k = 0; k < count; k++) {
                sums[k] = Math.sqrt(sums[k]);
            }
        }
        return sums;
    }

    /**
     * {@link #project} in the L-infinity norm from one array into another, with the check of the source for NaN and
     * infinite entries: {@code target} gets \(x\) itself where the source row has such an entry, else the source
     * row projected onto the ball of radius eps around \(x\) and the box. The same operations as copying the row,
     * checking it and projecting it in place, so the same result to the last bit; the clamps are one loop without
     * flags (the compiler vectorises it) and the checks are loops that stop at their first finding.
     *
     * @param eps          the radius, \(\ge 0\) (\(+\infty\): the box only)
     * @param x            the centres (row at {@code offset}), finite
     * @param source       the unprojected points (row at {@code sourceOffset}); not modified
     * @param sourceOffset the row's offset in {@code source}
     * @param target       where the projected row is written, at {@code offset}
     */
    static void projectLinf(double eps, Box box, double[] x, double[] source, int sourceOffset, double[] target,
                            int offset, int n) {
        if (!isFinite(source, sourceOffset, n)) {
            System.arraycopy(x, offset, target, offset, n);
            return;
        }
        if (eps == Double.POSITIVE_INFINITY) {
            // project's first case: no ball, the box only
            System.arraycopy(source, sourceOffset, target, offset, n);
            clampToBox(box, target, offset, n);
            return;
        }
        int shift = sourceOffset - offset;
        for (int i = offset; i < offset + n; i++) {
            target[i] = box.clamp(Math.min(x[i] + eps, Math.max(x[i] - eps, source[i + shift])));
        }
        // x and the clamped row are finite, so no |p_i - x_i| is NaN: project's flags reduce to this check
        if (isOutsideLinfBall(eps, x, target, offset, n)) {
            shrinkIntoLinfBall(eps, box, x, target, offset, n);
        }
    }

    /** Whether the {@code n} entries from {@code offset} on are all finite (none NaN or infinite). */
    private static boolean isFinite(double[] values, int offset, int n) {
        for (int i = offset; i < offset + n; i++) {
            if (!(Math.abs(values[i]) <= Double.MAX_VALUE)) {
                return false;
            }
        }
        return true;
    }

    /** Whether some \(|p_i - x_i|\) exceeds eps (for rows without NaN: {@code Norm.LINF.distance > eps}). */
    private static boolean isOutsideLinfBall(double eps, double[] x, double[] p, int offset, int n) {
        for (int i = offset; i < offset + n; i++) {
            if (Math.abs(p[i] - x[i]) > eps) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #shrinkIntoBall} in the L-infinity norm for a finite row known to be outside the ball (the largest
     * \(|p_i - x_i|\) exceeds eps): each shrink keeps the row finite, so {@link Norm#distance} exceeds eps exactly
     * when some entry does, and the check stops at the first such entry. The same shrinks as
     * {@link #shrinkIntoBall}, so the same result to the last bit.
     */
    private static void shrinkIntoLinfBall(double eps, Box box, double[] x, double[] p, int offset, int n) {
        double shrink = 1e-12;
        for (int attempt = 0; attempt < MAX_SHRINKS; attempt++) {
            for (int i = offset; i < offset + n; i++) {
                p[i] = box.clamp(x[i] + (p[i] - x[i]) * (1 - shrink));
            }
            if (!isOutsideLinfBall(eps, x, p, offset, n)) {
                return;
            }
            shrink *= 4;
        }
        System.arraycopy(x, offset, p, offset, n);
    }

    /**
     * Absorbs the rounding of a projection: while \(\|p - x\| > \varepsilon\) as computed, shrinks
     * \(p - x\) by \(1 - 10^{-12} \cdot 4^k\) (and clamps to the box), falling back to \(x\) itself.
     */
    private static void shrinkIntoBall(Norm norm, double eps, Box box, double[] x, double[] p, int offset, int n) {
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

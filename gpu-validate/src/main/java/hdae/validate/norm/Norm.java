package hdae.validate.norm;

import hdae.validate.ValidationException;

/**
 * A vector norm on \(\mathbb{R}^n\).
 *
 * <p>\[ \|v\|_1 = \sum_i |v_i|,\quad \|v\|_2 = \Big(\sum_i v_i^2\Big)^{1/2},\quad
 * \|v\|_\infty = \max_i |v_i|,\quad \mathrm{rms}(v) = \|v\|_2/\sqrt{n}, \]
 * for \(v \in \mathbb{R}^n\), \(n \ge 1\). A NaN component gives NaN.
 *
 * @see <a href="https://arxiv.org/abs/1801.00634">arXiv 1801.00634</a>, where rms is the per-pixel size
 */
public enum Norm {
    /** The L1 norm, sum of absolute values. */
    L1,
    /** The Euclidean norm. */
    L2,
    /** The maximum norm. */
    LINF,
    /** The root-mean-square size, \(\|v\|_2/\sqrt{n}\). */
    RMS;

    /** Zeros for {@link #value}, see {@link #zeros(int)}. */
    private static volatile double[] zeros = new double[0];

    /**
     * The norm of a vector.
     *
     * @param v the vector, length at least 1
     * @return its norm
     */
    public double value(double[] v) {
        return value(v, 0, v.length);
    }

    /**
     * The norm of {@code length} consecutive entries of {@code values} from {@code offset} (one row of a
     * row-major matrix).
     *
     * @param values the storage
     * @param offset index of the first entry
     * @param length number of entries, at least 1
     * @return the norm of that slice
     */
    public double value(double[] values, int offset, int length) {
        // the distance to the origin: v - 0 is v exactly, so this is the norm of the slice to the last bit
        return distance(values, offset, zeros(length), 0, length);
    }

    /**
     * The distance \(\|a - b\|\) between two points of equal length.
     *
     * @param a one point
     * @param b the other point
     * @return the norm of their difference
     */
    public double distance(double[] a, double[] b) {
        if (a.length != b.length) {
            throw ValidationException.expected("points of equal length " + a.length, "b", b.length);
        }
        return distance(a, 0, b, 0, a.length);
    }

    /**
     * The distance between two rows stored in flat row-major arrays.
     *
     * @param a       storage of the first point
     * @param aOffset index of its first entry
     * @param b       storage of the second point
     * @param bOffset index of its first entry
     * @param length  number of entries, at least 1
     * @return \(\|a - b\|\)
     */
    public double distance(double[] a, int aOffset, double[] b, int bOffset, int length) {
        if (!(length >= 1)) {
            throw ValidationException.expected("length >= 1", "length", length);
        }
        // value() of the difference a - b, without allocating it: the same operations in the same order, so the
        // same result to the last bit (attacks call this for every row at every step)
        switch (this) {
            case L1: {
                double sum = 0;
                for (int i = 0; i < length; i++) {
                    sum += Math.abs(a[aOffset + i] - b[bOffset + i]);
                }
                return sum;
            }
            case LINF: {
                double max = 0;
                for (int i = 0; i < length; i++) {
                    double d = Math.abs(a[aOffset + i] - b[bOffset + i]);
                    if (Double.isNaN(d)) {
                        return Double.NaN;
                    }
                    max = Math.max(max, d);
                }
                return max;
            }
            case L2:
            case RMS: {
                double sum = 0;
                for (int i = 0; i < length; i++) {
                    double d = a[aOffset + i] - b[bOffset + i];
                    sum += d * d;
                }
                double l2 = Math.sqrt(sum);
                return this == L2 ? l2 : l2 / Math.sqrt(length);
            }
            default:
                throw new AssertionError(this);
        }
    }

    /** A shared array of at least {@code length} zeros (never written; replaced by a longer one when needed). */
    private static double[] zeros(int length) {
        double[] z = zeros;
        if (z.length < length) {
            z = new double[length];
            zeros = z;
        }
        return z;
    }

    /**
     * The dual norm, the one that measures gradients when this norm measures perturbations:
     * \(\max_{\|\delta\| \le 1} g\cdot\delta = \|g\|_*\).
     *
     * @return L1 for LINF, LINF for L1, L2 for L2; RMS has no fixed dual and is rejected
     */
    public Norm dual() {
        switch (this) {
            case L1:
                return LINF;
            case L2:
                return L2;
            case LINF:
                return L1;
            default:
                throw ValidationException.expected("a norm with a dimension-free dual (L1, L2, LINF)", "norm", this);
        }
    }
}

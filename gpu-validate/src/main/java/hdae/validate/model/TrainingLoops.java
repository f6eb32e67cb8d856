package hdae.validate.model;

import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The elementwise parts of {@link DenseTraining}'s step as Java loops over copies of the native arrays, so that a
 * step calls ND4J only for its matrix products and the softmax: each of ND4J's small ops cost 5 to 50 us whatever
 * its size, eleven of them a quarter of a step of 784-128-10 at batch 128. Each loop gives ND4J's ops' bits in the
 * network's precision T (float32 or float64): the values are held as double and, in float32, rounded to float after
 * every operation, which gives float32's own sum, difference and product (a double has more than \(2 \cdot 24 + 2\)
 * significant bits, so rounding first to double and then to float is the same as rounding once to float; Figueroa,
 * "When is double rounding innocuous?", ACM SIGNUM Newsletter, 1995). The rules, from ND4J's ops:
 * <ul>
 * <li>bias and ReLU ({@code addiRowVector}, {@code Transforms.relu}): \(z + b\), then \(0\) if \(z &lt; 0\) else
 *     \(z\) (NaN and \(-0\) pass through);</li>
 * <li>the ReLU pattern ({@code Transforms.step} of the activation): \(1[h &gt; 0]\), multiplied into the gradient
 *     ({@code muli}), so that a masked entry is \(\pm 0\) by the sign of the gradient as in ND4J;</li>
 * <li>the bias gradient ({@code sum} along the rows): \(((0 + \delta_{1j}) + \delta_{2j}) + \dots\) in row order,
 *     rounded in T after each addition; a single row is copied (ND4J keeps a \(-0\) there).</li>
 * </ul>
 * Not thread-safe: it reuses its staging arrays from call to call.
 */
final class TrainingLoops {

    /** Whether T is float32 (else float64). */
    private final boolean single;
    /** float32 transfers: the entries as float before widening or after rounding. */
    private float[] staging = new float[0];
    /** float64 transposed reads: the entries before transposition. */
    private double[] wideStaging = new double[0];

    /**
     * Loops in a network's precision.
     *
     * @param type FLOAT or DOUBLE
     */
    TrainingLoops(DataType type) {
        if (type != DataType.FLOAT && type != DataType.DOUBLE) {
            throw new IllegalArgumentException("FLOAT or DOUBLE, not " + type);
        }
        this.single = type == DataType.FLOAT;
    }

    /**
     * Copies entries of a native buffer into a Java array in one bulk transfer.
     *
     * @param buffer FLOAT or DOUBLE, the precision of these loops
     * @param offset the first entry read
     * @param length entries read
     * @param values at least {@code length} entries, overwritten from the start
     */
    void read(DataBuffer buffer, long offset, int length, double[] values) {
        int from = Math.toIntExact(offset);
        if (single) {
            float[] floats = staging(length);
            buffer.asNioFloat().get(from, floats, 0, length);
            for (int i = 0; i < length; i++) {
                values[i] = floats[i];
            }
        } else {
            buffer.asNioDouble().get(from, values, 0, length);
        }
    }

    /**
     * Copies a column-major native array into a row-major Java array.
     *
     * @param buffer FLOAT or DOUBLE, the precision of these loops, holding the array from its start
     * @param rows   rows
     * @param cols   columns
     * @param values at least rows * cols entries, overwritten from the start, row-major
     */
    void readTransposed(DataBuffer buffer, int rows, int cols, double[] values) {
        int length = rows * cols;
        if (single) {
            float[] floats = staging(length);
            buffer.asNioFloat().get(0, floats, 0, length);
            for (int j = 0; j < cols; j++) {
                for (int i = 0; i < rows; i++) {
                    values[i * cols + j] = floats[j * rows + i];
                }
            }
        } else {
            double[] doubles = wide(length);
            buffer.asNioDouble().get(0, doubles, 0, length);
            for (int j = 0; j < cols; j++) {
                for (int i = 0; i < rows; i++) {
                    values[i * cols + j] = doubles[j * rows + i];
                }
            }
        }
    }

    /**
     * Copies the start of a Java array into a native buffer in one bulk transfer (values already in T).
     *
     * @param values the entries
     * @param length entries written
     * @param buffer FLOAT or DOUBLE, the precision of these loops
     * @param offset the first entry written
     */
    void write(double[] values, int length, DataBuffer buffer, long offset) {
        int to = Math.toIntExact(offset);
        if (single) {
            float[] floats = staging(length);
            for (int i = 0; i < length; i++) {
                floats[i] = (float) values[i];
            }
            buffer.asNioFloat().put(to, floats, 0, length);
        } else {
            buffer.asNioDouble().put(to, values, 0, length);
        }
    }

    /**
     * Adds the bias to every row, \(z_{ij} \leftarrow z_{ij} + b_j\), and applies the ReLU if asked.
     *
     * @param z    (rows, cols) row-major, in place
     * @param bias cols entries
     * @param rows rows
     * @param cols cols
     * @param relu whether to apply \(\max(z, 0)\) as ND4J does (NaN and \(-0\) kept)
     */
    void addBias(double[] z, double[] bias, int rows, int cols, boolean relu) {
        for (int i = 0; i < rows; i++) {
            int row = i * cols;
            for (int j = 0; j < cols; j++) {
                double value = round(z[row + j] + bias[j]);
                z[row + j] = relu && value < 0 ? 0 : value;
            }
        }
    }

    /**
     * The softmax output's gradient \(\delta = p - y\) in place, and the summed cross-entropy
     * \(\sum_i -\log \mathrm{clip}(p_{i y_i})\) before it, in double (probabilities clipped to
     * \([10^{-10}, 1 - 10^{-10}]\) as DL4J's loss does).
     *
     * @param p      the probabilities, overwritten with \(\delta\)
     * @param y      the labels (one-hot, or any weights)
     * @param length entries
     * @return the summed cross-entropy in nats
     */
    double crossEntropyDelta(double[] p, double[] y, int length) {
        double sum = 0;
        for (int i = 0; i < length; i++) {
            if (y[i] != 0) {
                sum -= y[i] * Math.log(Math.min(1 - 1e-10, Math.max(1e-10, p[i])));
            }
            p[i] = round(p[i] - y[i]);
        }
        return sum;
    }

    /**
     * Masks a gradient with a ReLU layer's pattern, \(g \leftarrow g \cdot 1[h &gt; 0]\).
     *
     * @param g      the gradient with respect to the layer's output, in place
     * @param h      the layer's output (after the ReLU)
     * @param length entries
     */
    void mask(double[] g, double[] h, int length) {
        for (int i = 0; i < length; i++) {
            g[i] *= h[i] > 0 ? 1 : 0;
        }
    }

    /**
     * The column sums \(s_j = \sum_i \delta_{ij}\) in ND4J's order and rounding.
     *
     * @param delta (rows, cols) row-major
     * @param rows  rows, at least 1
     * @param cols  cols
     * @param sums  at least cols entries, overwritten
     */
    void columnSums(double[] delta, int rows, int cols, double[] sums) {
        System.arraycopy(delta, 0, sums, 0, cols);
        if (rows == 1) {
            return;
        }
        for (int j = 0; j < cols; j++) {
            sums[j] = round(0.0 + sums[j]);
        }
        for (int i = 1; i < rows; i++) {
            int row = i * cols;
            for (int j = 0; j < cols; j++) {
                sums[j] = round(sums[j] + delta[row + j]);
            }
        }
    }

    /** A value rounded to T. */
    private double round(double value) {
        return single ? (float) value : value;
    }

    private double[] wide(int length) {
        if (wideStaging.length < length) {
            wideStaging = new double[length];
        }
        return wideStaging;
    }

    private float[] staging(int length) {
        if (staging.length < length) {
            staging = new float[length];
        }
        return staging;
    }
}

package hdae.validate.model;

import hdae.validate.ValidationException;

/**
 * A batch of row vectors, stored row-major in one {@code double[]}: row i is
 * {@code values[i * cols .. (i + 1) * cols)}. The storage is shared, not copied, so that attacks can update
 * batches in place; {@link #copy()} makes an independent one.
 */
public final class Batch {

    /** Row-major storage, {@code rows * cols} entries. */
    private final double[] values;
    /** Number of rows (samples). */
    private final int rows;
    /** Number of columns (dimension). */
    private final int cols;

    private Batch(double[] values, int rows, int cols) {
        this.values = values;
        this.rows = rows;
        this.cols = cols;
    }

    /**
     * Wraps row-major storage (not copied).
     *
     * @param values the storage, {@code rows * cols} entries
     * @param rows   number of rows, at least 0
     * @param cols   number of columns, at least 1
     * @return the batch
     */
    public static Batch wrap(double[] values, int rows, int cols) {
        if (!(rows >= 0 && cols >= 1 && (long) rows * cols == values.length)) {
            throw ValidationException.expected("values.length = rows * cols = " + (long) rows * cols,
                    "values.length", values.length);
        }
        return new Batch(values, rows, cols);
    }

    /**
     * Copies a rectangular matrix.
     *
     * @param matrix at least one row, all rows of equal length at least 1
     * @return the batch
     */
    public static Batch of(double[][] matrix) {
        if (!(matrix.length >= 1)) {
            throw ValidationException.expected("at least one row", "matrix", "0 rows");
        }
        int cols = matrix[0].length;
        double[] values = new double[matrix.length * cols];
        for (int i = 0; i < matrix.length; i++) {
            if (matrix[i].length != cols) {
                throw ValidationException.expected("rows of length " + cols, "matrix[" + i + "].length",
                        matrix[i].length);
            }
            System.arraycopy(matrix[i], 0, values, i * cols, cols);
        }
        return wrap(values, matrix.length, cols);
    }

    /**
     * A batch of zeros.
     *
     * @param rows number of rows
     * @param cols number of columns
     * @return the batch
     */
    public static Batch zeros(int rows, int cols) {
        return wrap(new double[rows * cols], rows, cols);
    }

    /** @return the number of rows */
    public int rows() {
        return rows;
    }

    /** @return the number of columns */
    public int cols() {
        return cols;
    }

    /** @return the shared row-major storage */
    public double[] values() {
        return values;
    }

    /**
     * One entry.
     *
     * @param row    the row
     * @param column the column
     * @return the value
     */
    public double get(int row, int column) {
        return values[row * cols + column];
    }

    /**
     * A copy of one row.
     *
     * @param row the row
     * @return a fresh array of length {@code cols}
     */
    public double[] row(int row) {
        double[] copy = new double[cols];
        System.arraycopy(values, row * cols, copy, 0, cols);
        return copy;
    }

    /**
     * The selected rows, copied, in the given order.
     *
     * @param indices row indices
     * @return a new batch with {@code indices.length} rows
     */
    public Batch select(int[] indices) {
        double[] part = new double[indices.length * cols];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(values, indices[i] * cols, part, i * cols, cols);
        }
        return new Batch(part, indices.length, cols);
    }

    /**
     * Writes the rows of {@code source} into the rows {@code indices} of this batch.
     *
     * @param indices target rows, one per row of {@code source}
     * @param source  rows to write, same number of columns
     */
    public void scatter(int[] indices, Batch source) {
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(source.values, i * cols, values, indices[i] * cols, cols);
        }
    }

    /** @return an independent copy */
    public Batch copy() {
        return new Batch(values.clone(), rows, cols);
    }

    /** @return the rows as a fresh matrix */
    public double[][] toMatrix() {
        double[][] matrix = new double[rows][];
        for (int i = 0; i < rows; i++) {
            matrix[i] = row(i);
        }
        return matrix;
    }

    /**
     * The index of the largest entry of each row; ties go to the lowest index, NaN never wins.
     *
     * @return one index per row
     */
    public int[] argmaxPerRow() {
        int[] result = new int[rows];
        for (int i = 0; i < rows; i++) {
            int base = i * cols;
            int best = 0;
            double bestValue = values[base];
            for (int j = 1; j < cols; j++) {
                if (values[base + j] > bestValue || Double.isNaN(bestValue)) {
                    best = j;
                    bestValue = values[base + j];
                }
            }
            result[i] = best;
        }
        return result;
    }
}

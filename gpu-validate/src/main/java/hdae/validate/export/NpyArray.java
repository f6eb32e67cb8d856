package hdae.validate.export;

import hdae.validate.ValidationException;

import java.util.Arrays;

/**
 * A float64 array in C (row-major) order with its shape, the content of one {@code .npy} file.
 *
 * @param shape the dimensions, each at least 0 (rank 0 is a scalar)
 * @param data  the entries, {@code prod(shape)} of them
 */
public record NpyArray(int[] shape, double[] data) {

    /** Validates that the data fit the shape. */
    public NpyArray {
        long size = 1;
        for (int d : shape) {
            if (!(d >= 0)) {
                throw ValidationException.expected("dimensions >= 0", "shape", Arrays.toString(shape));
            }
            size *= d;
        }
        if (size != data.length) {
            throw ValidationException.expected(size + " entries for shape " + Arrays.toString(shape), "data.length",
                    data.length);
        }
    }

    /**
     * A matrix as a rank-2 array.
     *
     * @param matrix rectangular, at least one row
     * @return the array of shape (rows, cols)
     */
    public static NpyArray of(double[][] matrix) {
        int cols = matrix[0].length;
        double[] data = new double[matrix.length * cols];
        for (int i = 0; i < matrix.length; i++) {
            if (matrix[i].length != cols) {
                throw ValidationException.expected("rows of length " + cols, "matrix[" + i + "].length",
                        matrix[i].length);
            }
            System.arraycopy(matrix[i], 0, data, i * cols, cols);
        }
        return new NpyArray(new int[] {matrix.length, cols}, data);
    }

    /**
     * A vector as a rank-1 array.
     *
     * @param vector the entries
     * @return the array of shape (length,)
     */
    public static NpyArray of(double[] vector) {
        return new NpyArray(new int[] {vector.length}, vector.clone());
    }

    /**
     * The rows of a rank-2 array.
     *
     * @return a fresh matrix
     */
    public double[][] toMatrix() {
        if (shape.length != 2) {
            throw ValidationException.expected("a rank-2 array", "shape", Arrays.toString(shape));
        }
        double[][] matrix = new double[shape[0]][];
        for (int i = 0; i < shape[0]; i++) {
            matrix[i] = Arrays.copyOfRange(data, i * shape[1], (i + 1) * shape[1]);
        }
        return matrix;
    }
}

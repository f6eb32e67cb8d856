package hdae.validate.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Copies between Java arrays and ND4J's native memory in one bulk transfer each way. ND4J's own
 * {@code Nd4j.create(float[], ...)} and {@code DataBuffer.asFloat()} go element by element through an indexer, which
 * a profile of the attacks and of training put at a quarter of their Java time; the NIO views of the buffer copy in
 * bulk. Only row-major arrays that start at the first entry of their buffer (fresh ones, or those of
 * {@link Scratch#rows}) are read or written through it; others are packed first.
 */
final class NativeArrays {

    private NativeArrays() {
    }

    /**
     * Writes values into a row-major array that starts its buffer (rounded to float32 if it is FLOAT).
     *
     * @param array  FLOAT or DOUBLE, {@code values.length} entries
     * @param values row-major
     */
    static void put(INDArray array, double[] values) {
        put(array, values, 0, values.length, new float[array.dataType() == DataType.DOUBLE ? 0 : values.length]);
    }

    /**
     * Writes a slice of values into a row-major array that starts its buffer (rounded to float32 if it is FLOAT).
     *
     * @param array  FLOAT or DOUBLE, {@code length} entries
     * @param values row-major
     * @param offset  the slice's first index in {@code values}
     * @param length  the slice's length
     * @param staging for a FLOAT array, a Java array of at least {@code length} entries, overwritten (see
     *                {@link Scratch#floats})
     */
    static void put(INDArray array, double[] values, int offset, int length, float[] staging) {
        if (array.dataType() == DataType.DOUBLE) {
            array.data().asNioDouble().put(values, offset, length);
        } else {
            for (int i = 0; i < length; i++) {
                staging[i] = (float) values[offset + i];
            }
            array.data().asNioFloat().put(staging, 0, length);
        }
    }

    /**
     * Writes float32 values into the start of a fresh row-major FLOAT array (a reused minibatch buffer).
     *
     * @param target the array, at least {@code values.length} entries
     * @param values the entries, row-major
     */
    static void fill(INDArray target, float[] values) {
        target.data().asNioFloat().put(values);
    }

    /**
     * The entries of an array in row-major order, widened to double.
     *
     * @param array any array
     * @return its {@code length()} entries
     */
    static double[] toDoubles(INDArray array) {
        return toDoubles(array, new float[array.dataType() == DataType.DOUBLE ? 0 : (int) array.length()]);
    }

    /**
     * The entries of an array in row-major order, widened to double, through a reused staging array.
     *
     * @param array   any array
     * @param staging for an array that is not DOUBLE, a Java array of at least {@code length()} entries,
     *                overwritten (see {@link Scratch#floats})
     * @return its {@code length()} entries
     */
    static double[] toDoubles(INDArray array, float[] staging) {
        INDArray packed = isRowMajorPrefix(array) ? array : array.dup('c');
        double[] values = new double[(int) packed.length()];
        if (packed.dataType() == DataType.DOUBLE) {
            packed.data().asNioDouble().get(values);
        } else {
            (packed.dataType() == DataType.FLOAT ? packed : packed.castTo(DataType.FLOAT)).data().asNioFloat()
                    .get(staging, 0, values.length);
            for (int i = 0; i < values.length; i++) {
                values[i] = staging[i];
            }
        }
        return values;
    }

    /**
     * Whether an array's entries are the first {@code length()} entries of its buffer in row-major order: a fresh
     * row-major array, or one of {@link Scratch#rows} over a longer buffer.
     */
    private static boolean isRowMajorPrefix(INDArray array) {
        if (array.ordering() != 'c' || array.offset() != 0 || array.data().length() < array.length()
                || array.data().originalDataBuffer() != null && array.data().originalDataBuffer() != array.data()) {
            return false;
        }
        long[] shape = array.shape();
        long[] stride = array.stride();
        long expected = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] != 1 && stride[d] != expected) {
                return false;
            }
            expected *= shape[d];
        }
        return true;
    }
}

package hdae.validate.model;

import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.HashMap;
import java.util.Map;

/**
 * Named native arrays reused from call to call while their shape stays the same: an attack passes batches of the
 * same size through the network step after step, and allocating each activation and gradient anew (native memory,
 * freed later by the garbage collector) was a sixth of the bisected PGD's profile. An array handed out is valid
 * until the next request under the same name. Not thread-safe.
 *
 * <p>{@link #rows} also keeps the memory when only the number of rows changes: an attack drops the rows that have
 * become adversarial, so its batch shrinks from step to step, and allocating (and zeroing) the largest arrays anew
 * each time was, in a profile of DeepFool-L2 on 784-128-10, as long as its matrix products.
 */
final class Scratch {

    /** The arrays by name. */
    private final Map<String, INDArray> arrays = new HashMap<>();
    /** The buffers of {@link #rows} by name, each as long as the largest array requested under that name. */
    private final Map<String, DataBuffer> buffers = new HashMap<>();
    /** The Java staging array of {@link #floats}, as long as the longest request. */
    private float[] staging = new float[0];

    /**
     * A row-major array of the given shape and type, uninitialised: the previous one of that name if its shape and
     * type match, else a new one.
     *
     * @param name the array's role
     * @param type its number type
     * @param rows rows
     * @param cols columns
     * @return the array
     */
    INDArray get(String name, DataType type, long rows, long cols) {
        INDArray array = arrays.get(name);
        if (array == null || array.dataType() != type || array.size(0) != rows || array.size(1) != cols) {
            array = Nd4j.createUninitialized(type, rows, cols);
            arrays.put(name, array);
        }
        return array;
    }

    /**
     * A row-major array of the given shape and type, uninitialised, over the start of a buffer that is reused
     * while it is long enough (the array is then a view: its buffer may be longer than the array; it starts at
     * the buffer's first entry and has the default strides, so {@link NativeArrays} reads and writes it in bulk).
     *
     * @param name the array's role
     * @param type its number type
     * @param rows rows
     * @param cols columns
     * @return the array
     */
    INDArray rows(String name, DataType type, long rows, long cols) {
        DataBuffer buffer = buffers.get(name);
        long length = rows * cols;
        if (buffer == null || buffer.dataType() != type || buffer.length() < length) {
            buffer = Nd4j.createBuffer(type, length, false);
            buffers.put(name, buffer);
        }
        return Nd4j.create(buffer, new long[] {rows, cols}, new long[] {cols, 1}, 0L, 'c');
    }

    /**
     * A Java float array of at least the given length, reused from call to call (its contents are whatever the last
     * user left): the staging array of {@link NativeArrays}' copies between double arrays and FLOAT native arrays,
     * which an attack makes for every chunk it passes through the network.
     *
     * @param length the entries needed
     * @return the array, valid until the next call
     */
    float[] floats(int length) {
        if (staging.length < length) {
            staging = new float[length];
        }
        return staging;
    }
}

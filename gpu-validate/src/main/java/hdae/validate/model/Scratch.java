package hdae.validate.model;

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
 */
final class Scratch {

    /** The arrays by name. */
    private final Map<String, INDArray> arrays = new HashMap<>();

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
}

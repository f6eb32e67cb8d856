package hdae.validate.model;

import org.nd4j.linalg.api.buffer.DataType;

/** The floating-point type of a network's parameters and activations. */
public enum Precision {
    /** 32-bit floats: fast, for training and benchmarks. */
    FLOAT(DataType.FLOAT),
    /** 64-bit doubles: for gradient checks against finite differences and exact comparisons. */
    DOUBLE(DataType.DOUBLE);

    /** The ND4J data type. */
    private final DataType dataType;

    Precision(DataType dataType) {
        this.dataType = dataType;
    }

    /** @return the ND4J data type */
    DataType dataType() {
        return dataType;
    }
}

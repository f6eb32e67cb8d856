package hdae.validate.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * {@link DenseProducts} against the ND4J calls whose bits DL4J's {@code fit} has (the ones DenseTraining made before
 * it called OpenBLAS itself), bit for bit, in float32 and float64, on the first layer of a 784-128-10 network built
 * by {@link Networks} (its weights a column-major view of the parameter buffer, as in training): {@code mmuli} for
 * \(H W\), {@code Nd4j.gemm} for \(H^\top \Delta\) into DL4J's gradient view and for \(\Delta W^\top\). Batch sizes 1,
 * 8, 37, 128 (the training's) and 500; seeded uniform entries in [0, 1) and [-0.5, 0.5). For a single row ND4J's
 * {@code Nd4j.gemm} of \(\Delta W^\top\) takes another path whose float64 bits differ from {@code cblas_dgemm}'s
 * (measured), so {@link DenseTraining} keeps ND4J's call there and that product is compared from two rows on.
 */
class DenseProductsTest {

    static Stream<Arguments> cases() {
        return Stream.of(DataType.FLOAT, DataType.DOUBLE).flatMap(type -> IntStream.of(1, 8, 37, 128, 500)
                .mapToObj(rows -> Arguments.of(type, rows)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void productsHaveNd4jsBits(DataType type, int rows) {
        assertTrue(DenseProducts.available(), "the tests run on ND4J's CPU backend");
        Precision precision = type == DataType.FLOAT ? Precision.FLOAT : Precision.DOUBLE;
        MultiLayerNetwork network = Networks.trainable(ModelSpec.mlp(784, List.of(128), 10)
                .withPrecision(precision), 5L, 1e-3);
        INDArray parameters = network.params();
        INDArray w = network.getLayer(0).getParam("W");
        int n = 784;
        int m = 128;
        Nd4j.getRandom().setSeed(rows);
        INDArray h = Nd4j.rand(type, rows, n);
        INDArray delta = Nd4j.rand(type, rows, m).subi(0.5);

        INDArray expected = Nd4j.createUninitialized(type, rows, m);
        h.mmuli(w, expected);
        INDArray z = Nd4j.createUninitialized(type, m, rows);
        DenseProducts.forward(h.data(), parameters.data(), 0, z.data(), rows, n, m);
        // z holds H W column-major: its (m, rows) row-major view is the transpose
        assertArrayEquals(bits(expected), bits(z.transpose()), "H W");

        INDArray gradient = Nd4j.zeros(type, network.getLayer(0).numParams());
        INDArray view = network.getLayer(0).conf().getLayer().initializer()
                .getGradientsFromFlattened(network.getLayer(0).conf(), gradient).get("W");
        Nd4j.gemm(h, delta, view, true, false, 1.0, 0.0);
        INDArray ours = Nd4j.zeros(type, network.getLayer(0).numParams());
        DenseProducts.weightGradient(h.data(), delta.data(), ours.data(), 0, rows, n, m);
        assertArrayEquals(bits(gradient.get(NDArrayIndex.interval(0, (long) n * m))),
                bits(ours.get(NDArrayIndex.interval(0, (long) n * m))), "H^T Delta");

        if (rows == 1) {
            // DenseTraining keeps ND4J's call for a single row: its float64 Delta W^T differs from dgemm's there
            return;
        }
        INDArray g = Nd4j.createUninitialized(type, rows, n);
        Nd4j.gemm(delta, w, g, false, true, 1.0, 0.0);
        INDArray ourG = Nd4j.createUninitialized(type, rows, n);
        DenseProducts.backward(delta.data(), parameters.data(), 0, ourG.data(), rows, n, m);
        assertArrayEquals(bits(g), bits(ourG), "Delta W^T");
    }

    /** The entries' bit patterns, row-major (a float32 widened to double keeps its sign and value). */
    private static long[] bits(INDArray array) {
        return Arrays.stream(NativeArrays.toDoubles(array)).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}

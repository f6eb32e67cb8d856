package hdae.validate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.config.Adam;

/**
 * {@link FlatAdam} against ND4J's own Adam ({@code AdamUpdater}, the {@code adam_updater} op DL4J's {@code fit}
 * uses) after DL4J's division by the batch size: the same update, bit for bit, at every one of 10,000 iterations
 * (21 epochs of 60,000 images in batches of 128) with the moments carried from step to step, in float32 and float64.
 * The step size \(\alpha_t\) rounds powers of \(\beta\); Java's {@code Math.pow} rounded to float first differs
 * from the C library's {@code powf} that the op calls at iteration 3605 of this run, which is why {@link FlatAdam}
 * takes the powers from ND4J. Gradient entries are seeded: a tenth zero, the rest of random sign and log-uniform
 * magnitude from \(10^{-6}\) to 10; the batch size 100 is not a power of two, so the division rounds.
 */
class FlatAdamTest {

    @ParameterizedTest
    @EnumSource(Precision.class)
    void everyIterationMatchesNd4jAdamBitForBit(Precision precision) {
        DataType type = precision.dataType();
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(11L);
        int n = 64;
        long batch = 100;
        double learningRate = 1e-3;
        // the parameters are zero before each step, so that after it they are exactly minus the update
        INDArray parameters = Nd4j.zeros(type, 1, n);
        FlatAdam adam = new FlatAdam(parameters, learningRate);
        AdamUpdater reference = new AdamUpdater(new Adam(learningRate));
        reference.setStateViewArray(Nd4j.zeros(type, 1, 2L * n), parameters.shape(), parameters.ordering(), true);
        INDArray gradient = Nd4j.zeros(type, 1, n);
        INDArray update = Nd4j.zeros(type, 1, n);
        double[] g = new double[n];
        double[] zeros = new double[n];
        for (int iteration = 0; iteration < 10_000; iteration++) {
            for (int i = 0; i < n; i++) {
                double magnitude = Math.pow(10, -6 + 7 * rng.nextDouble());
                g[i] = rng.nextDouble() < 0.1 ? 0 : (rng.nextBoolean() ? 1 : -1) * magnitude;
            }
            NativeArrays.put(gradient, g);
            // DL4J's updater: the summed gradient divided by the batch size, then the Adam op in place
            reference.applyUpdater(update.assign(gradient).divi(batch), iteration, 0);
            NativeArrays.put(parameters, zeros);
            adam.step(gradient, batch);
            double[] expected = NativeArrays.toDoubles(update);
            double[] actual = NativeArrays.toDoubles(parameters);
            for (int i = 0; i < n; i++) {
                // float32 values are exact in double; 0 - u is exactly -u
                assertEquals(-expected[i], actual[i], 0.0, "entry " + i + " at iteration " + iteration);
            }
        }
    }

    @Test
    void rejectsAViewIntoALargerBuffer() {
        INDArray parameters = Nd4j.zeros(DataType.FLOAT, 1, 10);
        INDArray view = parameters.get(NDArrayIndex.point(0), NDArrayIndex.interval(2, 6));
        assertThrows(IllegalArgumentException.class, () -> new FlatAdam(view, 1e-3));
    }
}

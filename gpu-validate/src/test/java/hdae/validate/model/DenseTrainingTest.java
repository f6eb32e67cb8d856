package hdae.validate.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.stream.Stream;

/**
 * {@link DenseTraining} against DL4J's {@code fit} on the same minibatches from the same initial network: the same
 * operations in the same order, so after five Adam steps the parameters are bit for bit DL4J's, in float32 and in
 * float64. The minibatches have 8, 128 (the training's batch), 37 (a last, partial batch), 8 and 8 rows: the bias
 * gradients are Java sums that must add in ND4J's order at every batch size ({@link TrainingLoopsTest} compares
 * them with ND4J's sum directly, a single row included). The reported minibatch loss is DL4J's score up to where
 * the logarithm is taken: DL4J takes it in the network's precision, {@link DenseTraining} in double from the same
 * probabilities, so in float32 they differ by float32 rounding of up to 128 logarithms and their sum, a few units
 * of \(2^{-24}\) each: at most \(10^{-6}\) relative here; in float64 by \(10^{-12}\) relative at most.
 */
class DenseTrainingTest {

    static Stream<Arguments> networks() {
        return Stream.of(
                Arguments.of(ModelSpec.softmaxRegression(20, 4), 1L),
                Arguments.of(ModelSpec.mlp(30, List.of(16), 5), 2L),
                Arguments.of(ModelSpec.mlp(30, List.of(40, 12), 10), 3L))
                .flatMap(a -> Stream.of(Precision.FLOAT, Precision.DOUBLE).map(p -> Arguments.of(
                        ((ModelSpec) a.get()[0]).withPrecision(p), a.get()[1])));
    }

    @ParameterizedTest
    @MethodSource("networks")
    void stepsMatchDl4jFit(ModelSpec spec, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        DataType type = spec.precision().dataType();
        MultiLayerNetwork reference = Networks.trainable(spec, seed, 1e-3);
        MultiLayerNetwork ours = Networks.trainable(spec, seed, 1e-3);
        DenseTraining training = DenseTraining.of(ours, 1e-3);
        int[] batches = {8, 128, 37, 8, 8};
        for (int step = 0; step < batches.length; step++) {
            int rows = batches[step];
            double[] x = new double[rows * spec.inputs()];
            for (int i = 0; i < x.length; i++) {
                x[i] = rng.nextDouble();
            }
            double[] y = new double[rows * spec.classes()];
            for (int i = 0; i < rows; i++) {
                y[i * spec.classes() + rng.nextInt(spec.classes())] = 1;
            }
            INDArray features = Nd4j.create(x, new long[] {rows, spec.inputs()}, DataType.DOUBLE).castTo(type);
            INDArray labels = Nd4j.create(y, new long[] {rows, spec.classes()}, DataType.DOUBLE).castTo(type);
            reference.fit(new DataSet(features, labels));
            double loss = training.step(features, labels);
            double relative = spec.precision() == Precision.FLOAT ? 1e-6 : 1e-12;
            assertEquals(reference.score(), loss, relative * reference.score(), "loss at step " + step);
        }
        assertArrayEquals(reference.params().castTo(DataType.DOUBLE).toDoubleVector(),
                ours.params().castTo(DataType.DOUBLE).toDoubleVector(), 0.0);
    }
}

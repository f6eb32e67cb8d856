package hdae.validate.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

/**
 * The direct dense computation ({@link DenseNetwork}) against DL4J's own forward and backward passes of the same
 * network ({@link Classifier#throughDl4j()}), on random networks: logits and input gradients agree to the rounding of
 * the summation order, one weighting per row and several.
 *
 * <p>Tolerance: both evaluate the same sums of products in a different order, so each entry differs by at most
 * about \(\gamma_m \sum |\text{terms}|\) per layer, \(\gamma_m = m u / (1 - m u)\) for fan-in m (Higham, Accuracy
 * and Stability of Numerical Algorithms, 2nd ed., Sec. 3.1). Here m is at most 40, three layers at most, and the
 * inputs are in [0,1] with He/Xavier weights, so the sums of absolute terms are within a factor 10 of the row's
 * largest entry: the bound is about \(3 \cdot 40 \cdot 10\, u \approx 1200 u\) of that entry, which gives
 * \(2^{-24} \cdot 1200 \approx 7 \cdot 10^{-5}\) in float32 and \(1.4 \cdot 10^{-13}\) in float64. The tolerances
 * below are those, rounded up to \(10^{-4}\) and \(10^{-12}\).
 */
class DenseNetworkTest {

    /** Relative tolerance per precision, see the class comment. */
    private static double tolerance(Precision precision) {
        return precision == Precision.FLOAT ? 1e-4 : 1e-12;
    }

    static Stream<Arguments> networks() {
        return Stream.of(
                Arguments.of(ModelSpec.softmaxRegression(20, 4), 1L),
                Arguments.of(ModelSpec.mlp(30, List.of(16), 5), 2L),
                Arguments.of(ModelSpec.mlp(30, List.of(40, 12), 10), 3L),
                Arguments.of(ModelSpec.mlp(25, List.of(8, 8, 8), 3), 4L))
                .flatMap(a -> Stream.of(Precision.FLOAT, Precision.DOUBLE).map(p -> Arguments.of(
                        ((ModelSpec) a.get()[0]).withPrecision(p), a.get()[1])));
    }

    private static Batch uniform(int rows, int cols, double low, double high, UniformRandomProvider rng) {
        double[] values = new double[rows * cols];
        for (int i = 0; i < values.length; i++) {
            values[i] = low + (high - low) * rng.nextDouble();
        }
        return Batch.wrap(values, rows, cols);
    }

    private static void assertRowsClose(Batch expected, Batch actual, double relative, String what) {
        assertEquals(expected.rows(), actual.rows(), what + " rows");
        assertEquals(expected.cols(), actual.cols(), what + " cols");
        for (int i = 0; i < expected.rows(); i++) {
            double scale = 0;
            for (int j = 0; j < expected.cols(); j++) {
                scale = Math.max(scale, Math.abs(expected.get(i, j)));
            }
            for (int j = 0; j < expected.cols(); j++) {
                assertEquals(expected.get(i, j), actual.get(i, j), relative * scale,
                        what + " row " + i + " column " + j);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("networks")
    void logitsAndGradientsAgreeWithDl4j(ModelSpec spec, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        Classifier direct = Classifier.initialised(spec, seed);
        Classifier dl4j = direct.throughDl4j();
        int rows = 7;
        int perRow = 3;
        Batch x = uniform(rows, spec.inputs(), 0, 1, rng);
        Batch single = uniform(rows, spec.classes(), -1, 1, rng);
        Batch several = uniform(rows * perRow, spec.classes(), -1, 1, rng);
        double tolerance = tolerance(spec.precision());

        ForwardPass directPass = direct.forward(x);
        Batch directSingle = directPass.gradient(single);
        Batch directSeveral = directPass.gradients(several, perRow);
        ForwardPass dl4jPass = dl4j.forward(x);
        assertRowsClose(dl4jPass.logits(), directPass.logits(), tolerance, "logits");
        assertRowsClose(dl4jPass.gradient(single), directSingle, tolerance, "gradient");
        assertRowsClose(dl4jPass.gradients(several, perRow), directSeveral, tolerance, "gradients, 3 per row");
    }

    /**
     * Native arrays of a batch that shrinks and grows again are reused ({@link Scratch#rows}): a classifier that has
     * seen larger batches gives bit for bit what a fresh one gives.
     */
    @ParameterizedTest
    @MethodSource("networks")
    void reusedArraysGiveWhatFreshOnesGive(ModelSpec spec, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        Classifier used = Classifier.initialised(spec, seed);
        int perRow = 3;
        for (int rows : new int[] {9, 4, 2, 6}) {
            Batch x = uniform(rows, spec.inputs(), 0, 1, rng);
            Batch omega = uniform(rows * perRow, spec.classes(), -1, 1, rng);
            Classifier fresh = Classifier.initialised(spec, seed);
            ForwardPass freshPass = fresh.forward(x);
            Batch freshLogits = freshPass.logits();
            Batch freshGradients = freshPass.gradients(omega, perRow);
            ForwardPass usedPass = used.forward(x);
            assertArrayEquals(freshLogits.values(), usedPass.logits().values(), 0.0, rows + " rows: logits");
            assertArrayEquals(freshGradients.values(), usedPass.gradients(omega, perRow).values(), 0.0,
                    rows + " rows: gradients");
        }
    }
}

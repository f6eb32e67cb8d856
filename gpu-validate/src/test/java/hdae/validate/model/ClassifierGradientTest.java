package hdae.validate.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

/**
 * Input gradients against central finite differences, in double precision.
 *
 * <p>Tolerance: the central difference \((f(x+h e_j) - f(x-h e_j))/2h\) with \(h = 10^{-6}\) has truncation
 * error \(h^2 |f'''|/6\) (about \(10^{-12}\) here: third derivatives of softmax cross-entropy are O(1) and
 * ReLU networks are piecewise linear) and rounding error about \(\epsilon_{\mathrm{mach}} |f| / h \approx
 * 2\cdot 10^{-16}\cdot 10 / 10^{-6} = 2\cdot 10^{-9}\). An absolute tolerance of \(10^{-7}\) is 50 times the
 * larger one. A ReLU kink within h of a pre-activation would break the comparison; with the seeds below none
 * is that close (a failure would show as one coordinate off by O(|w|), not a small drift).
 */
class ClassifierGradientTest {

    /** Finite-difference step, see the class comment. */
    private static final double H = 1e-6;
    /** Absolute tolerance on each gradient entry, see the class comment. */
    private static final double TOLERANCE = 1e-7;

    private static Batch randomInputs(int rows, int n, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double[] values = new double[rows * n];
        for (int i = 0; i < values.length; i++) {
            values[i] = rng.nextDouble();
        }
        return Batch.wrap(values, rows, n);
    }

    /** The cross-entropy of one row, from the classifier's logits, in the log-sum-exp form. */
    private static double loss(Classifier model, Batch x, int row, int label) {
        Batch z = model.logits(x);
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < z.cols(); k++) {
            max = Math.max(max, z.get(row, k));
        }
        double sum = 0;
        for (int k = 0; k < z.cols(); k++) {
            sum += Math.exp(z.get(row, k) - max);
        }
        return -(z.get(row, label) - max - Math.log(sum));
    }

    private static double logitDifference(Classifier model, Batch x, int row, int k, int j) {
        Batch z = model.logits(x);
        return z.get(row, k) - z.get(row, j);
    }

    private static void assertLossGradientMatchesFiniteDifferences(Classifier model, Batch x, int[] labels) {
        Batch gradient = model.lossGradient(x, labels);
        for (int row = 0; row < x.rows(); row++) {
            for (int j = 0; j < x.cols(); j++) {
                Batch plus = x.copy();
                plus.values()[row * x.cols() + j] += H;
                Batch minus = x.copy();
                minus.values()[row * x.cols() + j] -= H;
                double fd = (loss(model, plus, row, labels[row]) - loss(model, minus, row, labels[row])) / (2 * H);
                assertEquals(fd, gradient.get(row, j), TOLERANCE, "row " + row + " coordinate " + j);
            }
        }
    }

    @Test
    void mlpLossGradientMatchesCentralDifferencesPerSample() {
        Classifier model = Classifier.initialised(ModelSpec.mlp(12, List.of(16, 8), 4), 5L);
        assertLossGradientMatchesFiniteDifferences(model, randomInputs(3, 12, 6L), new int[] {0, 3, 1});
    }

    @Test
    void cnnLossGradientMatchesCentralDifferencesThroughTheReshape() {
        Classifier model = Classifier.initialised(ModelSpec.cnn(6, 6, 8, 3), 7L);
        assertLossGradientMatchesFiniteDifferences(model, randomInputs(2, 36, 8L), new int[] {2, 0});
    }

    @Test
    void logitDifferenceGradientMatchesCentralDifferences() {
        // DeepFool's w_k = grad (z_k - z_j), from one pass with output weights e_k - e_j per row
        Classifier model = Classifier.initialised(ModelSpec.mlp(10, List.of(12), 5), 9L);
        Batch x = randomInputs(2, 10, 10L);
        int[][] pairs = {{3, 1}, {0, 4}};
        double[] omega = new double[2 * 5];
        for (int row = 0; row < 2; row++) {
            omega[row * 5 + pairs[row][0]] += 1;
            omega[row * 5 + pairs[row][1]] -= 1;
        }
        Batch gradient = model.forward(x).gradient(Batch.wrap(omega, 2, 5));
        for (int row = 0; row < 2; row++) {
            for (int j = 0; j < 10; j++) {
                Batch plus = x.copy();
                plus.values()[row * 10 + j] += H;
                Batch minus = x.copy();
                minus.values()[row * 10 + j] -= H;
                double fd = (logitDifference(model, plus, row, pairs[row][0], pairs[row][1])
                        - logitDifference(model, minus, row, pairs[row][0], pairs[row][1])) / (2 * H);
                assertEquals(fd, gradient.get(row, j), TOLERANCE, "row " + row + " coordinate " + j);
            }
        }
    }

    @Test
    void gradientRowsDoNotDependOnTheBatchTheyCameIn() {
        // no 1/B scaling: the row of a sample is the same alone and inside a batch of 5 (equal up to the
        // summation order of the matrix products, 1e-14 relative to entries of order 1e-1)
        Classifier model = Classifier.initialised(ModelSpec.mlp(8, List.of(6), 3), 11L);
        Batch x = randomInputs(5, 8, 12L);
        int[] labels = {0, 1, 2, 0, 1};
        Batch together = model.lossGradient(x, labels);
        for (int row = 0; row < 5; row++) {
            Batch alone = model.lossGradient(x.select(new int[] {row}), new int[] {labels[row]});
            assertArrayEquals(alone.row(0), together.row(row), 1e-14);
        }
    }

    @Test
    void dl4jScoreIsTheBatchMeanSoItsGradientIsOursDividedByBatchSize() {
        // a pitfall of DL4J: MultiLayerNetwork.score() averages over the batch, so
        // d(score)/dx_i = (1/B) d(loss_i)/dx_i; our per-sample gradient is B times the score's gradient
        Classifier model = Classifier.initialised(ModelSpec.mlp(6, List.of(5), 3), 13L);
        MultiLayerNetwork network = model.network();
        Batch x = randomInputs(4, 6, 14L);
        int[] labels = {2, 0, 1, 1};
        Batch ours = model.lossGradient(x, labels);
        int row = 2;
        int j = 3;
        double fd = (score(network, shifted(x, row, j, H), labels) - score(network, shifted(x, row, j, -H), labels))
                / (2 * H);
        assertEquals(ours.get(row, j) / 4, fd, TOLERANCE);
    }

    private static Batch shifted(Batch x, int row, int column, double by) {
        Batch copy = x.copy();
        copy.values()[row * x.cols() + column] += by;
        return copy;
    }

    private static double score(MultiLayerNetwork network, Batch x, int[] labels) {
        INDArray features = Nd4j.create(x.values(), new long[] {x.rows(), x.cols()}, DataType.DOUBLE);
        INDArray oneHot = Nd4j.zeros(DataType.DOUBLE, x.rows(), 3);
        for (int i = 0; i < labels.length; i++) {
            oneHot.putScalar(i, labels[i], 1.0);
        }
        return network.score(new DataSet(features, oneHot), false);
    }

    @Test
    void staleForwardPassRefusesToGiveGradients() {
        Classifier model = Classifier.initialised(ModelSpec.mlp(4, List.of(3), 2), 15L);
        ForwardPass first = model.forward(randomInputs(1, 4, 16L));
        model.forward(randomInputs(1, 4, 17L));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> first.gradient(Batch.wrap(new double[] {1, -1}, 1, 2)));
        assertTrue(e.getMessage().contains("stale"), e.getMessage());
    }
}

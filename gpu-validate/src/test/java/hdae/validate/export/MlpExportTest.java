package hdae.validate.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hdae.validate.ExceptionAssert;
import hdae.validate.Fixtures;
import hdae.validate.ValidationException;
import hdae.validate.model.Batch;
import hdae.validate.model.Classifier;
import hdae.validate.model.ModelSpec;
import hdae.validate.model.Precision;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The {@code .npz} export of a trained MLP, checked by reading it back as a Python tool would:
 * parse the {@code .npy} headers, then evaluate \(h_{i+1} = \mathrm{relu}(h_i W_i + b_i)\), logits last, in
 * plain Java and compare with the network's own logits.
 */
class MlpExportTest {

    @TempDir
    Path dir;

    /**
     * The logits of the exported arrays, computed the way the README's PyTorch snippet does.
     */
    private static double[] logits(Map<String, NpyArray> arrays, double[] x) {
        double[] h = x;
        int layers = arrays.size() / 2;
        for (int l = 0; l < layers; l++) {
            NpyArray w = arrays.get("W" + l);
            double[] b = arrays.get("b" + l).data();
            int in = w.shape()[0];
            int out = w.shape()[1];
            double[] next = new double[out];
            for (int j = 0; j < out; j++) {
                double sum = b[j];
                for (int i = 0; i < in; i++) {
                    sum += h[i] * w.data()[i * out + j];
                }
                next[j] = l < layers - 1 ? Math.max(0, sum) : sum;
            }
            h = next;
        }
        return h;
    }

    @Test
    void exportedArraysReproduceTheNetworkLogits() {
        Classifier model = Fixtures.mnist7Mlp();
        Path file = dir.resolve("mlp.npz");
        MlpExport.write(model, file);
        Map<String, NpyArray> arrays = Npz.read(file);
        assertEquals(List.of("W0", "b0", "W1", "b1", "W2", "b2"), List.copyOf(arrays.keySet()));
        assertArrayEquals(new int[] {49, 32}, arrays.get("W0").shape());
        assertArrayEquals(new int[] {32}, arrays.get("b0").shape());
        assertArrayEquals(new int[] {16, 10}, arrays.get("W2").shape());
        double[][] x = Fixtures.mnist7Test().rows(0, 20);
        Batch expected = model.logits(Batch.of(x));
        for (int i = 0; i < x.length; i++) {
            // both sides are double-precision sums of at most 49 products of order 1: they differ only in
            // summation order, so 1e-12 absolute (on logits of order 10) is many times the rounding
            assertArrayEquals(expected.row(i), logits(arrays, x[i]), 1e-12, "sample " + i);
        }
    }

    @Test
    void readingAnExportBackGivesTheSameClassifier() {
        Classifier model = Fixtures.mnist7Softmax();
        Path file = dir.resolve("softmax.npz");
        MlpExport.write(model, file);
        Classifier back = MlpExport.read(file, Precision.DOUBLE);
        assertEquals(model.spec(), back.spec());
        double[][] x = Fixtures.mnist7Test().rows(0, 10);
        // identical parameters and identical DL4J computation: bit-identical logits
        assertArrayEquals(model.logits(Batch.of(x)).values(), back.logits(Batch.of(x)).values(), 0.0);
    }

    @Test
    void cnnCannotBeExportedAsDenseArrays() {
        Classifier cnn = Classifier.initialised(ModelSpec.cnn(8, 8, 4, 3), 1L);
        ExceptionAssert.messageNames("classifier",
                assertThrows(ValidationException.class, () -> MlpExport.write(cnn, dir.resolve("cnn.npz"))));
    }
}

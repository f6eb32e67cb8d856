package hdae.validate.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.validate.FileFixtures;
import hdae.validate.ValidationException;
import hdae.validate.data.Dataset;
import hdae.validate.export.MlpExport;
import hdae.validate.export.NpyArray;
import hdae.validate.export.Npz;
import hdae.validate.model.Classifier;
import hdae.validate.model.Precision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A network trained outside hdae (PyTorch 1.13, by {@code make_fixtures.py} beside the fixtures: a ReLU MLP
 * 49-32-10 on MNIST at 7x7) is read, evaluated and measured: its logits agree with PyTorch's float64 logits,
 * every bracket is ordered, and bad files fail with the file named.
 */
class NetworkMeasurementTest {

    private static Path fixture(String name) {
        return FileFixtures.file("measure/" + name);
    }

    private static Classifier network() {
        return MlpExport.read(fixture("mlp-49-32-10.npz"), Precision.DOUBLE);
    }

    private static Dataset inputs() {
        return InputData.files(fixture("images.npy"), fixture("labels.npy"), 10);
    }

    /** Reference: PyTorch 1.13's float64 forward pass (make_fixtures.py); both sides compute in float64. */
    @Test
    void logitsAgreeWithPyTorchWithin1e5() {
        double worst = FileFixtures.worstLogitDifference(network(), inputs(), "measure/logits.npy");
        assertTrue(worst <= 1e-5, "largest logit difference " + worst);
    }

    @Test
    void uint8ImagesAreScaledTo01() {
        Dataset floats = inputs();
        Dataset bytes = InputData.files(fixture("images-u8.npy"), fixture("labels.npy"), 10);
        assertEquals(floats.dimension(), bytes.dimension());
        for (int i = 0; i < floats.size(); i++) {
            double[] a = floats.row(i);
            double[] b = bytes.row(i);
            for (int j = 0; j < a.length; j++) {
                // rounding to 1/255 moves a pixel by at most half a step
                assertTrue(Math.abs(a[j] - b[j]) <= 0.5 / 255 + 1e-7, "pixel " + j + " of image " + i);
            }
        }
    }

    @Test
    void everyBracketIsOrderedAndTheAccuraciesEncloseEachOther() {
        NetworkMeasurement.Result r = NetworkMeasurement.run(network(), inputs(), 40, new double[] {0.1, 0.3});
        assertEquals(40, r.rows().size());
        for (SampleBracket s : r.rows()) {
            assertTrue(s.certified() <= s.upper(), "certified above the attack at input " + s.index());
            assertEquals(Math.min(s.deepFool(), s.bisection()), s.upper());
            for (double eps : new double[] {0.1, 0.3}) {
                assertTrue(!s.certifiedAt(eps) || s.unbrokenAt(eps), "certified but broken at input " + s.index());
            }
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> perEps = (List<Map<String, Object>>) r.summary().get("robust_accuracy_l2");
        for (Map<String, Object> m : perEps) {
            double certified = (double) ((Map<?, ?>) m.get("certified_accuracy")).get("value");
            double attacked = (double) ((Map<?, ?>) m.get("accuracy_under_attack")).get("value");
            assertTrue(certified <= attacked, "at eps " + m.get("eps"));
        }
    }

    @Test
    void refusesDataOfAnotherDimension() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> NetworkMeasurement.run(network(), InputData.mnist(28), 5, new double[] {0.5}));
        assertTrue(e.getMessage().contains("dimension 49") && e.getMessage().contains("784"), e.getMessage());
    }

    @Test
    void namesTheFileOfTruncatedOrMismatchedArrays(@TempDir Path dir) throws IOException {
        Path truncated = dir.resolve("images.npy");
        byte[] good = Files.readAllBytes(fixture("images.npy"));
        Files.write(truncated, Arrays.copyOf(good, good.length - 8));
        ValidationException e = assertThrows(ValidationException.class,
                () -> InputData.files(truncated, fixture("labels.npy"), 10));
        assertTrue(e.getMessage().contains(truncated.toString()), e.getMessage());

        Path fewLabels = dir.resolve("labels.npy");
        Files.write(fewLabels, Npz.encode(NpyArray.of(new double[] {1, 2, 3})));
        e = assertThrows(ValidationException.class, () -> InputData.files(fixture("images.npy"), fewLabels, 10));
        assertTrue(e.getMessage().contains(fewLabels.toString()) && e.getMessage().contains("(40,)"), e.getMessage());

        Path badLabels = dir.resolve("bad-labels.npy");
        double[] labels = new double[40];
        labels[3] = 12;
        Files.write(badLabels, Npz.encode(NpyArray.of(labels)));
        e = assertThrows(ValidationException.class, () -> InputData.files(fixture("images.npy"), badLabels, 10));
        assertTrue(e.getMessage().contains("index 3"), e.getMessage());

        Path model = dir.resolve("model.npz");
        byte[] zip = Files.readAllBytes(fixture("mlp-49-32-10.npz"));
        Files.write(model, Arrays.copyOf(zip, zip.length / 2));
        e = assertThrows(ValidationException.class, () -> MlpExport.read(model, Precision.DOUBLE));
        assertTrue(e.getMessage().contains(model.toString()), e.getMessage());
    }

    @Test
    void refusesMissingFilesAndMixedFormats(@TempDir Path dir) {
        Path missing = dir.resolve("nothing.npy");
        ValidationException e = assertThrows(ValidationException.class,
                () -> InputData.files(missing, fixture("labels.npy"), 10));
        assertTrue(e.getMessage().contains("no such file") && e.getMessage().contains(missing.toString()), e.getMessage());
        assertThrows(ValidationException.class, () -> InputData.files(fixture("images.npy"), fixture("make_fixtures.py"), 10));
        assertThrows(ValidationException.class, () -> InputData.mnist(20));
    }
}

package hdae.validate.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static hdae.validate.FileFixtures.file;

import hdae.validate.FileFixtures;
import hdae.validate.ValidationException;
import hdae.validate.data.Dataset;
import hdae.validate.measure.InputData;
import hdae.validate.model.Classifier;
import hdae.validate.model.Precision;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Networks written by other frameworks ({@code imported/make_fixtures.py}: PyTorch 1.13, h5py 3.7, onnx 1.12) are
 * read as hdae classifiers: a Keras HDF5 MLP through Deeplearning4j's Keras import, and ONNX MLPs exported by
 * {@code torch.onnx.export} in both the Gemm and the MatMul+Add form. Reference: NumPy's float64 forward pass on
 * the same stored weights. hdae's data sets hold pixels in float32, so its inputs differ from NumPy's by
 * up to 2^-25 relative, which moves logits of order 10 by about 1e-7 (1.8e-7 for the Keras file, 2.8e-7 for the
 * ONNX files, measured 2026-12-02); 1e-5 is the tolerance, not a tuned one.
 */
class ImportedModelTest {

    @ParameterizedTest
    @CsvSource({"keras-49-24-10.h5, keras-logits.npy, 24", "mlp-gemm.onnx, onnx-logits.npy, 32",
        "mlp-matmul.onnx, onnx-logits.npy, 32"})
    void logitsAgreeWithNumPyWithin1e5(String model, String logits, int firstHidden) {
        Classifier network = ModelFile.read(file("imported/" + model), Precision.DOUBLE);
        assertEquals(49, network.inputs());
        assertEquals(10, network.classes());
        assertEquals(firstHidden, network.denseLayers().get(0).out());
        Dataset data = InputData.files(file("measure/images.npy"), file("measure/labels.npy"), 10);
        double worst = FileFixtures.worstLogitDifference(network, data, "imported/" + logits);
        assertTrue(worst <= 1e-5, "largest logit difference " + worst);
    }

    /** Each refusal names the file and what is wrong with it, in the words given. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "truncated.h5      | a truncated file: 2048 bytes where its superblock records 19256",
        "keras-tanh.h5     | activation",
        "keras-conv.h5     | ConvolutionLayer",
        "truncated.onnx    | unreadable protobuf",
        "onnx-sigmoid.onnx | unsupported Sigmoid node",
        "mlp-bad-shapes.npz | chaining with the previous layer"})
    void badModelFilesAreRefusedNamingTheFile(String name, String problem) {
        Path bad = file("imported/bad/" + name);
        ValidationException e = assertThrows(ValidationException.class, () -> ModelFile.read(bad, Precision.DOUBLE));
        assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"model.pt", "model"})
    void otherExtensionsAreRefused(String name) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> ModelFile.read(Path.of(name), Precision.DOUBLE));
        assertTrue(e.getMessage().contains(ModelFile.FORMATS), e.getMessage());
    }
}

package hdae.validate.export;

import hdae.validate.ValidationException;
import hdae.validate.model.Classifier;
import hdae.validate.model.Precision;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * A user's network file, read by its extension: {@code .npz} (hdae's arrays, {@link MlpExport}), {@code .h5} or
 * {@code .hdf5} (Keras, {@link KerasImport}) or {@code .onnx} ({@link OnnxImport}). Each yields the same dense
 * ReLU classifier; every problem is one {@link ValidationException} naming the file.
 */
public final class ModelFile {

    /** The extensions read, for messages. */
    public static final String FORMATS = ".npz, .h5/.hdf5 (Keras) or .onnx";

    private ModelFile() {
    }

    /**
     * Reads a network.
     *
     * @param file      the model file
     * @param precision the number type of the rebuilt network
     * @return the classifier
     */
    public static Classifier read(Path file, Precision precision) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".npz")) {
            requireReadable(file);
            return MlpExport.read(file, precision);
        }
        if (name.endsWith(".h5") || name.endsWith(".hdf5")) {
            return KerasImport.read(file, precision);
        }
        if (name.endsWith(".onnx")) {
            return OnnxImport.read(file, precision);
        }
        throw ValidationException.expected("a model file ending in " + FORMATS, "file " + file, "another extension");
    }

    static void requireReadable(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw ValidationException.expected("a readable file", "file " + file,
                    Files.exists(file) ? "not a readable regular file" : "no such file");
        }
    }

    static boolean startsWith(Path file, byte[] signature) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(signature.length), signature);
        } catch (IOException e) {
            throw ValidationException.expected("a readable file", "file " + file, e.getMessage(), e);
        }
    }
}

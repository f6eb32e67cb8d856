package hdae.validate.export;

import hdae.validate.ValidationException;
import hdae.validate.model.Classifier;
import hdae.validate.model.DenseLayerParameters;
import hdae.validate.model.Precision;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.modelimport.keras.KerasModelImport;
import org.deeplearning4j.nn.modelimport.keras.exceptions.InvalidKerasConfigurationException;
import org.deeplearning4j.nn.modelimport.keras.exceptions.UnsupportedKerasConfigurationException;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A Keras {@code Sequential} ReLU MLP saved as HDF5 ({@code model.save("m.h5")}, Keras 1 or 2 layout), read
 * through Deeplearning4j's own Keras import and turned into hdae's dense classifier:
 * \[ h_{i+1} = \mathrm{relu}(h_i W_i + b_i)\ (i < L-1),\quad z = h_{L-1} W_{L-1} + b_{L-1}, \]
 * with \(W_i\) the Keras kernel, shape (in, out). Supported: {@code Dense} layers (an {@code InputLayer} first
 * is allowed), {@code relu} on every hidden layer, {@code linear} or {@code softmax} on the last; a final
 * softmax is dropped, since hdae measures the logits \(z\) and \(\arg\max \mathrm{softmax}(z) = \arg\max z\).
 * Anything else (convolutions, other activations, a functional model) is refused with the layer named.
 */
public final class KerasImport {

    static {
        // the HDF5 library prints its error stack (HDF5-DIAG) to standard error by default; the exception DL4J
        // throws carries the problem, reported as one line, so the automatic printing is switched off
        org.bytedeco.hdf5.global.hdf5.H5Eset_auto2(org.bytedeco.hdf5.global.hdf5.H5E_DEFAULT, null, null);
    }

    private KerasImport() {
    }

    /**
     * Reads a Keras HDF5 model.
     *
     * @param file      the {@code .h5} file
     * @param precision the number type of the rebuilt network
     * @return the classifier
     */
    public static Classifier read(Path file, Precision precision) {
        MultiLayerNetwork network = importNetwork(file);
        List<DenseLayerParameters> layers = new ArrayList<>();
        Layer[] all = network.getLayers();
        for (int i = 0; i < all.length; i++) {
            org.deeplearning4j.nn.conf.layers.Layer conf = all[i].conf().getLayer();
            String name = "layer " + conf.getLayerName();
            if (!(conf instanceof DenseLayer dense)) {
                throw unsupported(file, name + " of type " + conf.getClass().getSimpleName());
            }
            IActivation activation = ((BaseLayer) dense).getActivationFn();
            boolean last = i == all.length - 1;
            boolean supported = last ? activation instanceof ActivationIdentity || activation instanceof ActivationSoftmax
                    : activation instanceof ActivationReLU;
            if (!supported || !dense.hasBias()) {
                throw unsupported(file, name + " (Dense, activation " + activation + (dense.hasBias() ? "" : ", no bias")
                        + ")");
            }
            layers.add(new DenseLayerParameters(matrix(all[i].getParam("W")), vector(all[i].getParam("b"))));
        }
        if (layers.isEmpty()) {
            throw unsupported(file, "no layers");
        }
        return MlpExport.classifier(layers, precision);
    }

    private static MultiLayerNetwork importNetwork(Path file) {
        ModelFile.requireReadable(file);
        if (!ModelFile.startsWith(file, HDF5_SIGNATURE)) {
            throw ValidationException.expected("an HDF5 file (signature \\x89HDF)", "file " + file, "other bytes");
        }
        long stored = storedEndOfFile(file);
        long size = size(file);
        if (stored > size) {
            throw ValidationException.expected("a whole HDF5 file", "file " + file, "a truncated file: " + size
                    + " bytes where its superblock records " + stored);
        }
        try {
            return KerasModelImport.importKerasSequentialModelAndWeights(file.toString(), false);
        } catch (UnsupportedKerasConfigurationException e) {
            throw unsupported(file, firstLine(e));
        } catch (InvalidKerasConfigurationException | IOException | RuntimeException e) {
            throw ValidationException.expected("a Keras Sequential model saved as HDF5", "file " + file, firstLine(e), e);
        }
    }

    /**
     * The end-of-file address the superblock records (HDF5 File Format Specification 3.0, section II.A): in
     * superblock versions 0 and 1 after the signature, 8 bytes of versions and sizes, the group K values and the
     * flags (8 bytes), the base and free-space addresses (version 1 adds 4 more bytes before
     * them); in versions 2 and 3 after the signature, version, sizes and flags (4 bytes), the base and extension
     * addresses. Addresses are little-endian of the size given in byte 13 (versions 0, 1) or 9 (2, 3).
     * Returns -1 when the header is too short or of an unknown version, leaving the verdict to HDF5.
     */
    private static long storedEndOfFile(Path file) {
        byte[] head;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            head = in.readNBytes(96);
        } catch (IOException e) {
            throw ValidationException.expected("a readable file", "file " + file, e.getMessage(), e);
        }
        if (head.length < 16) {
            return -1;
        }
        int version = head[8];
        int offsets = version <= 1 ? head[13] : head[9];
        int at = switch (version) {
            case 0 -> 24 + 2 * offsets;
            case 1 -> 28 + 2 * offsets;
            case 2, 3 -> 12 + 2 * offsets;
            default -> -1;
        };
        if (at < 0 || offsets < 1 || offsets > 8 || head.length < at + offsets) {
            return -1;
        }
        long address = 0;
        for (int i = offsets - 1; i >= 0; i--) {
            address = (address << 8) | (head[at + i] & 0xff);
        }
        return address;
    }

    private static long size(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (IOException e) {
            throw ValidationException.expected("a readable file", "file " + file, e.getMessage(), e);
        }
    }

    /** The eight bytes every HDF5 file starts with (HDF5 File Format Specification, section II.A). */
    private static final byte[] HDF5_SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    private static ValidationException unsupported(Path file, Object what) {
        return ValidationException.expected("Dense layers with relu, the last linear or softmax (a ReLU MLP)",
                "file " + file, what);
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int cut = m.indexOf('\n');
        return cut < 0 ? m : m.substring(0, cut);
    }

    private static double[][] matrix(INDArray a) {
        return a.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).toDoubleMatrix();
    }

    private static double[] vector(INDArray a) {
        return a.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).toDoubleVector();
    }
}

package hdae.validate.export;

import hdae.validate.ValidationException;
import hdae.validate.model.Classifier;
import hdae.validate.model.DenseLayerParameters;
import hdae.validate.model.ModelSpec;
import hdae.validate.model.Precision;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Export of a dense classifier (softmax regression or ReLU MLP) to {@code .npz} for Python tools: arrays
 * {@code W0, b0, W1, b1, ...}, float64 little-endian, with \(W_i\) of shape (in, out) and \(b_i\) of shape
 * (out,), so that
 * \[ h_0 = x,\quad h_{i+1} = \mathrm{relu}(h_i W_i + b_i)\ (i < L-1),\quad z = h_{L-1} W_{L-1} + b_{L-1} \]
 * are the logits (no softmax). A PyTorch {@code nn.Linear} takes {@code weight = W_i.T}.
 */
public final class MlpExport {

    private MlpExport() {
    }

    /**
     * Writes the classifier's parameters atomically.
     *
     * @param model a dense classifier
     * @param file  the target {@code .npz}
     * @return the arrays written, by name
     */
    public static Map<String, NpyArray> write(Classifier model, Path file) {
        Map<String, NpyArray> arrays = arrays(model);
        Npz.write(file, arrays);
        return arrays;
    }

    /**
     * Reads an export back as a classifier: the inverse of {@link #write}, also for files written by Python
     * ({@code numpy.savez} of float64 or float32 arrays named as above).
     *
     * @param file      the {@code .npz} file
     * @param precision the number type of the rebuilt network
     * @return the classifier (softmax regression for one layer, else a ReLU MLP)
     */
    public static Classifier read(Path file, Precision precision) {
        Map<String, NpyArray> arrays = Npz.read(file);
        List<DenseLayerParameters> layers = new ArrayList<>();
        for (int i = 0; arrays.containsKey("W" + i); i++) {
            NpyArray weights = arrays.get("W" + i);
            NpyArray bias = arrays.get("b" + i);
            if (weights.shape().length != 2 || bias == null || bias.shape().length != 1
                    || bias.shape()[0] != weights.shape()[1]
                    || (i > 0 && weights.shape()[0] != layers.get(i - 1).out())) {
                throw ValidationException.expected("W" + i + " of shape (in, out) and b" + i + " of shape (out,) "
                        + "chaining with the previous layer", "file " + file, "W" + i + " "
                        + Arrays.toString(weights.shape()) + ", b" + i + " "
                        + (bias == null ? "missing" : Arrays.toString(bias.shape())));
            }
            layers.add(new DenseLayerParameters(weights.toMatrix(), bias.data().clone()));
        }
        if (layers.isEmpty() || arrays.size() != 2 * layers.size()) {
            throw ValidationException.expected("arrays W0, b0, W1, b1, ... and nothing else", "file " + file,
                    arrays.keySet());
        }
        return classifier(layers, precision);
    }

    /**
     * The ReLU MLP (softmax regression for one layer) with the given dense layers, which must chain.
     *
     * @param layers    first layer first; hidden layers apply relu, the last gives the logits
     * @param precision the number type of the network
     * @return the classifier
     */
    static Classifier classifier(List<DenseLayerParameters> layers, Precision precision) {
        List<Integer> hidden = new ArrayList<>();
        for (int i = 0; i < layers.size() - 1; i++) {
            hidden.add(layers.get(i).out());
        }
        int inputs = layers.get(0).in();
        int classes = layers.get(layers.size() - 1).out();
        ModelSpec spec = hidden.isEmpty() ? ModelSpec.softmaxRegression(inputs, classes)
                : ModelSpec.mlp(inputs, hidden, classes);
        return Classifier.fromDenseLayers(spec.withPrecision(precision), layers);
    }

    /**
     * The arrays an export contains.
     *
     * @param model a dense classifier
     * @return {@code W0, b0, W1, b1, ...} in order
     */
    public static Map<String, NpyArray> arrays(Classifier model) {
        List<DenseLayerParameters> layers = model.denseLayers();
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            arrays.put("W" + i, NpyArray.of(layers.get(i).weights()));
            arrays.put("b" + i, NpyArray.of(layers.get(i).bias()));
        }
        return arrays;
    }
}

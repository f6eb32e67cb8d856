package hdae.validate.model;

import hdae.validate.ValidationException;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The full description of a network's shape and number type: enough to rebuild it, and part of the model
 * cache key.
 *
 * <p>Softmax regression and MLP: \(z = W_L^\top h_{L-1} + b_L\), \(h_l = \mathrm{relu}(W_l^\top h_{l-1} + b_l)\),
 * \(h_0 = x\), with {@code hidden} widths (empty for softmax regression); the class probabilities are
 * \(\mathrm{softmax}(z)\). CNN (images of {@code height x width}, one channel): conv 3x3x8 (same padding,
 * ReLU), max-pool 2x2, conv 3x3x16, max-pool 2x2, dense {@code hidden.get(0)} (ReLU), dense logits.
 *
 * @param architecture the kind of network
 * @param inputs       input dimension n
 * @param height       image height for a CNN, else 0
 * @param width        image width for a CNN, else 0
 * @param hidden       hidden-layer widths (MLP), or the dense width (CNN); empty for softmax regression
 * @param classes      number of classes K, at least 2
 * @param precision    number type of parameters and activations
 */
public record ModelSpec(Architecture architecture, int inputs, int height, int width, List<Integer> hidden,
                        int classes, Precision precision) {

    /** Validates and freezes the fields. */
    public ModelSpec {
        if (architecture == null || precision == null) {
            throw ValidationException.expected("non-null architecture and precision", "spec",
                    architecture + "/" + precision);
        }
        if (!(inputs >= 1)) {
            throw ValidationException.expected("inputs >= 1", "inputs", inputs);
        }
        if (!(classes >= 2)) {
            throw ValidationException.expected("classes >= 2", "classes", classes);
        }
        hidden = List.copyOf(hidden);
        for (int layerWidth : hidden) {
            if (!(layerWidth >= 1)) {
                throw ValidationException.expected("hidden widths >= 1", "hidden", hidden);
            }
        }
        switch (architecture) {
            case SOFTMAX_REGRESSION:
                if (!hidden.isEmpty()) {
                    throw ValidationException.expected("no hidden layer for softmax regression", "hidden", hidden);
                }
                break;
            case MLP:
                if (hidden.isEmpty()) {
                    throw ValidationException.expected("at least one hidden layer for an MLP", "hidden", hidden);
                }
                break;
            case CNN:
                if (!(height >= 4 && width >= 4 && height * width == inputs)) {
                    throw ValidationException.expected("images of at least 4x4 with height * width = inputs",
                            "height x width", height + "x" + width);
                }
                if (hidden.size() != 1) {
                    throw ValidationException.expected("exactly one dense width for the CNN", "hidden", hidden);
                }
                break;
            default:
                throw new AssertionError(architecture);
        }
    }

    /**
     * Softmax regression, in double precision.
     *
     * @param inputs  input dimension
     * @param classes number of classes
     * @return the spec
     */
    public static ModelSpec softmaxRegression(int inputs, int classes) {
        return new ModelSpec(Architecture.SOFTMAX_REGRESSION, inputs, 0, 0, List.of(), classes, Precision.DOUBLE);
    }

    /**
     * An MLP with ReLU hidden layers, in double precision.
     *
     * @param inputs  input dimension
     * @param hidden  hidden widths, at least one
     * @param classes number of classes
     * @return the spec
     */
    public static ModelSpec mlp(int inputs, List<Integer> hidden, int classes) {
        return new ModelSpec(Architecture.MLP, inputs, 0, 0, hidden, classes, Precision.DOUBLE);
    }

    /**
     * The small CNN for single-channel images, in double precision.
     *
     * @param height     image height, at least 4
     * @param width      image width, at least 4
     * @param denseWidth width of the dense layer
     * @param classes    number of classes
     * @return the spec
     */
    public static ModelSpec cnn(int height, int width, int denseWidth, int classes) {
        return new ModelSpec(Architecture.CNN, height * width, height, width, List.of(denseWidth), classes,
                Precision.DOUBLE);
    }

    /**
     * A copy with another precision.
     *
     * @param newPrecision the precision
     * @return the copy
     */
    public ModelSpec withPrecision(Precision newPrecision) {
        return new ModelSpec(architecture, inputs, height, width, hidden, classes, newPrecision);
    }

    /** @return whether the network is a stack of dense layers (softmax regression or MLP) */
    public boolean isDense() {
        return architecture != Architecture.CNN;
    }

    /** @return a stable one-line description, part of the cache key */
    public String canonical() {
        return String.format(Locale.ROOT, "%s in=%d hw=%dx%d hidden=[%s] K=%d %s", architecture, inputs, height,
                width, hidden.stream().map(String::valueOf).collect(Collectors.joining(",")), classes, precision);
    }
}

package hdae.validate.model;

import hdae.validate.ValidationException;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;

/**
 * A trained classifier \(x \mapsto \arg\max_k z_k(x)\) over \(\mathbb{R}^n\), with batched logits and input
 * gradients in double-precision arrays at its boundary (the network may compute in single precision).
 *
 * <p>It holds the trained DL4J network (softmax output, the one that is saved and cached) and a logit twin
 * with the same parameters whose last layer is the identity; gradients are back-propagated through the twin
 * from explicit per-sample output weights, see {@link ForwardPass}. Not thread-safe: one thread at a time.
 */
public final class Classifier {

    /** The shape and number type. */
    private final ModelSpec spec;
    /** The trained network (softmax output). */
    private final MultiLayerNetwork network;
    /** The logit twin (identity output), same parameters: logits and gradients of networks that are not dense. */
    private final MultiLayerNetwork twin;
    /** The direct computation for dense networks, or null to use the twin. */
    private final DenseNetwork dense;
    /** The native copies of the inputs and output weights, reused while the batch size stays. */
    private final Scratch scratch = new Scratch();
    /** Counts forward passes through the twin, to detect stale {@link ForwardPass} objects. */
    private long generation;

    private Classifier(ModelSpec spec, MultiLayerNetwork network, MultiLayerNetwork twin, DenseNetwork dense) {
        this.spec = spec;
        this.network = network;
        this.twin = twin;
        this.dense = dense;
    }

    /**
     * Wraps a trained network built from {@code spec} (by {@link Trainer} or restored from the cache).
     * Later changes to {@code network}'s parameters are not seen: the twin keeps a copy.
     *
     * @param spec    the shape it was built from
     * @param network the network
     * @return the classifier
     */
    public static Classifier of(ModelSpec spec, MultiLayerNetwork network) {
        MultiLayerNetwork twin = Networks.logitTwin(spec, network);
        return new Classifier(spec, network, twin, spec.isDense() ? DenseNetwork.of(twin) : null);
    }

    /**
     * The same classifier computing logits and gradients through DL4J's own forward and backward passes of the
     * logit twin, whatever the architecture: the reference that {@link DenseNetwork} is tested against.
     *
     * @return a classifier sharing this one's network
     */
    Classifier throughDl4j() {
        return new Classifier(spec, network, twin, null);
    }

    /**
     * A classifier with freshly initialised random weights (He initialisation for ReLU layers, Xavier for the
     * logits), as used by results on random networks and by tests.
     *
     * @param spec the shape
     * @param seed seed of the initialisation
     * @return the untrained classifier
     */
    public static Classifier initialised(ModelSpec spec, long seed) {
        return of(spec, Networks.trainable(spec, seed, 1e-3));
    }

    /**
     * A dense classifier (softmax regression or MLP) with given parameters.
     *
     * @param spec   a dense shape
     * @param layers one entry per layer, first layer first, shapes as in {@code spec}
     * @return the classifier
     */
    public static Classifier fromDenseLayers(ModelSpec spec, List<DenseLayerParameters> layers) {
        if (!spec.isDense()) {
            throw ValidationException.expected("a dense spec", "spec", spec.architecture());
        }
        MultiLayerNetwork network = Networks.trainable(spec, 0L, 1e-3);
        if (layers.size() != network.getnLayers()) {
            throw ValidationException.expected(network.getnLayers() + " layers", "layers.size()", layers.size());
        }
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = network.getLayer(l);
            DenseLayerParameters parameters = layers.get(l);
            INDArray weights = layer.getParam("W");
            if (parameters.in() != weights.size(0) || parameters.out() != weights.size(1)) {
                throw ValidationException.expected("weights of shape " + weights.size(0) + " x " + weights.size(1),
                        "layers[" + l + "]", parameters.in() + " x " + parameters.out());
            }
            weights.assign(Nd4j.create(parameters.weights()).castTo(weights.dataType()));
            layer.getParam("b").assign(Nd4j.create(parameters.bias(), new long[] {1, parameters.out()},
                    DataType.DOUBLE).castTo(weights.dataType()));
        }
        return of(spec, network);
    }

    /** @return the shape and number type */
    public ModelSpec spec() {
        return spec;
    }

    /** @return the input dimension n */
    public int inputs() {
        return spec.inputs();
    }

    /** @return the number of classes K */
    public int classes() {
        return spec.classes();
    }

    /** @return the trained DL4J network (softmax output); changing its parameters does not change this */
    public MultiLayerNetwork network() {
        return network;
    }

    /**
     * The logits of a batch.
     *
     * @param x inputs, B x n
     * @return logits, B x K
     */
    public Batch logits(Batch x) {
        return forward(x).logits();
    }

    /**
     * The predicted classes (argmax of the logits; ties to the lowest class).
     *
     * @param x inputs, B x n
     * @return one class per row
     */
    public int[] predict(Batch x) {
        return logits(x).argmaxPerRow();
    }

    /**
     * The predicted classes of rows given as a matrix.
     *
     * @param x inputs, one row per sample
     * @return one class per row
     */
    public int[] predict(double[][] x) {
        return predict(Batch.of(x));
    }

    /**
     * One forward pass; gradients through it come from {@link ForwardPass#gradient(Batch)}.
     *
     * @param x inputs, B x n with B at least 1
     * @return the pass
     */
    public ForwardPass forward(Batch x) {
        return forward(x, 0, x.rows());
    }

    /**
     * One forward pass of the rows {@code from .. to - 1} of a batch, read in place (an attack passes its inputs
     * through the network in chunks without copying each chunk first).
     *
     * @param x    inputs, one row of dimension n each
     * @param from the first row, {@code 0 <= from < to}
     * @param to   one past the last row, at most {@code x.rows()}
     * @return the pass over those {@code to - from} rows
     */
    public ForwardPass forward(Batch x, int from, int to) {
        if (x.cols() != spec.inputs() || !(from >= 0 && from < to && to <= x.rows())) {
            throw ValidationException.expected("rows [from, to) of a batch of dimension " + spec.inputs()
                    + ", 0 <= from < to <= rows", "x", x.rows() + " x " + x.cols() + ", rows [" + from + ", " + to
                    + ")");
        }
        generation++;
        INDArray input = toArray("x", x, from, to);
        INDArray logits;
        if (dense != null) {
            logits = dense.forward(input);
        } else {
            twin.setInput(input);
            List<INDArray> activations = twin.feedForward(false, false);
            logits = activations.get(activations.size() - 1);
        }
        return new ForwardPass(this, generation, to - from, toBatch(logits));
    }

    /**
     * The per-sample gradient of the cross-entropy loss \(\ell_i = -\log \mathrm{softmax}(z(x_i))_{y_i}\).
     *
     * @param x      inputs, B x n
     * @param labels labels, one per row
     * @return \(\nabla_{x_i} \ell_i\), B x n (not divided by B)
     */
    public Batch lossGradient(Batch x, int[] labels) {
        ForwardPass pass = forward(x);
        return pass.gradient(crossEntropyWeights(pass.logits(), labels));
    }

    /**
     * The output weights \(\omega_i = \mathrm{softmax}(z_i) - e_{y_i}\) whose back-propagation gives the
     * cross-entropy gradient. The softmax subtracts the row maximum first (\(\mathrm{softmax}(z) =
     * \mathrm{softmax}(z - c)\)) so that no exponential overflows.
     *
     * @param logits B x K
     * @param labels one per row
     * @return B x K
     */
    public static Batch crossEntropyWeights(Batch logits, int[] labels) {
        int rows = logits.rows();
        int classes = logits.cols();
        if (labels.length != rows) {
            throw ValidationException.expected(rows + " labels", "labels.length", labels.length);
        }
        double[] z = logits.values();
        double[] omega = new double[rows * classes];
        for (int i = 0; i < rows; i++) {
            int base = i * classes;
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < classes; k++) {
                max = Math.max(max, z[base + k]);
            }
            double sum = 0;
            for (int k = 0; k < classes; k++) {
                omega[base + k] = Math.exp(z[base + k] - max);
                sum += omega[base + k];
            }
            for (int k = 0; k < classes; k++) {
                omega[base + k] /= sum;
            }
            if (!(labels[i] >= 0 && labels[i] < classes)) {
                throw ValidationException.expected("labels in [0, " + classes + ")", "labels[" + i + "]", labels[i]);
            }
            omega[base + labels[i]] -= 1;
        }
        return Batch.wrap(omega, rows, classes);
    }

    /**
     * The parameters of a dense network (softmax regression or MLP), first layer first, in double precision.
     *
     * @return one entry per layer; the last gives the logits
     */
    public List<DenseLayerParameters> denseLayers() {
        if (!spec.isDense()) {
            throw ValidationException.expected("a dense network (softmax regression or MLP)", "classifier",
                    spec.architecture());
        }
        List<DenseLayerParameters> layers = new ArrayList<>();
        for (Layer layer : network.getLayers()) {
            INDArray weights = layer.getParam("W").castTo(DataType.DOUBLE);
            INDArray bias = layer.getParam("b").castTo(DataType.DOUBLE);
            double[] biasVector = bias.reshape(bias.length()).toDoubleVector();
            layers.add(new DenseLayerParameters(weights.toDoubleMatrix(), biasVector));
        }
        return layers;
    }

    /**
     * The backward pass of {@link ForwardPass#gradients}.
     *
     * @param passGeneration the pass's generation
     * @param outputWeights  B m rows of K weights, sample i's at rows i m .. i m + m - 1
     * @param perRow         m
     */
    Batch backward(long passGeneration, Batch outputWeights, int perRow) {
        if (passGeneration != generation) {
            throw new IllegalStateException("stale forward pass: another forward pass ran since");
        }
        if (outputWeights.cols() != spec.classes()) {
            throw ValidationException.expected(spec.classes() + " output weights per row", "outputWeights",
                    outputWeights.cols());
        }
        if (dense != null) {
            return toBatch(dense.backward(toArray("omega", outputWeights), perRow));
        }
        if (perRow == 1) {
            return toBatch(twin.backpropGradient(toArray("omega", outputWeights), LayerWorkspaceMgr.noWorkspaces())
                    .getSecond());
        }
        // the twin's pass holds one row per sample: one backward pass per weighting, interleaved back
        int samples = outputWeights.rows() / perRow;
        Batch result = Batch.zeros(outputWeights.rows(), spec.inputs());
        for (int c = 0; c < perRow; c++) {
            int[] rows = new int[samples];
            for (int i = 0; i < samples; i++) {
                rows[i] = i * perRow + c;
            }
            result.scatter(rows, backward(passGeneration, outputWeights.select(rows), 1));
        }
        return result;
    }

    /** A batch as an array of the network's number type, in the scratch array of that name. */
    private INDArray toArray(String name, Batch batch) {
        return toArray(name, batch, 0, batch.rows());
    }

    /** The rows {@code from .. to - 1} of a batch as an array of the network's number type (scratch, by name). */
    private INDArray toArray(String name, Batch batch, int from, int to) {
        INDArray array = scratch.rows(name, spec.precision().dataType(), to - from, batch.cols());
        int length = (to - from) * batch.cols();
        NativeArrays.put(array, batch.values(), from * batch.cols(), length, staging(array, length));
        return array;
    }

    /** A (rows, cols) array as a batch. */
    private Batch toBatch(INDArray array) {
        int rows = (int) array.size(0);
        return Batch.wrap(NativeArrays.toDoubles(array, staging(array, (int) array.length())), rows,
                (int) (array.length() / rows));
    }

    /** The float staging array for copies of {@code length} entries to or from {@code array} (none for DOUBLE). */
    private float[] staging(INDArray array, int length) {
        return scratch.floats(array.dataType() == DataType.DOUBLE ? 0 : length);
    }
}

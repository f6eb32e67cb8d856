package hdae.validate.model;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Adam step on the mean cross-entropy of a minibatch for a dense ReLU network built by {@link Networks} (softmax
 * output), the operations of DL4J's {@code MultiLayerNetwork.fit} written out with ND4J's matrix products:
 * \[ h_0 = x,\ h_l = \mathrm{relu}(h_{l-1} W_l + b_l),\ p = \mathrm{softmax}(h_{L-1} W_L + b_L);\quad
 *    \delta_L = p - y,\ \ \partial W_l = h_{l-1}^\top \delta_l,\ \ \partial b_l = \textstyle\sum_i \delta_{l,i},\ \
 *    \delta_{l-1} = (\delta_l W_l^\top) \odot 1[h_{l-1} > 0], \]
 * each gradient divided by the batch size B, then one Adam step on all parameters ({@link FlatAdam}, ND4J's Adam
 * arithmetic, iteration counted from 0). It leaves out what fit does and this training does not need: the
 * gradient with respect to the input \(\delta_1 W_1^\top\) (a third of the arithmetic of a one-hidden-layer MLP),
 * the workspaces, listeners and per-layer bookkeeping. The parameters are the network's own (views into
 * {@code network.params()}), so the network is trained in place. ND4J computes the matrix products and the
 * softmax; the bias, the ReLU and its pattern, \(p - y\), the loss and the bias gradients are Java loops
 * ({@link TrainingLoops}) with ND4J's bits, and Adam takes its powers of \(\beta\) from ND4J once per 1024 steps,
 * so that a step of an L-layer network calls ND4J \(3L\) times (its \(3L - 1\) products and the softmax) instead
 * of \(9L - 2\) (16 calls on 784-128-10, whose 11 small ones cost 5 to 50 us each whatever their size).
 */
final class DenseTraining {

    /** \(W_l\), views into the network's parameters. */
    private final List<INDArray> weights = new ArrayList<>();
    /** Where \(b_l\) starts in the network's parameter buffer (and \(\partial b_l\) in {@link #gradient}). */
    private final List<Long> biasOffsets = new ArrayList<>();
    /** The gradients of the weights, in the parameters' memory order. */
    private final List<INDArray> weightGradients = new ArrayList<>();
    /** All the gradients in one buffer, laid out as the network's parameters, so that Adam runs once per step. */
    private final INDArray gradient;
    /** The network's parameters, one buffer. */
    private final INDArray parameters;
    /** Adam on the network's parameters. */
    private final FlatAdam adam;
    /** The elementwise loops in the network's precision. */
    private final TrainingLoops loops;
    /** Native activations \(h_l\) and gradients, reused while the batch size stays. */
    private final Scratch scratch = new Scratch();
    /** Java copies: the hidden activations \(h_l\) (their ReLU pattern masks the backward pass), then work. */
    private double[][] activations = new double[0][];
    private double[] work = new double[0];
    private double[] labelValues = new double[0];
    private double[] row = new double[0];

    private DenseTraining(MultiLayerNetwork network, double learningRate) {
        parameters = network.params();
        gradient = Nd4j.createUninitialized(parameters.dataType(), parameters.length());
        adam = new FlatAdam(parameters, learningRate);
        loops = new TrainingLoops(parameters.dataType());
    }

    /**
     * Prepares training of a dense network built by {@link Networks#trainable}.
     *
     * @param network      softmax regression or MLP, trained in place
     * @param learningRate Adam's step size (its other settings: ND4J's defaults, as in the network's configuration)
     * @return the training
     */
    static DenseTraining of(MultiLayerNetwork network, double learningRate) {
        DenseTraining training = new DenseTraining(network, learningRate);
        long offset = 0;
        for (Layer layer : network.getLayers()) {
            INDArray w = layer.getParam("W");
            training.weights.add(w);
            // DL4J's dense layout: W (nIn nOut entries), then b, in each layer's stretch of the buffer
            long biasOffset = offset + w.length();
            if (layer.getParam("b").length() != w.size(1) || layer.numParams() != w.length() + w.size(1)) {
                throw new IllegalArgumentException("expected DL4J's dense layout (W, then b), got " + layer);
            }
            training.biasOffsets.add(biasOffset);
            // the gradient views laid out as the parameter views are, by DL4J's own initializer
            INDArray slice = training.gradient.get(NDArrayIndex.interval(offset, offset + layer.numParams()));
            Map<String, INDArray> views = layer.conf().getLayer().initializer()
                    .getGradientsFromFlattened(layer.conf(), slice);
            training.weightGradients.add(views.get("W"));
            offset += layer.numParams();
        }
        return training;
    }

    /**
     * One step on a minibatch.
     *
     * @param features (B, n)
     * @param labels   one-hot, (B, K)
     * @return the minibatch's mean cross-entropy before the step, in nats (probabilities clipped to
     *         \([10^{-10}, 1 - 10^{-10}]\) as DL4J's loss does)
     */
    double step(INDArray features, INDArray labels) {
        int layers = weights.size();
        int rows = Math.toIntExact(features.size(0));
        INDArray[] inputs = new INDArray[layers];
        if (activations.length != layers) {
            activations = new double[layers][0];
        }
        // the forward pass of DenseNetwork, but with mmuli where DenseNetwork calls Nd4j.gemm into row-major arrays:
        // the product's last bits depend on the path and the output's order (measured: mmuli here, or gemm into
        // column-major outputs, give fit's bits; gemm into row-major ones does not), and DenseTrainingTest compares
        // bits with fit, so the two forward passes are not merged
        INDArray h = features;
        for (int l = 0; l < layers; l++) {
            inputs[l] = h;
            INDArray w = weights.get(l);
            int cols = Math.toIntExact(w.size(1));
            INDArray next = scratch.get("h" + l, w.dataType(), rows, cols);
            h.mmuli(w, next);
            double[] z = activations[l] = atLeast(activations[l], rows * cols);
            row = atLeast(row, cols);
            loops.read(next.data(), 0, rows * cols, z);
            loops.read(parameters.data(), biasOffsets.get(l), cols, row);
            loops.addBias(z, row, rows, cols, l < layers - 1);
            loops.write(z, rows * cols, next.data(), 0);
            h = next;
        }
        Nd4j.exec(new SoftMax(h, h));
        int classes = Math.toIntExact(h.size(1));
        work = atLeast(work, rows * classes);
        labelValues = atLeast(labelValues, rows * classes);
        loops.read(h.data(), 0, rows * classes, work);
        INDArray y = labels.isView() || labels.ordering() != 'c' ? labels.dup('c') : labels;
        loops.read(y.data(), 0, rows * classes, labelValues);
        double loss = loops.crossEntropyDelta(work, labelValues, rows * classes) / rows;
        INDArray delta = deltaOut(h, layers - 1, rows, classes);
        for (int l = layers - 1; l >= 0; l--) {
            Nd4j.gemm(inputs[l], delta, weightGradients.get(l), true, false, 1.0, 0.0);
            if (l > 0) {
                INDArray w = weights.get(l);
                int cols = Math.toIntExact(w.size(0));
                INDArray g = scratch.get("g" + l, w.dataType(), rows, cols);
                Nd4j.gemm(delta, w, g, false, true, 1.0, 0.0);
                work = atLeast(work, rows * cols);
                loops.read(g.data(), 0, rows * cols, work);
                loops.mask(work, activations[l - 1], rows * cols);
                delta = deltaOut(g, l - 1, rows, cols);
            }
        }
        adam.step(gradient, rows);
        return loss;
    }

    /**
     * Writes \(\delta_l\), held in {@link #work}, into its native array and its column sums into \(\partial b_l\).
     *
     * @return the native \(\delta_l\)
     */
    private INDArray deltaOut(INDArray target, int layer, int rows, int cols) {
        loops.write(work, rows * cols, target.data(), 0);
        row = atLeast(row, cols);
        loops.columnSums(work, rows, cols, row);
        loops.write(row, cols, gradient.data(), biasOffsets.get(layer));
        return target;
    }

    /** The array, or a longer one if it has fewer than n entries. */
    private static double[] atLeast(double[] array, int n) {
        return array.length >= n ? array : new double[n];
    }
}

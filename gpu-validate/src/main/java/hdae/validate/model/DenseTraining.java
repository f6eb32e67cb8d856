package hdae.validate.model;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One Adam step on the mean cross-entropy of a minibatch for a dense ReLU network built by {@link Networks} (softmax
 * output), the operations of DL4J's {@code MultiLayerNetwork.fit} written out as matrix products and loops:
 * \[ h_0 = x,\ h_l = \mathrm{relu}(h_{l-1} W_l + b_l),\ p = \mathrm{softmax}(h_{L-1} W_L + b_L);\quad
 *    \delta_L = p - y,\ \ \partial W_l = h_{l-1}^\top \delta_l,\ \ \partial b_l = \textstyle\sum_i \delta_{l,i},\ \
 *    \delta_{l-1} = (\delta_l W_l^\top) \odot 1[h_{l-1} > 0], \]
 * each gradient divided by the batch size B, then one Adam step on all parameters ({@link FlatAdam}, ND4J's Adam
 * arithmetic, iteration counted from 0). It leaves out what fit does and this training does not need: the
 * gradient with respect to the input \(\delta_1 W_1^\top\) (a third of the arithmetic of a one-hidden-layer MLP),
 * the workspaces, listeners and per-layer bookkeeping. The parameters are the network's own (views into
 * {@code network.params()}), so the network is trained in place. Each matrix product is one OpenBLAS call on the
 * native buffers ({@link DenseProducts}, ND4J's CPU backend only: {@link #isAvailable()}); the bias, the ReLU and
 * its pattern, \(p - y\), the loss and the bias gradients are Java loops ({@link TrainingLoops}) with ND4J's bits;
 * Adam takes its powers of \(\beta\) from ND4J once per 1024 steps. A step of an L-layer network calls ND4J once
 * (the softmax) and OpenBLAS \(3L - 1\) times, where ND4J's operations were \(9L - 2\) calls (16 on
 * 784-128-10, whose 11 small ones cost 5 to 50 us each whatever their size, and whose products cost 25 to 130 us
 * more than the same OpenBLAS call).
 */
final class DenseTraining {

    /** \(W_l\), views into the network's parameters (for the single-row case of the backward product). */
    private final INDArray[] weights;
    /** Inputs n and outputs m of each layer. */
    private final int[] fanIn;
    private final int[] fanOut;
    /** Where each layer's W (n by m, column-major) and b start in the network's parameter buffer; the gradient
     *  buffer has the same layout. */
    private final long[] weightOffsets;
    private final long[] biasOffsets;
    /** All the gradients in one buffer, laid out as the network's parameters, so that Adam runs once per step. */
    private final INDArray gradient;
    /** The network's parameters, one buffer. */
    private final INDArray parameters;
    /** Adam on the network's parameters. */
    private final FlatAdam adam;
    /** The elementwise loops in the network's precision. */
    private final TrainingLoops loops;
    /** Native activations \(h_l\), products and gradients, reused while the batch size stays. */
    private final Scratch scratch = new Scratch();
    /** Java copies of the layers' outputs \(h_l\) (the hidden ones' ReLU pattern masks the backward pass). */
    private final double[][] activations;
    /** Java work arrays: \(\delta\), labels, one row (a bias or its gradient). */
    private double[] work = new double[0];
    private double[] labelValues = new double[0];
    private double[] row = new double[0];

    private DenseTraining(MultiLayerNetwork network, double learningRate) {
        int layers = network.getLayers().length;
        weights = new INDArray[layers];
        fanIn = new int[layers];
        fanOut = new int[layers];
        weightOffsets = new long[layers];
        biasOffsets = new long[layers];
        activations = new double[layers][0];
        parameters = network.params();
        gradient = Nd4j.createUninitialized(parameters.dataType(), parameters.length());
        adam = new FlatAdam(parameters, learningRate);
        loops = new TrainingLoops(parameters.dataType());
    }

    /**
     * @return whether dense networks can be trained this way here (ND4J's CPU backend, whose buffers OpenBLAS
     *         reads); elsewhere DL4J's {@code fit} trains them, with the same parameters
     */
    static boolean isAvailable() {
        return DenseProducts.available();
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
        Layer[] layers = network.getLayers();
        for (int l = 0; l < layers.length; l++) {
            INDArray w = layers[l].getParam("W");
            // DL4J's dense layout, in each layer's stretch of the buffer: W (n by m, column-major), then b (m)
            if (w.ordering() != 'f' || layers[l].getParam("b").length() != w.size(1)
                    || layers[l].numParams() != w.length() + w.size(1)) {
                throw new IllegalArgumentException("expected DL4J's dense layout (W column-major, then b), got "
                        + layers[l]);
            }
            training.weights[l] = w;
            training.fanIn[l] = Math.toIntExact(w.size(0));
            training.fanOut[l] = Math.toIntExact(w.size(1));
            training.weightOffsets[l] = offset;
            training.biasOffsets[l] = offset + w.length();
            offset += layers[l].numParams();
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
        int layers = fanIn.length;
        int rows = Math.toIntExact(features.size(0));
        DataType type = parameters.dataType();
        INDArray[] inputs = new INDArray[layers];
        INDArray h = rowMajor(features.castTo(type));
        for (int l = 0; l < layers; l++) {
            int n = fanIn[l];
            int m = fanOut[l];
            inputs[l] = h;
            // z = h W + b (column-major product, read back row-major), then the ReLU on hidden layers
            INDArray product = scratch.get("z" + l, type, m, rows);
            DenseProducts.forward(h.data(), parameters.data(), weightOffsets[l], product.data(), rows, n, m);
            double[] z = activations[l] = atLeast(activations[l], rows * m);
            row = atLeast(row, m);
            loops.readTransposed(product.data(), rows, m, z);
            loops.read(parameters.data(), biasOffsets[l], m, row);
            loops.addBias(z, row, rows, m, l < layers - 1);
            INDArray next = scratch.get("h" + l, type, rows, m);
            loops.write(z, rows * m, next.data(), 0);
            h = next;
        }
        Nd4j.exec(new SoftMax(h, h));
        int classes = fanOut[layers - 1];
        work = atLeast(work, rows * classes);
        labelValues = atLeast(labelValues, rows * classes);
        loops.read(h.data(), 0, rows * classes, work);
        loops.read(rowMajor(labels.castTo(type)).data(), 0, rows * classes, labelValues);
        double loss = loops.crossEntropyDelta(work, labelValues, rows * classes) / rows;
        INDArray delta = deltaOut(h, layers - 1, rows, classes);
        for (int l = layers - 1; l >= 0; l--) {
            DenseProducts.weightGradient(inputs[l].data(), delta.data(), gradient.data(), weightOffsets[l], rows,
                    fanIn[l], fanOut[l]);
            if (l > 0) {
                int n = fanIn[l];
                INDArray g = scratch.get("g" + l, type, rows, n);
                if (rows == 1) {
                    // a single row: ND4J's gemm takes another path (its float64 bits differ from dgemm's), kept
                    Nd4j.gemm(delta, weights[l], g, false, true, 1.0, 0.0);
                } else {
                    DenseProducts.backward(delta.data(), parameters.data(), weightOffsets[l], g.data(), rows, n,
                            fanOut[l]);
                }
                work = atLeast(work, rows * n);
                loops.read(g.data(), 0, rows * n, work);
                loops.mask(work, activations[l - 1], rows * n);
                delta = deltaOut(g, l - 1, rows, n);
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
        loops.write(row, cols, gradient.data(), biasOffsets[layer]);
        return target;
    }

    /** The array itself if it is row-major at the start of its own buffer, else a row-major copy. */
    private static INDArray rowMajor(INDArray array) {
        return array.isView() || array.ordering() != 'c' || array.offset() != 0 ? array.dup('c') : array;
    }

    /** The array, or a longer one if it has fewer than n entries. */
    private static double[] atLeast(double[] array, int n) {
        return array.length >= n ? array : new double[n];
    }
}

package hdae.validate.model;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

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
 * {@code network.params()}), so the network is trained in place.
 */
final class DenseTraining {

    /** \(W_l\) and \(b_l\), views into the network's parameters. */
    private final List<INDArray> weights = new ArrayList<>();
    private final List<INDArray> biases = new ArrayList<>();
    /** Their gradients, in the parameters' memory order. */
    private final List<INDArray> weightGradients = new ArrayList<>();
    private final List<INDArray> biasGradients = new ArrayList<>();
    /** All the gradients in one buffer, laid out as the network's parameters, so that Adam runs once per step. */
    private final INDArray gradient;
    /** Adam on the network's parameters. */
    private final FlatAdam adam;
    /** Activations \(h_l\) and ReLU patterns, reused while the batch size stays. */
    private final Scratch scratch = new Scratch();

    private DenseTraining(MultiLayerNetwork network, double learningRate) {
        INDArray parameters = network.params();
        gradient = Nd4j.createUninitialized(parameters.dataType(), parameters.length());
        adam = new FlatAdam(parameters, learningRate);
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
            training.weights.add(layer.getParam("W"));
            training.biases.add(layer.getParam("b"));
            // the gradient views laid out as the parameter views are, by DL4J's own initializer
            INDArray slice = training.gradient.get(NDArrayIndex.interval(offset, offset + layer.numParams()));
            Map<String, INDArray> views = layer.conf().getLayer().initializer()
                    .getGradientsFromFlattened(layer.conf(), slice);
            training.weightGradients.add(views.get("W"));
            training.biasGradients.add(views.get("b"));
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
        long rows = features.size(0);
        List<INDArray> inputs = new ArrayList<>();
        List<INDArray> masks = new ArrayList<>();
        // the forward pass of DenseNetwork, but with mmuli where DenseNetwork calls Nd4j.gemm into row-major arrays:
        // the product's last bits depend on the path and the output's order (measured: mmuli here, or gemm into
        // column-major outputs, give fit's bits; gemm into row-major ones does not), and DenseTrainingTest compares
        // bits with fit, so the two forward passes are not merged
        INDArray h = features;
        for (int l = 0; l < layers; l++) {
            inputs.add(h);
            INDArray w = weights.get(l);
            INDArray next = scratch.get("h" + l, w.dataType(), rows, w.size(1));
            h.mmuli(w, next);
            next.addiRowVector(biases.get(l));
            if (l < layers - 1) {
                Transforms.relu(next, false);
                masks.add(Transforms.step(scratch.get("mask" + l, w.dataType(), rows, w.size(1)).assign(next),
                        false));
            }
            h = next;
        }
        Nd4j.exec(new SoftMax(h, h));
        double loss = meanCrossEntropy(h, labels);
        INDArray delta = h.subi(labels);
        for (int l = layers - 1; l >= 0; l--) {
            Nd4j.gemm(inputs.get(l), delta, weightGradients.get(l), true, false, 1.0, 0.0);
            delta.sum(biasGradients.get(l), 0);
            if (l > 0) {
                INDArray w = weights.get(l);
                INDArray g = scratch.get("g" + l, w.dataType(), rows, w.size(0));
                Nd4j.gemm(delta, w, g, false, true, 1.0, 0.0);
                delta = g.muli(masks.get(l - 1));
            }
        }
        adam.step(gradient, rows);
        return loss;
    }

    /** The mean of \(-\log \mathrm{clip}(p_{i, y_i})\) over the rows, from the softmax output and one-hot labels. */
    private static double meanCrossEntropy(INDArray probabilities, INDArray labels) {
        double[] p = NativeArrays.toDoubles(probabilities);
        double[] y = NativeArrays.toDoubles(labels);
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            if (y[i] != 0) {
                sum -= y[i] * Math.log(Math.min(1 - 1e-10, Math.max(1e-10, p[i])));
            }
        }
        return sum / probabilities.size(0);
    }
}

package hdae.validate.model;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.ArrayList;
import java.util.List;

/**
 * One Adam step on the mean cross-entropy of a minibatch for a dense ReLU network built by {@link Networks} (softmax
 * output), the operations of DL4J's {@code MultiLayerNetwork.fit} written out with ND4J's matrix products:
 * \[ h_0 = x,\ h_l = \mathrm{relu}(h_{l-1} W_l + b_l),\ p = \mathrm{softmax}(h_{L-1} W_L + b_L);\quad
 *    \delta_L = p - y,\ \ \partial W_l = h_{l-1}^\top \delta_l,\ \ \partial b_l = \textstyle\sum_i \delta_{l,i},\ \
 *    \delta_{l-1} = (\delta_l W_l^\top) \odot 1[h_{l-1} > 0], \]
 * each gradient divided by the batch size B, then Adam (ND4J's own updater op, iteration counted from 0) and
 * \(\theta \leftarrow \theta - \mathrm{update}\). It leaves out what fit does and this training does not need: the
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
    /** One Adam state per parameter array (Adam acts entry by entry, so this equals one state for all). */
    private final List<AdamUpdater> updaters = new ArrayList<>();
    /** Activations \(h_l\) and ReLU patterns, reused while the batch size stays. */
    private final Scratch scratch = new Scratch();
    /** Updates made so far, Adam's iteration counter. */
    private int iteration;

    private DenseTraining() {
    }

    /**
     * Prepares training of a dense network built by {@link Networks#trainable}.
     *
     * @param network      softmax regression or MLP, trained in place
     * @param learningRate Adam's step size (its other settings: ND4J's defaults, as in the network's configuration)
     * @return the training
     */
    static DenseTraining of(MultiLayerNetwork network, double learningRate) {
        DenseTraining training = new DenseTraining();
        Adam adam = new Adam(learningRate);
        for (Layer layer : network.getLayers()) {
            for (INDArray parameter : List.of(layer.getParam("W"), layer.getParam("b"))) {
                INDArray gradient = Nd4j.createUninitialized(parameter.dataType(), parameter.shape(),
                        parameter.ordering());
                AdamUpdater updater = new AdamUpdater(adam);
                updater.setStateViewArray(Nd4j.zeros(parameter.dataType(), 1, 2 * parameter.length()),
                        parameter.shape(), parameter.ordering(), true);
                training.updaters.add(updater);
                if (training.weights.size() == training.biases.size()) {
                    training.weights.add(parameter);
                    training.weightGradients.add(gradient);
                } else {
                    training.biases.add(parameter);
                    training.biasGradients.add(gradient);
                }
            }
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
        // the forward pass of DenseNetwork, but with mmuli where DenseNetwork calls Nd4j.gemm: mmuli rounds as DL4J's
        // fit does (DenseTrainingTest compares bits), gemm differs in the last digits, so the two are not merged
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
        for (int l = 0; l < layers; l++) {
            update(2 * l, weights.get(l), weightGradients.get(l), rows);
            update(2 * l + 1, biases.get(l), biasGradients.get(l), rows);
        }
        iteration++;
        return loss;
    }

    private void update(int index, INDArray parameter, INDArray gradient, long batchSize) {
        gradient.divi(batchSize);
        updaters.get(index).applyUpdater(gradient, iteration, 0);
        parameter.subi(gradient);
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

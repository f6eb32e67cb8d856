package hdae.validate.model;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.ArrayList;
import java.util.List;

/**
 * Logits and input gradients of a dense ReLU network (softmax regression or MLP) computed directly with ND4J's
 * matrix products, in the network's own number type: the forward pass
 * \( h_0 = x,\ h_l = \mathrm{relu}(h_{l-1} W_l + b_l)\ (l < L),\ z = h_{L-1} W_L + b_L \) and, for output weights
 * \(\omega\), the chain rule backwards
 * \[ \delta_L = \omega,\quad g_l = \delta_l W_l^\top,\quad \delta_{l-1} = g_l \odot 1[h_{l-1} > 0], \qquad
 *    \nabla_x \textstyle\sum_k \omega_k z_k = g_1, \]
 * the same operations as DL4J's {@code DenseLayer} (ReLU derivative 1 where the pre-activation is positive) without
 * what a parameter update needs and an input gradient does not: the weight gradients \(h_{l-1}^\top \delta_l\), which
 * DL4J's {@code backpropGradient} computes too (a third of the arithmetic of a one-hidden-layer MLP's backward
 * pass), and its per-layer bookkeeping. Results agree with the DL4J path to the rounding of the summation order.
 *
 * <p>Several weightings per sample go through one backward pass: with \(m\) weightings per row, \(\omega\) has
 * \(Bm\) rows, those of sample \(i\) at \(im, \dots, im + m - 1\), and each takes sample \(i\)'s ReLU pattern.
 * Not thread-safe; the activations of the last forward pass are kept for the backward pass.
 */
final class DenseNetwork {

    /** \(W_l\), shape (in, out), first layer first (copies: later changes to the network are not seen). */
    private final List<INDArray> weights = new ArrayList<>();
    /** \(b_l\), shape (1, out). */
    private final List<INDArray> biases = new ArrayList<>();
    /** \(1[h_l > 0]\) of the last forward pass for each hidden layer l = 1 .. L-1, shape (B, width). */
    private final List<INDArray> masks = new ArrayList<>();
    /** The activations, masks and gradients, reused while the batch size stays. */
    private final Scratch scratch = new Scratch();
    /** Rows B of the last forward pass. */
    private long rows;

    private DenseNetwork() {
    }

    /**
     * Copies the parameters of a dense network built by {@link Networks}.
     *
     * @param network dense layers, ReLU between them, the last one's activation ignored (the logits are taken)
     * @return the direct computation
     */
    static DenseNetwork of(MultiLayerNetwork network) {
        DenseNetwork dense = new DenseNetwork();
        for (Layer layer : network.getLayers()) {
            dense.weights.add(layer.getParam("W").dup('c'));
            dense.biases.add(layer.getParam("b").dup('c'));
        }
        return dense;
    }

    /**
     * The forward pass; its ReLU patterns are kept for {@link #backward}.
     *
     * @param x inputs, (B, n), the parameters' number type
     * @return the logits, (B, K) (valid until the next call)
     */
    INDArray forward(INDArray x) {
        masks.clear();
        rows = x.size(0);
        INDArray h = x;
        int last = weights.size() - 1;
        for (int l = 0; l <= last; l++) {
            INDArray w = weights.get(l);
            INDArray next = scratch.rows("h" + l, w.dataType(), rows, w.size(1));
            Nd4j.gemm(h, w, next, false, false, 1.0, 0.0);
            h = next.addiRowVector(biases.get(l));
            if (l < last) {
                Transforms.relu(h, false);
                INDArray mask = scratch.rows("mask" + l, w.dataType(), rows, w.size(1)).assign(h);
                masks.add(Transforms.step(mask, false));
            }
        }
        return h;
    }

    /**
     * The input gradients of weighted sums of the logits of the last forward pass.
     *
     * @param omega  output weights, (B m, K): rows \(im .. im+m-1\) weight sample i's logits
     * @param perRow m, at least 1
     * @return the gradients, (B m, n), in the same row order (valid until the next call)
     */
    INDArray backward(INDArray omega, int perRow) {
        INDArray delta = omega;
        for (int l = weights.size() - 1; l >= 0; l--) {
            INDArray w = weights.get(l);
            INDArray g = scratch.rows("g" + l, w.dataType(), delta.size(0), w.size(0));
            Nd4j.gemm(delta, w, g, false, true, 1.0, 0.0);
            if (l == 0) {
                return g;
            }
            INDArray mask = masks.get(l - 1);
            if (perRow == 1) {
                g.muli(mask);
            } else {
                // g as (B, m, width): each of the m rows of sample i takes mask row i
                INDArray rowsOfSamples = g.reshape('c', rows, perRow, g.size(1));
                Nd4j.getExecutioner().exec(new BroadcastMulOp(rowsOfSamples, mask, rowsOfSamples, 0, 2));
                g = rowsOfSamples.reshape('c', rows * perRow, g.size(1));
            }
            delta = g;
        }
        throw new AssertionError("a network has at least one layer");
    }
}

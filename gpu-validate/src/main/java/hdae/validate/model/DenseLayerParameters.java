package hdae.validate.model;

/**
 * The parameters of one dense layer \(h' = \phi(W^\top h + b)\), copied out of the network in double
 * precision.
 *
 * @param weights \(W\), shape (in, out): {@code weights[i][j]} connects input i to output j
 * @param bias    \(b\), length out
 */
public record DenseLayerParameters(double[][] weights, double[] bias) {

    /** @return the layer's input width */
    public int in() {
        return weights.length;
    }

    /** @return the layer's output width */
    public int out() {
        return bias.length;
    }
}

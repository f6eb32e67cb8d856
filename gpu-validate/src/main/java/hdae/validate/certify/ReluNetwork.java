package hdae.validate.certify;

import hdae.validate.ValidationException;
import hdae.validate.model.Classifier;
import hdae.validate.model.DenseLayerParameters;

import java.util.List;

/**
 * The parameters of a dense ReLU classifier as plain double arrays, the object the bound propagation works on:
 * \[ z_0 = W_0^\top x + b_0,\quad z_l = W_l^\top \mathrm{relu}(z_{l-1}) + b_l \ (1 \le l < L), \]
 * the logits being \(z_{L-1}\); \(W_l\) has shape (in, out) as in {@link DenseLayerParameters}. Softmax regression
 * is the case \(L = 1\). The certificates are statements about this function in exact real arithmetic with the
 * stored parameters; a {@link Classifier} of double precision computes it up to rounding of order \(10^{-15}\).
 */
public final class ReluNetwork {

    /** \(W_l\), [layer][in][out]. */
    private final double[][][] weights;
    /** \(b_l\), [layer][out]. */
    private final double[][] biases;
    /** \(W_l^\top\), [layer][out][in]. */
    private final double[][][] transposed;
    /** Row sums \(\sum_j |W_{l,ij}|\), [layer][in]. */
    private final double[][] rowAbs;

    private ReluNetwork(double[][][] weights, double[][] biases) {
        this.weights = weights;
        this.biases = biases;
        int layers = weights.length;
        this.transposed = new double[layers][][];
        this.rowAbs = new double[layers][];
        for (int l = 0; l < layers; l++) {
            double[][] w = weights[l];
            int in = w.length;
            int out = w[0].length;
            double[][] t = new double[out][in];
            double[] abs = new double[in];
            for (int i = 0; i < in; i++) {
                for (int j = 0; j < out; j++) {
                    t[j][i] = w[i][j];
                    abs[i] += Math.abs(w[i][j]);
                }
            }
            transposed[l] = t;
            rowAbs[l] = abs;
        }
    }

    /**
     * The network of a dense classifier (softmax regression or ReLU MLP).
     *
     * @param model the classifier
     * @return its parameters in double precision
     */
    public static ReluNetwork of(Classifier model) {
        if (!model.spec().isDense()) {
            throw ValidationException.expected("a dense ReLU network", "model", model.spec().architecture());
        }
        return of(model.denseLayers());
    }

    /**
     * A network from its layers, first layer first; widths must chain and every parameter be finite.
     *
     * @param layers the layers
     * @return the network (the arrays are copied)
     */
    public static ReluNetwork of(List<DenseLayerParameters> layers) {
        if (layers.isEmpty()) {
            throw ValidationException.expected("at least one layer", "layers", 0);
        }
        double[][][] w = new double[layers.size()][][];
        double[][] b = new double[layers.size()][];
        for (int l = 0; l < layers.size(); l++) {
            DenseLayerParameters p = layers.get(l);
            if (!(p.in() >= 1 && p.out() >= 1) || (l > 0 && p.in() != layers.get(l - 1).out())) {
                throw ValidationException.expected("widths that chain", "layers[" + l + "]", p.in() + " x " + p.out());
            }
            w[l] = new double[p.in()][];
            for (int i = 0; i < p.in(); i++) {
                if (p.weights()[i].length != p.out()) {
                    throw ValidationException.expected("rows of length " + p.out(), "layers[" + l + "].weights[" + i
                            + "]", p.weights()[i].length);
                }
                w[l][i] = finite(p.weights()[i].clone(), "layers[" + l + "].weights");
            }
            b[l] = finite(p.bias().clone(), "layers[" + l + "].bias");
        }
        if (b[b.length - 1].length < 2) {
            throw ValidationException.expected("at least 2 classes", "classes", b[b.length - 1].length);
        }
        return new ReluNetwork(w, b);
    }

    private static double[] finite(double[] values, String name) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw ValidationException.expected("finite parameters", name, v);
            }
        }
        return values;
    }

    /** @return the number of dense layers L */
    public int layers() {
        return weights.length;
    }

    /** @return the input dimension n */
    public int inputs() {
        return weights[0].length;
    }

    /** @return the number of classes K */
    public int classes() {
        return biases[biases.length - 1].length;
    }

    /**
     * The width of a layer's output.
     *
     * @param layer l in [0, L)
     * @return the length of \(z_l\)
     */
    public int width(int layer) {
        return biases[layer].length;
    }

    double[][] weights(int layer) {
        return weights[layer];
    }

    double[][] transposed(int layer) {
        return transposed[layer];
    }

    double[] bias(int layer) {
        return biases[layer];
    }

    double[] rowAbs(int layer) {
        return rowAbs[layer];
    }

    /**
     * The logits in double arithmetic (not outward rounded; for tests and attacks).
     *
     * @param x the input
     * @return \(z_{L-1}(x)\)
     */
    public double[] logits(double[] x) {
        if (x.length != inputs()) {
            throw ValidationException.expected("an input of dimension " + inputs(), "x.length", x.length);
        }
        double[] h = x;
        for (int l = 0; l < layers(); l++) {
            double[] z = affine(l, h);
            if (l < layers() - 1) {
                for (int j = 0; j < z.length; j++) {
                    z[j] = Math.max(0, z[j]);
                }
            }
            h = z;
        }
        return h;
    }

    /**
     * \(W_l^\top h + b_l\) in double arithmetic.
     *
     * @param layer l
     * @param h     the layer's input
     * @return the pre-activation
     */
    double[] affine(int layer, double[] h) {
        double[][] t = transposed[layer];
        double[] z = new double[t.length];
        for (int j = 0; j < t.length; j++) {
            double sum = biases[layer][j];
            double[] row = t[j];
            for (int i = 0; i < row.length; i++) {
                sum += row[i] * h[i];
            }
            z[j] = sum;
        }
        return z;
    }
}

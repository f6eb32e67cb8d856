package hdae.validate.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;

/**
 * Adam on all of a network's parameters at once: one loop over its flat parameter buffer and a gradient buffer of
 * the same layout, in Java, with the arithmetic of ND4J's {@code adam_updater} op (libnd4j
 * {@code helpers/cpu/updaterAdam.cpp}, the op DL4J's {@code fit} calls) in the network's precision T. For gradient
 * entries \(g\) summed over a minibatch of B rows, at iteration \(t = 0, 1, \dots\):
 * \[ \hat g = g / B,\quad m \leftarrow \beta_1 m + \hat g (1 - \beta_1),\quad
 *    v \leftarrow \beta_2 v + \hat g \hat g (1 - \beta_2),\quad
 *    \alpha_t = \frac{\eta \sqrt{1 - \beta_2^{t+1}}}{1 - \beta_1^{t+1}},\quad
 *    \theta \leftarrow \theta - \frac{m \alpha_t}{\sqrt{v} + \epsilon}, \]
 * with ND4J's defaults \(\beta_1 = 0.9, \beta_2 = 0.999, \epsilon = 10^{-8}\): the bias correction is folded into
 * the step size \(\alpha_t\) and \(\epsilon\) is added to \(\sqrt{v}\), not to \(\sqrt{v / (1 - \beta_2^{t+1})}\)
 * (Kingma and Ba, arXiv 1412.6980, end of section 2). Each operation rounds in T as the op's does: the powers
 * \(\beta^{t+1}\) come from the C library's {@code pow} through ND4J, \(1 - \beta_2^{t+1}\) and \(\alpha_t\)'s
 * division are in double before rounding to T, as in the C++ source where {@code 1. - beta2T} is a double. ND4J's
 * op, called on each of DL4J's column-major weight views, took its strided path and had more of a training profile's
 * samples than all the matrix products (11 % against 7 %); this loop reads and writes the native memory in three
 * bulk copies and is vectorised by the JIT. The powers for the next {@value #BLOCK} iterations come from one
 * elementwise ND4J power \(\beta^{(t+1, \dots, t+1024)}\) (the same {@code pow} as ND4J's scalar power that the Adam
 * op uses: FlatAdamTest compares every iteration), so that a step makes no ND4J call of its own.
 */
final class FlatAdam {

    /** ND4J's default \(\beta_1\), decay of the first moment. */
    private static final double BETA1 = 0.9;
    /** ND4J's default \(\beta_2\), decay of the second moment. */
    private static final double BETA2 = 0.999;
    /** ND4J's default \(\epsilon\), added to \(\sqrt{v}\). */
    private static final double EPSILON = 1e-8;
    /** Iterations whose powers of \(\beta\) are taken from ND4J at once. */
    private static final int BLOCK = 1024;

    /** The network's parameters \(\theta\), one contiguous buffer, trained in place. */
    private final INDArray parameters;
    /** Step size \(\eta\). */
    private final double learningRate;
    /** float32: \(\theta\), the gradient, m and v as Java arrays (null in float64). */
    private final float[][] single;
    /** float64: the same (null in float32). */
    private final double[][] twice;
    /** The parameters' type. */
    private final DataType type;
    /** \(\beta_1^{t+1}\) and \(\beta_2^{t+1}\) rounded to that type, for t in the current block of iterations. */
    private double[] beta1Powers;
    private double[] beta2Powers;
    /** Updates made so far, t. */
    private int iteration;

    /**
     * Adam with zero moments.
     *
     * @param parameters   FLOAT or DOUBLE, contiguous and alone in its buffer (DL4J's {@code params()})
     * @param learningRate \(\eta\)
     */
    FlatAdam(INDArray parameters, double learningRate) {
        if (parameters.data().length() != parameters.length() || parameters.offset() != 0) {
            throw new IllegalArgumentException("parameters must fill their buffer");
        }
        this.parameters = parameters;
        this.learningRate = learningRate;
        this.type = parameters.dataType();
        int n = Math.toIntExact(parameters.length());
        if (parameters.dataType() == DataType.FLOAT) {
            single = new float[4][n];
            twice = null;
        } else if (parameters.dataType() == DataType.DOUBLE) {
            single = null;
            twice = new double[4][n];
        } else {
            throw new IllegalArgumentException("FLOAT or DOUBLE parameters, not " + parameters.dataType());
        }
    }

    /**
     * One update.
     *
     * @param gradient  the gradient summed over the minibatch, the parameters' type and buffer layout, contiguous
     *                  and alone in its buffer
     * @param batchSize B
     */
    void step(INDArray gradient, long batchSize) {
        if (iteration % BLOCK == 0) {
            // beta^(t+1) by ND4J's power, the C library's pow (powf in float32) as in the Adam op; Java's Math.pow
            // rounded to float differs from powf at some t (FlatAdamTest meets the first at t = 3605)
            double[] next = new double[BLOCK];
            for (int k = 0; k < BLOCK; k++) {
                next[k] = iteration + 1.0 + k;
            }
            INDArray exponents = Nd4j.createFromArray(next).castTo(type);
            beta1Powers = Transforms.pow(Nd4j.valueArrayOf(exponents.shape(), BETA1, type), exponents, false)
                    .toDoubleVector();
            beta2Powers = Transforms.pow(Nd4j.valueArrayOf(exponents.shape(), BETA2, type), exponents, false)
                    .toDoubleVector();
        }
        if (single != null) {
            stepSingle(gradient.data().asNioFloat(), batchSize);
        } else {
            stepDouble(gradient.data().asNioDouble(), batchSize);
        }
        iteration++;
    }

    private void stepSingle(FloatBuffer gradient, long batchSize) {
        float[] theta = single[0];
        float[] g = single[1];
        float[] m = single[2];
        float[] v = single[3];
        parameters.data().asNioFloat().get(theta);
        gradient.get(g);
        float lr = (float) learningRate;
        float beta1 = (float) BETA1;
        float beta2 = (float) BETA2;
        float epsilon = (float) EPSILON;
        float beta1T = (float) beta1Powers[iteration % BLOCK];
        float beta2T = (float) beta2Powers[iteration % BLOCK];
        float alpha = (float) (lr * (float) Math.sqrt((float) (1.0 - beta2T)) / (1.0 - beta1T));
        if (!Float.isFinite(alpha) || alpha == 0) {
            alpha = epsilon;
        }
        float b = batchSize;
        float oneMinusBeta1 = 1f - beta1;
        float oneMinusBeta2 = 1f - beta2;
        for (int i = 0; i < theta.length; i++) {
            float gi = g[i] / b;
            float mi = beta1 * m[i] + gi * oneMinusBeta1;
            float vi = beta2 * v[i] + gi * gi * oneMinusBeta2;
            m[i] = mi;
            v[i] = vi;
            theta[i] -= mi * alpha / ((float) Math.sqrt(vi) + epsilon);
        }
        parameters.data().asNioFloat().put(theta);
    }

    private void stepDouble(DoubleBuffer gradient, long batchSize) {
        double[] theta = twice[0];
        double[] g = twice[1];
        double[] m = twice[2];
        double[] v = twice[3];
        parameters.data().asNioDouble().get(theta);
        gradient.get(g);
        double alpha = learningRate * Math.sqrt(1.0 - beta2Powers[iteration % BLOCK])
                / (1.0 - beta1Powers[iteration % BLOCK]);
        if (!Double.isFinite(alpha) || alpha == 0) {
            alpha = EPSILON;
        }
        double b = batchSize;
        for (int i = 0; i < theta.length; i++) {
            double gi = g[i] / b;
            double mi = BETA1 * m[i] + gi * (1 - BETA1);
            double vi = BETA2 * v[i] + gi * gi * (1 - BETA2);
            m[i] = mi;
            v[i] = vi;
            theta[i] -= mi * alpha / (Math.sqrt(vi) + EPSILON);
        }
        parameters.data().asNioDouble().put(theta);
    }
}

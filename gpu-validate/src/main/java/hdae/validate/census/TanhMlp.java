package hdae.validate.census;

import hdae.validate.ValidationException;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A one-hidden-layer tanh network with a scalar output and the mean squared loss over a fixed sample, in double
 * precision with a hand-written back-propagation.
 *
 * <p>\[ f_\theta(x) = \sum_{i=1}^{h} v_i \tanh(w_i \cdot x + b_i) + c, \qquad
 *    L(\theta) = \frac{1}{2m} \sum_{s=1}^{m} \bigl(f_\theta(x_s) - y_s\bigr)^2 + \frac{\kappa}{2} \|\theta\|_2^2, \]
 * with \( w_i \in \mathbb{R}^d \), \( b_i, v_i, c \in \mathbb{R} \); \( \theta = (W, b, v, c) \) in that order
 * (\( W \) row-major), so \( n = h(d + 2) + 1 \). With \( r_s = (f_\theta(x_s) - y_s)/m \) and
 * \( a_{si} = \tanh(w_i \cdot x_s + b_i) \) the gradient is
 * \( \partial_c L = \sum_s r_s + \kappa c \), \( \partial_{v_i} L = \sum_s r_s a_{si} + \kappa v_i \),
 * \( \partial_{b_i} L = \sum_s r_s v_i (1 - a_{si}^2) + \kappa b_i \),
 * \( \partial_{W_{ij}} L = \sum_s r_s v_i (1 - a_{si}^2) x_{sj} + \kappa W_{ij} \). The weight decay
 * \( \kappa \ge 0 \) removes the flat directions of a dead unit (\( v_i = 0 \) leaves \( w_i, b_i \) free) and
 * the critical points at infinity (saturated units, where \( g \to 0 \) as \( \|\theta\| \to \infty \)), so that
 * critical points are isolated and their Hessians generic.
 *
 * <p>tanh is smooth, so the Hessian varies continuously (a ReLU network's activation contributes no curvature). The
 * network has discrete symmetries only: permuting hidden units and flipping the sign of \( (w_i, b_i, v_i) \) (tanh
 * is odd) leave \( f \) unchanged; {@link #canonical} picks one representative. None of them is continuous, so zero
 * Hessian eigenvalues come from degenerate points (a unit with \( v_i = 0 \) or \( w_i = 0 \), or saturated units),
 * not from the architecture.
 *
 * @see <a href="https://arxiv.org/abs/1406.2572">Y. Dauphin et al., "Identifying and attacking the saddle point
 *     problem in high-dimensional non-convex optimization", NeurIPS 2014 (small MLPs, index against error)</a>
 */
public final class TanhMlp implements DifferentiableLoss {

    /** The inputs \( x_s \), \( m \times d \), not copied after construction. */
    private final double[][] inputs;
    /** The targets \( y_s \), length \( m \). */
    private final double[] targets;
    /** The hidden width \( h \). */
    private final int width;
    /** The input dimension \( d \). */
    private final int inputDimension;
    /** The weight decay \( \kappa \ge 0 \). */
    private final double weightDecay;

    private TanhMlp(double[][] inputs, double[] targets, int width, double weightDecay) {
        this.inputs = inputs;
        this.targets = targets;
        this.width = width;
        this.inputDimension = inputs[0].length;
        this.weightDecay = weightDecay;
    }

    /**
     * A network of a given width on a sample.
     *
     * @param inputs the inputs, \( m \ge 1 \) rows of equal length \( d \ge 1 \) (copied)
     * @param targets the targets, length \( m \) (copied)
     * @param width the hidden width \( h \ge 1 \)
     * @param weightDecay \( \kappa \ge 0 \)
     * @return the loss
     */
    public static TanhMlp of(double[][] inputs, double[] targets, int width, double weightDecay) {
        if (!(inputs != null && inputs.length >= 1 && inputs[0].length >= 1)) {
            throw ValidationException.expected("at least one input row of length >= 1", "inputs",
                    inputs == null ? "null" : inputs.length);
        }
        if (!(targets != null && targets.length == inputs.length)) {
            throw ValidationException.expected(inputs.length + " targets", "targets",
                    targets == null ? "null" : targets.length);
        }
        if (!(width >= 1)) {
            throw ValidationException.expected("width >= 1", "width", width);
        }
        if (!(weightDecay >= 0 && weightDecay < Double.POSITIVE_INFINITY)) {
            throw ValidationException.expected("finite weightDecay >= 0", "weightDecay", weightDecay);
        }
        double[][] copy = new double[inputs.length][];
        for (int s = 0; s < inputs.length; s++) {
            if (inputs[s].length != inputs[0].length) {
                throw ValidationException.expected("rows of length " + inputs[0].length, "inputs row " + s,
                        inputs[s].length);
            }
            copy[s] = inputs[s].clone();
        }
        return new TanhMlp(copy, targets.clone(), width, weightDecay);
    }

    /**
     * The parameter count of a network.
     *
     * @param inputDimension \( d \)
     * @param width \( h \)
     * @return \( n = h(d + 2) + 1 \)
     */
    public static int parameterCount(int inputDimension, int width) {
        return width * (inputDimension + 2) + 1;
    }

    /**
     * The hidden width.
     *
     * @return \( h \)
     */
    public int width() {
        return width;
    }

    @Override
    public int dimension() {
        return parameterCount(inputDimension, width);
    }

    /**
     * The network output.
     *
     * @param theta the parameters
     * @param x an input of length \( d \)
     * @return \( f_\theta(x) \)
     */
    public double output(double[] theta, double[] x) {
        int d = inputDimension;
        int biasAt = width * d;
        int outAt = biasAt + width;
        double f = theta[outAt + width];
        for (int i = 0; i < width; i++) {
            double z = theta[biasAt + i];
            for (int j = 0; j < d; j++) {
                z += theta[i * d + j] * x[j];
            }
            f += theta[outAt + i] * Math.tanh(z);
        }
        return f;
    }

    @Override
    public double value(double[] theta) {
        double sum = 0;
        for (int s = 0; s < inputs.length; s++) {
            double e = output(theta, inputs[s]) - targets[s];
            sum += e * e;
        }
        double decay = 0;
        for (double t : theta) {
            decay += t * t;
        }
        return sum / (2.0 * inputs.length) + 0.5 * weightDecay * decay;
    }

    @Override
    public double[] gradient(double[] theta) {
        int d = inputDimension;
        int biasAt = width * d;
        int outAt = biasAt + width;
        double[] grad = new double[dimension()];
        for (int k = 0; k < grad.length; k++) {
            grad[k] = weightDecay * theta[k];
        }
        double[] a = new double[width];
        for (int s = 0; s < inputs.length; s++) {
            double[] x = inputs[s];
            double f = theta[outAt + width];
            for (int i = 0; i < width; i++) {
                double z = theta[biasAt + i];
                for (int j = 0; j < d; j++) {
                    z += theta[i * d + j] * x[j];
                }
                a[i] = Math.tanh(z);
                f += theta[outAt + i] * a[i];
            }
            double r = (f - targets[s]) / inputs.length;
            grad[outAt + width] += r;
            for (int i = 0; i < width; i++) {
                grad[outAt + i] += r * a[i];
                double dz = r * theta[outAt + i] * (1 - a[i] * a[i]);
                grad[biasAt + i] += dz;
                for (int j = 0; j < d; j++) {
                    grad[i * d + j] += dz * x[j];
                }
            }
        }
        return grad;
    }

    /**
     * The representative of \( \theta \) under the network's symmetries: each unit's sign flipped so that
     * \( v_i \ge 0 \), then the units sorted by \( (v_i, b_i) \). Equivalent parameter vectors have equal
     * canonical forms, so distinct critical points can be counted.
     *
     * @param theta the parameters (not modified)
     * @return the canonical parameters, same loss and same Hessian spectrum
     */
    public double[] canonical(double[] theta) {
        int d = inputDimension;
        int biasAt = width * d;
        int outAt = biasAt + width;
        double[][] units = new double[width][d + 2];
        for (int i = 0; i < width; i++) {
            double sign = theta[outAt + i] < 0 ? -1 : 1;
            for (int j = 0; j < d; j++) {
                units[i][j] = sign * theta[i * d + j];
            }
            units[i][d] = sign * theta[biasAt + i];
            units[i][d + 1] = sign * theta[outAt + i];
        }
        Arrays.sort(units, Comparator.<double[]>comparingDouble(u -> u[d + 1]).thenComparingDouble(u -> u[d]));
        double[] out = new double[dimension()];
        for (int i = 0; i < width; i++) {
            System.arraycopy(units[i], 0, out, i * d, d);
            out[biasAt + i] = units[i][d];
            out[outAt + i] = units[i][d + 1];
        }
        out[outAt + width] = theta[outAt + width];
        return out;
    }
}

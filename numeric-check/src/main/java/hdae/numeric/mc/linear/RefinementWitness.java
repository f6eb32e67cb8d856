package hdae.numeric.mc.linear;

import hdae.numeric.mc.Guard;
import hdae.numeric.mc.RandomStreams;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Objection H-a on explicit vectors: a linear unit \( w_0^\top x_0 + b \) on \( n_0 \) pixels, and the same unit
 * after replicating every pixel k times, \( x = \mathrm{rep}(x_0, k) \), \( w = \mathrm{rep}(w_0, k)/k \),
 * \( n = k n_0 \).
 *
 * <p>Every quantity of a {@link Row} is computed from the replicated vectors: \( m = \|w\|_1/n \), the gain
 * \( \varepsilon m n = \varepsilon\|w\|_1 \), the Euclidean distance \( |w^\top x + b|/\|w\|_2 \) of x to the
 * decision boundary, its root-mean-square version (divided by \( \sqrt n \)) and the Euclidean length
 * \( \varepsilon\sqrt{\#\{i : w_i \ne 0\}} \) of the sign perturbation. The catalogue predicts \( m_0/k \),
 * \( \varepsilon m_0 n_0 \), \( d_0\sqrt k \), \( d_0/\sqrt{n_0} \) and \( \varepsilon\sqrt{k n_0} \).
 *
 * @see "derivation resolution-refinement"
 */
public final class RefinementWitness {
    private final double[] w0;
    private final double[] x0;
    private final double bias;

    /**
     * One refinement level, measured.
     *
     * @param k refinement factor
     * @param n number of pixels, \( k n_0 \)
     * @param meanWeight \( m = \|w\|_1/n \)
     * @param gain \( \varepsilon\|w\|_1 = \varepsilon m n \), the activation change of the sign perturbation
     * @param l2Distance \( |w^\top x + b|/\|w\|_2 \), Euclidean distance to the boundary
     * @param rmsDistance \( |w^\top x + b|/(\|w\|_2\sqrt n) \), root-mean-square distance
     * @param signPerturbationL2 \( \|\varepsilon\operatorname{sign}(w)\|_2 \)
     */
    public record Row(int k, int n, double meanWeight, double gain, double l2Distance, double rmsDistance,
            double signPerturbationL2) {
    }

    private RefinementWitness(double[] w0, double[] x0, double bias) {
        this.w0 = w0.clone();
        this.x0 = x0.clone();
        this.bias = bias;
    }

    /**
     * A seeded base unit: standard normal weights, a uniform image and bias \( -w_0^\top \mathbf{1}/2 \), so that
     * the boundary passes through the centre of the cube.
     *
     * @param n0 the base number of pixels, at least 1
     * @param seed the seed
     * @return the witness
     */
    public static RefinementWitness seeded(int n0, long seed) {
        Guard.atLeast("n0", n0, 1);
        UniformRandomProvider rng = RandomStreams.create(seed);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] w = new double[n0];
        double[] x = new double[n0];
        double b = 0;
        for (int i = 0; i < n0; i++) {
            w[i] = gauss.sample();
            x[i] = rng.nextDouble();
            b -= w[i] / 2;
        }
        return new RefinementWitness(w, x, b);
    }

    /**
     * Replicates the base unit k times and measures it.
     *
     * @param k the refinement factor, at least 1
     * @param eps the max-norm budget, positive
     * @return the measured row
     */
    public Row measure(int k, double eps) {
        Guard.atLeast("k", k, 1);
        Guard.positiveAtMost("eps", eps, Double.MAX_VALUE);
        int n = w0.length * k;
        double[] w = new double[n];
        double[] x = new double[n];
        for (int i = 0; i < w0.length; i++) {
            for (int j = 0; j < k; j++) {
                w[i * k + j] = w0[i] / k;
                x[i * k + j] = x0[i];
            }
        }
        double l1 = 0;
        double sq = 0;
        double activation = bias;
        int nonzero = 0;
        for (int i = 0; i < n; i++) {
            l1 += Math.abs(w[i]);
            sq += w[i] * w[i];
            activation += w[i] * x[i];
            nonzero += w[i] != 0 ? 1 : 0;
        }
        double l2 = Math.sqrt(sq);
        double distance = Math.abs(activation) / l2;
        return new Row(k, n, l1 / n, eps * l1, distance, distance / Math.sqrt(n), eps * Math.sqrt(nonzero));
    }
}

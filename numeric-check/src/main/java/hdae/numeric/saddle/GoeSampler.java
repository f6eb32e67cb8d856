package hdae.numeric.saddle;

import hdae.numeric.mc.Guard;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Sampler of Gaussian Orthogonal Ensemble (GOE) matrices.
 *
 * <p>\( H \) is a real symmetric \( N \times N \) matrix with independent entries on and above the diagonal,
 * \[ H_{ii} \sim N(0, 1), \qquad H_{ij} = H_{ji} \sim N(0, \tfrac12) \ (i \lt j), \qquad
 *    p(H) \propto e^{-\operatorname{tr} H^2 / 2}, \]
 * the convention of Dean and Majumdar (the \( \beta = 1 \) ensemble), under which the
 * exact values \( P_1 = \tfrac12 \), \( P_2 = (2-\sqrt2)/4 \), \( P_3 = \tfrac14 - 1/(\sqrt2\,\pi) \) hold. Gaussians
 * come from the Commons RNG ziggurat sampler.
 *
 * @see "M. L. Mehta, Random Matrices, 3rd ed., Elsevier 2004, ch. 2 (the Gaussian ensembles)"
 */
public final class GoeSampler {

    /** Standard deviation of an off-diagonal entry, \( \sqrt{1/2} \). */
    public static final double OFF_DIAGONAL_SD = Math.sqrt(0.5);

    /** Matrix size N. */
    private final int size;
    /** Standard normal source. */
    private final ZigguratSampler.NormalizedGaussian gaussian;

    private GoeSampler(int size, UniformRandomProvider rng) {
        this.size = size;
        this.gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
    }

    /**
     * Creates a sampler.
     *
     * @param size the matrix size N, at least 1
     * @param rng the seeded generator
     * @return the sampler
     */
    public static GoeSampler of(int size, UniformRandomProvider rng) {
        Guard.atLeast("size", size, 1);
        Guard.notNull("rng", rng);
        return new GoeSampler(size, rng);
    }

    /**
     * The matrix size.
     *
     * @return N
     */
    public int size() {
        return size;
    }

    /**
     * Draws a new GOE matrix.
     *
     * @return a new symmetric N x N array
     */
    public double[][] sample() {
        double[][] h = new double[size][size];
        sampleInto(h);
        return h;
    }

    /**
     * Draws a GOE matrix into an existing array (no allocation).
     *
     * @param h an N x N array, overwritten
     */
    public void sampleInto(double[][] h) {
        for (int i = 0; i < size; i++) {
            h[i][i] = gaussian.sample();
            for (int j = 0; j < i; j++) {
                double x = OFF_DIAGONAL_SD * gaussian.sample();
                h[i][j] = x;
                h[j][i] = x;
            }
        }
    }
}

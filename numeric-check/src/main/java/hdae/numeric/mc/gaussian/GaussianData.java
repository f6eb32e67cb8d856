package hdae.numeric.mc.gaussian;

import hdae.numeric.NumericException;
import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.Guard;
import hdae.numeric.mc.ParallelMoments;
import hdae.numeric.mc.StudentMean;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Gaussian data \( x \sim N(0, \Sigma) \) in \( \mathbb{R}^n \) and the mean Euclidean distance from x to a half-space
 * through the mean, \( A = \{y : v^\top y \ge 0\} \), mass 1/2: \( d_2(x, A) = \max(0, -v^\top x)/\|v\|_2 \).
 *
 * <p>Since \( v^\top x \sim N(0, v^\top\Sigma v) \), \( \mathbb{E}\,d_2(x, A) = \sqrt{v^\top\Sigma v}/(\|v\|_2
 * \sqrt{2\pi}) \), largest for the top eigenvector of \( \Sigma \), where it equals \( \sqrt{\lambda_{\max}/(2\pi)}
 * \): the worst case over all regions of mass at least 1/2 (catalogue). The samples here are explicit vectors
 * \( x = F z \), \( F = V\Lambda^{1/2} \) from the eigendecomposition \( \Sigma = V\Lambda V^\top \) (Commons Math), z
 * standard normal, so that a singular covariance (replicated pixels) needs no special case.
 *
 * <p>Three covariance families for the resolution question: independent pixels \( \sigma^2 I_n \)
 * (\( \lambda_{\max} = \sigma^2 \)); pixels of \( n_0 \) independent values each replicated k times
 * (\( \lambda_{\max} = k\sigma^2 \)); and a 1-D image whose pixels sample a stationary field with correlation
 * \( e^{-|s - s'|/\ell} \) at positions \( s = i/n \) (\( \lambda_{\max} \) grows like n: its coarse-scale variance
 * stays of order 1 as the resolution grows).
 */
public final class GaussianData {
    /** Chunks (and random streams) of every estimate. */
    public static final int CHUNKS = 8;
    /** Relative tolerance of the symmetry and positive semi-definiteness checks. */
    private static final double TOLERANCE = 1e-10;

    private final double[][] factor;
    private final double[] eigenvalues;
    private final double[][] eigenvectors;

    private GaussianData(double[][] factor, double[] eigenvalues, double[][] eigenvectors) {
        this.factor = factor;
        this.eigenvalues = eigenvalues;
        this.eigenvectors = eigenvectors;
    }

    /**
     * Gaussian data with a given covariance.
     *
     * @param covariance a symmetric positive semi-definite n x n matrix, n at least 1; not modified
     * @return the data model
     */
    public static GaussianData of(double[][] covariance) {
        Guard.notNull("covariance", covariance);
        int n = covariance.length;
        Guard.atLeast("n", n, 1);
        double scale = 0;
        for (int i = 0; i < n; i++) {
            if (covariance[i].length != n) {
                throw NumericException.expected("a square matrix", "row " + i + " length", covariance[i].length);
            }
            scale = Math.max(scale, Math.abs(covariance[i][i]));
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (!(Math.abs(covariance[i][j] - covariance[j][i]) <= TOLERANCE * scale)) {
                    throw NumericException.expected("a symmetric matrix", "covariance[" + i + "][" + j + "]",
                            covariance[i][j]);
                }
            }
        }
        RealMatrix sigma = new Array2DRowRealMatrix(covariance, true);
        EigenDecomposition eigen = new EigenDecomposition(sigma);
        double[] values = eigen.getRealEigenvalues().clone();
        double[][] vectors = new double[n][];
        double[][] f = new double[n][n];
        for (int j = 0; j < n; j++) {
            if (!(values[j] >= -TOLERANCE * scale)) {
                throw NumericException.expected("a positive semi-definite matrix", "eigenvalue", values[j]);
            }
            values[j] = Math.max(0, values[j]);
            vectors[j] = eigen.getEigenvector(j).toArray();
            double root = Math.sqrt(values[j]);
            for (int i = 0; i < n; i++) {
                f[i][j] = vectors[j][i] * root;
            }
        }
        return new GaussianData(f, values, vectors);
    }

    /**
     * Independent pixels.
     *
     * @param n the number of pixels, at least 1
     * @param variance the variance of a pixel, positive
     * @return \( \sigma^2 I_n \)
     */
    public static double[][] independentPixels(int n, double variance) {
        return replicatedPixels(n, 1, variance);
    }

    /**
     * Replicated pixels: \( n_0 \) independent values of variance \( \sigma^2 \), each repeated k times.
     *
     * @param n0 the base number of pixels, 1 to 4096
     * @param k the refinement factor, at least 1, with \( k n_0 \le 4096 \)
     * @param variance the variance of a base pixel, positive
     * @return the covariance of \( \mathrm{rep}(x_0, k) \), of size \( k n_0 \)
     */
    public static double[][] replicatedPixels(int n0, int k, double variance) {
        Guard.between("n0", n0, 1, 4096);
        Guard.between("k", k, 1, 4096 / n0);
        Guard.positiveAtMost("variance", variance, Double.MAX_VALUE);
        int n = n0 * k;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[i][j] = i / k == j / k ? variance : 0;
            }
        }
        return c;
    }

    /**
     * A 1-D image of n pixels sampling a stationary field of unit variance with correlation
     * \( e^{-|s - s'|/\ell} \) at the positions \( s = i/n \).
     *
     * @param n the number of pixels, 1 to 4096
     * @param length the correlation length \( \ell \) in image coordinates, positive
     * @return \( \Sigma_{ij} = e^{-|i - j|/(\ell n)} \)
     */
    public static double[][] exponentialField(int n, double length) {
        Guard.between("n", n, 1, 4096);
        Guard.positiveAtMost("length", length, Double.MAX_VALUE);
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[i][j] = Math.exp(-Math.abs(i - j) / (length * n));
            }
        }
        return c;
    }

    /**
     * The dimension.
     *
     * @return n
     */
    public int dimension() {
        return eigenvalues.length;
    }

    /**
     * The largest eigenvalue of the covariance.
     *
     * @return \( \lambda_{\max}(\Sigma) \)
     */
    public double topEigenvalue() {
        return eigenvalues[extreme(true)];
    }

    /**
     * A unit eigenvector of the largest eigenvalue.
     *
     * @return a copy of the vector
     */
    public double[] topEigenvector() {
        return eigenvectors[extreme(true)].clone();
    }

    /**
     * A unit eigenvector of the smallest eigenvalue.
     *
     * @return a copy of the vector
     */
    public double[] bottomEigenvector() {
        return eigenvectors[extreme(false)].clone();
    }

    /**
     * Estimates \( \mathbb{E}\,d_2(x, \{v^\top y \ge 0\}) \) from explicit samples \( x = F z \).
     *
     * @param direction the normal v of the half-space, non-zero, of length n; not modified
     * @param samples the number of points, at least {@value #CHUNKS}
     * @param seed the seed of the streams
     * @param confidence the level of the Student-t interval, in (0, 1)
     * @return the mean distance with its interval
     */
    public Estimate halfSpaceMean(double[] direction, long samples, long seed, double confidence) {
        Guard.notNull("direction", direction);
        int n = dimension();
        if (direction.length != n) {
            throw NumericException.expected("a direction of length " + n, "direction.length", direction.length);
        }
        double norm = 0;
        for (double v : direction) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (!(norm > 0 && Double.isFinite(norm))) {
            throw NumericException.expected("a finite non-zero direction", "|direction|", norm);
        }
        Guard.atLeast("samples", samples, CHUNKS);
        Guard.confidence(confidence);
        double[] v = direction.clone();
        double length = norm;
        return StudentMean.estimate(ParallelMoments.collect(rng -> {
            ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
            double[] z = new double[n];
            for (int j = 0; j < n; j++) {
                z[j] = gauss.sample();
            }
            double projection = 0;
            for (int i = 0; i < n; i++) {
                double xi = 0;
                for (int j = 0; j < n; j++) {
                    xi += factor[i][j] * z[j];
                }
                projection += v[i] * xi;
            }
            return Math.max(0, -projection) / length;
        }, samples, seed, CHUNKS), confidence);
    }

    private int extreme(boolean largest) {
        int best = 0;
        for (int j = 1; j < eigenvalues.length; j++) {
            if (largest ? eigenvalues[j] > eigenvalues[best] : eigenvalues[j] < eigenvalues[best]) {
                best = j;
            }
        }
        return best;
    }
}

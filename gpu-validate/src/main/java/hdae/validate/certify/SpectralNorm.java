package hdae.validate.certify;

import hdae.validate.ValidationException;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The spectral norm \(\|W\|_2 = \sigma_{\max}(W) = \sqrt{\lambda_{\max}(W^\top W)}\) of a matrix, bracketed
 * from both sides.
 *
 * <p>{@link #estimate}: power iteration \(v \leftarrow W^\top W v / \|W^\top W v\|\) from a seeded Gaussian
 * start; \(\|W v\|_2\) for a unit \(v\) never exceeds \(\sigma_{\max}\), so the estimate is a lower bound.
 *
 * <p>{@link #upperBound}: power iteration on the Gram matrix \(G\) (of side \(m\) = the smaller dimension) by
 * repeated squaring: \(\lambda_{\max}(G) \le \mathrm{tr}(G^{2^s})^{1/2^s} \le m^{1/2^s}\lambda_{\max}(G)\),
 * since \(\mathrm{tr}(G^p) = \sum_i \lambda_i^p\) with \(\lambda_i \ge 0\). Each power is divided by its
 * trace to avoid overflow, and the log-traces are summed. A factor \(1 + 10^{-9}\), far above the rounding
 * error of the products (about \(m n\) units of \(2^{-53}\)), keeps the bound on the safe side.
 *
 * @see <a href="https://arxiv.org/abs/1802.04034">Tsuzuku, Sato, Sugiyama 2018, arXiv 1802.04034</a>
 */
public final class SpectralNorm {

    /** Relative safety margin for rounding in {@link #upperBound}. */
    private static final double ROUNDING_MARGIN = 1e-9;

    private SpectralNorm() {
    }

    /**
     * Power-iteration estimate of \(\sigma_{\max}(W)\), a lower bound.
     *
     * @param w          the matrix, rectangular, at least 1 x 1
     * @param iterations number of iterations, at least 1
     * @param seed       seed of the starting vector
     * @return \(\|W v\|_2\) for the final unit vector \(v\)
     */
    public static double estimate(double[][] w, int iterations, long seed) {
        int cols = checkMatrix(w);
        if (!(iterations >= 1)) {
            throw ValidationException.expected("iterations >= 1", "iterations", iterations);
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] v = new double[cols];
        for (int j = 0; j < cols; j++) {
            v[j] = gauss.sample();
        }
        double best = 0;
        for (int it = 0; it < iterations; it++) {
            if (!normalise(v)) {
                return best;
            }
            double[] wv = times(w, v);
            best = Math.max(best, length(wv));
            v = transposeTimes(w, wv);
        }
        return best;
    }

    /**
     * A rigorous upper bound of \(\sigma_{\max}(W)\), within a factor \(m^{1/2^{s+1}}\) of it.
     *
     * @param w         the matrix, rectangular, at least 1 x 1
     * @param squarings number of squarings s, in [1, 30]
     * @return an upper bound of the spectral norm
     */
    public static double upperBound(double[][] w, int squarings) {
        int cols = checkMatrix(w);
        if (!(squarings >= 1 && squarings <= 30)) {
            throw ValidationException.expected("squarings in [1, 30]", "squarings", squarings);
        }
        int rows = w.length;
        int m = Math.min(rows, cols);
        double[][] gram = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = a; b < m; b++) {
                double sum = 0;
                if (cols <= rows) {
                    for (int i = 0; i < rows; i++) {
                        sum += w[i][a] * w[i][b];
                    }
                } else {
                    for (int j = 0; j < cols; j++) {
                        sum += w[a][j] * w[b][j];
                    }
                }
                gram[a][b] = sum;
                gram[b][a] = sum;
            }
        }
        double trace = trace(gram);
        if (!(trace > 0)) {
            return 0;
        }
        // invariant: G^(2^k) = exp(logScale) * a with tr(a) = 1
        double logScale = Math.log(trace);
        double[][] a = scale(gram, 1 / trace);
        for (int k = 0; k < squarings; k++) {
            double[][] square = multiply(a, a);
            double squareTrace = trace(square);
            logScale = 2 * logScale + Math.log(squareTrace);
            a = scale(square, 1 / squareTrace);
        }
        double logLambda = logScale / Math.pow(2, squarings);
        return Math.exp(logLambda / 2) * (1 + ROUNDING_MARGIN);
    }

    private static int checkMatrix(double[][] w) {
        if (!(w.length >= 1 && w[0].length >= 1)) {
            throw ValidationException.expected("a matrix of at least 1 x 1", "w", w.length + " rows");
        }
        int cols = w[0].length;
        for (int i = 0; i < w.length; i++) {
            if (w[i].length != cols) {
                throw ValidationException.expected("rows of length " + cols, "w[" + i + "].length", w[i].length);
            }
            for (double value : w[i]) {
                if (!Double.isFinite(value)) {
                    throw ValidationException.expected("finite entries", "w[" + i + "]", value);
                }
            }
        }
        return cols;
    }

    private static boolean normalise(double[] v) {
        double length = length(v);
        if (!(length > 0)) {
            return false;
        }
        for (int j = 0; j < v.length; j++) {
            v[j] /= length;
        }
        return true;
    }

    private static double length(double[] v) {
        double sum = 0;
        for (double value : v) {
            sum += value * value;
        }
        return Math.sqrt(sum);
    }

    private static double[] times(double[][] w, double[] v) {
        double[] result = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            double sum = 0;
            for (int j = 0; j < v.length; j++) {
                sum += w[i][j] * v[j];
            }
            result[i] = sum;
        }
        return result;
    }

    private static double[] transposeTimes(double[][] w, double[] u) {
        double[] result = new double[w[0].length];
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < result.length; j++) {
                result[j] += w[i][j] * u[i];
            }
        }
        return result;
    }

    private static double trace(double[][] a) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i][i];
        }
        return sum;
    }

    private static double[][] scale(double[][] a, double factor) {
        double[][] result = new double[a.length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                result[i][j] = a[i][j] * factor;
            }
        }
        return result;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int m = a.length;
        double[][] result = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < m; k++) {
                double aik = a[i][k];
                for (int j = 0; j < m; j++) {
                    result[i][j] += aik * b[k][j];
                }
            }
        }
        return result;
    }
}

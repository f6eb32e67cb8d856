package hdae.validate.census;

import hdae.validate.ValidationException;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

import java.util.Arrays;

/**
 * The eigenvalues of a symmetric Hessian with their sign census.
 *
 * <p>With \( \lambda_{\max} = \max_i |\lambda_i| \), an eigenvalue is zero when \( |\lambda_i| \le \epsilon_0
 * \lambda_{\max} \), negative when \( \lambda_i \lt -\epsilon_0 \lambda_{\max} \); the index is the count \( k \) of
 * negative eigenvalues and the index fraction is \( \alpha = k/n \) (Bray and Dean's \( \alpha \); zero eigenvalues
 * are in the denominator, not the numerator). A point is a minimum when \( k = 0 \) (degenerate when some eigenvalue
 * is zero: then the second-order test does not decide, and the point is reported with its zero count).
 *
 * @param eigenvalues the eigenvalues, ascending (Commons Math 3 {@link EigenDecomposition})
 * @param negative the index \( k \)
 * @param nearZero the count of zero eigenvalues
 * @param zeroTolerance \( \epsilon_0 \)
 * @see <a href="https://doi.org/10.1103/PhysRevLett.98.150201">A. J. Bray, D. S. Dean, "Statistics of critical
 *     points of Gaussian fields on large-dimensional spaces", PRL 98, 150201 (2007)</a>
 */
public record Spectrum(double[] eigenvalues, int negative, int nearZero, double zeroTolerance) {

    /**
     * The default \( \epsilon_0 = 10^{-6} \): four orders above the \( 10^{-10} \) relative error of the
     * finite-difference Hessian ({@link FiniteDifferences}), and far below the eigenvalue gaps of a generic point.
     */
    public static final double DEFAULT_ZERO_TOLERANCE = 1e-6;

    /**
     * Decomposes a symmetric matrix.
     *
     * @param symmetric a symmetric square matrix (not modified)
     * @param zeroTolerance \( \epsilon_0 \in [0, 1) \)
     * @return its spectrum
     */
    public static Spectrum of(double[][] symmetric, double zeroTolerance) {
        if (!(zeroTolerance >= 0 && zeroTolerance < 1)) {
            throw ValidationException.expected("zeroTolerance in [0, 1)", "zeroTolerance", zeroTolerance);
        }
        double[] values = new EigenDecomposition(new Array2DRowRealMatrix(symmetric, true)).getRealEigenvalues();
        Arrays.sort(values);
        double largest = 0;
        for (double lambda : values) {
            largest = Math.max(largest, Math.abs(lambda));
        }
        double zero = zeroTolerance * largest;
        int negative = 0;
        int nearZero = 0;
        for (double lambda : values) {
            if (Math.abs(lambda) <= zero) {
                nearZero++;
            } else if (lambda < 0) {
                negative++;
            }
        }
        return new Spectrum(values, negative, nearZero, zeroTolerance);
    }

    /**
     * The matrix size.
     *
     * @return \( n \)
     */
    public int size() {
        return eigenvalues.length;
    }

    /**
     * The index fraction.
     *
     * @return \( \alpha = k/n \in [0, 1] \)
     */
    public double indexFraction() {
        return negative / (double) eigenvalues.length;
    }

    /**
     * Whether no eigenvalue is negative.
     *
     * @return \( k = 0 \)
     */
    public boolean isMinimum() {
        return negative == 0;
    }

    /**
     * Whether some eigenvalue is zero within the tolerance.
     *
     * @return the zero count is positive
     */
    public boolean isDegenerate() {
        return nearZero > 0;
    }
}

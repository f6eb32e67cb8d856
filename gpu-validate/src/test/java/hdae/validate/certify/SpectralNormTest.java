package hdae.validate.certify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import hdae.validate.ExceptionAssert;
import hdae.validate.ValidationException;

import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Spectral-norm brackets against exact singular values from Commons Math 3.6.1's SVD (accurate to a few
 * ulps of \(\sigma_{\max}\)).
 */
class SpectralNormTest {

    /** Squarings used below, as in {@link LipschitzCertificate}. */
    private static final int SQUARINGS = 12;

    private static double[][] gaussian(int rows, int cols, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[][] w = new double[rows][cols];
        for (double[] row : w) {
            for (int j = 0; j < cols; j++) {
                row[j] = gauss.sample();
            }
        }
        return w;
    }

    private static double exact(double[][] w) {
        return new SingularValueDecomposition(MatrixUtils.createRealMatrix(w)).getNorm();
    }

    @Test
    void diagonalMatrixHasItsLargestEntryAsNorm() {
        double[][] w = {{3, 0, 0}, {0, -2, 0}, {0, 0, 1}};
        // eigenvalue gap 3 vs 2: after 200 iterations the error is (2/3)^400, far below 1e-12
        assertEquals(3.0, SpectralNorm.estimate(w, 200, 1L), 1e-12);
        double upper = SpectralNorm.upperBound(w, SQUARINGS);
        // m = 3: the bound exceeds sigma by at most 3^(1/2^13) (1.00013), times the 1 + 1e-9 rounding margin
        assertTrue(upper >= 3 && upper <= 3 * Math.pow(3, 1.0 / (1 << (SQUARINGS + 1))) * (1 + 2e-9), "" + upper);
    }

    @Test
    void rankOneMatrixHasNormProductOfLengths() {
        double[] u = {1, 2, 2};      // length 3
        double[] v = {3, 4};         // length 5
        double[][] w = new double[3][2];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 2; j++) {
                w[i][j] = u[i] * v[j];
            }
        }
        // rank one: power iteration is exact after one step, up to rounding of a few operations
        assertEquals(15.0, SpectralNorm.estimate(w, 3, 2L), 1e-12);
        // one non-zero eigenvalue: tr(G^p)^(1/p) = lambda exactly, so only the rounding margin remains
        assertEquals(15.0, SpectralNorm.upperBound(w, SQUARINGS), 15 * 2e-9);
    }

    @Test
    void estimateIsBelowAndUpperBoundAboveTheExactNorm() {
        qt().withFixedSeed(71L).withExamples(30)
                .forAll(integers().between(1, 40), integers().between(1, 40), integers().between(0, 100_000))
                .checkAssert((rows, cols, seed) -> {
                    double[][] w = gaussian(rows, cols, seed);
                    double sigma = exact(w);
                    double estimate = SpectralNorm.estimate(w, 50, seed);
                    double upper = SpectralNorm.upperBound(w, SQUARINGS);
                    int m = Math.min(rows, cols);
                    // lower side: ||W v|| <= sigma for unit v; 1e-12 relative covers the SVD's and our rounding
                    assertTrue(estimate <= sigma * (1 + 1e-12), estimate + " > " + sigma);
                    assertTrue(upper >= sigma, upper + " < " + sigma);
                    // tightness: at most m^(1/2^13) above, times the rounding margin 1 + 1e-9 (and 1e-12 slack)
                    double factor = Math.pow(m, 1.0 / (1 << (SQUARINGS + 1))) * (1 + 1e-9) * (1 + 1e-12);
                    assertTrue(upper <= sigma * factor, upper + " > " + sigma + " * " + factor);
                });
    }

    @Test
    void rejectsNonFiniteEntriesAndRaggedRows() {
        ExceptionAssert.messageNames("w[1]", assertThrows(ValidationException.class,
                () -> SpectralNorm.upperBound(new double[][] {{1, 2}, {Double.NaN, 0}}, 4)));
        ExceptionAssert.messageNames("w[1].length", assertThrows(ValidationException.class,
                () -> SpectralNorm.estimate(new double[][] {{1, 2}, {3}}, 4, 1L)));
    }
}

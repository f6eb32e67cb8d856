package hdae.numeric.mc.gaussian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.numeric.NumericException;
import hdae.numeric.mc.Estimate;
import org.junit.jupiter.api.Test;

/**
 * The Gaussian-data worst case sqrt(lambda_max)/sqrt(2 pi), attained by the half-space along a top eigenvector, and
 * how lambda_max scales with the resolution. Student-t intervals of confidence 1 - 1e-6 (alpha = 1e-6 per
 * assertion); the distances are half-normal, so the t interval's level is reached with 40 000 samples.
 */
class GaussianDataTest {
    private static final double CONFIDENCE = 1 - 1e-6;
    private static final long SAMPLES = 40_000;

    private static double worstCase(GaussianData data) {
        return Math.sqrt(data.topEigenvalue() / (2 * Math.PI));
    }

    @Test
    void independentPixelsHaveWorstCaseSigmaOverSqrtTwoPi() {
        GaussianData data = GaussianData.of(GaussianData.independentPixels(32, 1));
        assertEquals(1, data.topEigenvalue(), 1e-12);
        Estimate e = data.halfSpaceMean(data.topEigenvector(), SAMPLES, 1930L, CONFIDENCE);
        assertTrue(e.isConsistentWith(worstCase(data)), () -> e.toString());
    }

    @Test
    void replicatedPixelsHaveLambdaMaxKSigmaSquared() {
        GaussianData data = GaussianData.of(GaussianData.replicatedPixels(8, 8, 1));
        assertEquals(8, data.topEigenvalue(), 1e-10);
        Estimate e = data.halfSpaceMean(data.topEigenvector(), SAMPLES, 1931L, CONFIDENCE);
        assertTrue(e.isConsistentWith(worstCase(data)), () -> e.toString());
    }

    @Test
    void theTopEigenvectorIsTheWorstHalfSpace() {
        GaussianData data = GaussianData.of(GaussianData.exponentialField(64, 0.2));
        Estimate top = data.halfSpaceMean(data.topEigenvector(), SAMPLES, 1932L, CONFIDENCE);
        assertTrue(top.isConsistentWith(worstCase(data)), () -> top.toString());
        Estimate bottom = data.halfSpaceMean(data.bottomEigenvector(), SAMPLES, 1933L, CONFIDENCE);
        assertTrue(bottom.interval().upper() < worstCase(data), () -> bottom.toString());
        double[] pixel = new double[64];
        pixel[0] = 1;
        Estimate single = data.halfSpaceMean(pixel, SAMPLES, 1934L, CONFIDENCE);
        assertTrue(single.isConsistentWith(Math.sqrt(1 / (2 * Math.PI))), () -> single.toString());
        assertTrue(single.interval().upper() < worstCase(data), () -> single.toString());
    }

    /**
     * In the rms metric the worst case is sqrt(lambda_max/n)/sqrt(2 pi): for independent pixels lambda_max/n = 1/n;
     * for the correlated field it tends to the top eigenvalue of the kernel e^(-|s - s'|/l) on [0, 1], 0.3309 for
     * l = 0.2 (computed independently with a dense symmetric eigensolver: 0.33180 at n = 32, 0.33098 at n = 128).
     */
    @Test
    void coarseScaleVarianceKeepsTheRmsWorstCaseFromShrinking() {
        double small = GaussianData.of(GaussianData.exponentialField(32, 0.2)).topEigenvalue() / 32;
        double large = GaussianData.of(GaussianData.exponentialField(128, 0.2)).topEigenvalue() / 128;
        assertEquals(0.33180, small, 1e-5);
        assertEquals(0.33098, large, 1e-5);
        double independent = GaussianData.of(GaussianData.independentPixels(128, 1)).topEigenvalue() / 128;
        assertEquals(1.0 / 128, independent, 1e-14);
    }

    @Test
    void rejectsBadCovariances() {
        assertThrows(NumericException.class, () -> GaussianData.of(new double[][] {{1, 2}, {0, 1}}));
        assertThrows(NumericException.class, () -> GaussianData.of(new double[][] {{1, 2}, {2, 1}}));
        assertThrows(NumericException.class, () -> GaussianData.of(new double[][] {{1, 0}}));
        GaussianData data = GaussianData.of(GaussianData.independentPixels(4, 1));
        assertThrows(NumericException.class, () -> data.halfSpaceMean(new double[4], 100, 1L, CONFIDENCE));
        assertThrows(NumericException.class, () -> data.halfSpaceMean(new double[3], 100, 1L, CONFIDENCE));
    }
}

package hdae.numeric.saddle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.numeric.NumericException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoeEigenvalueDensityTest {

    /**
     * Relative tolerance of the nested integration: each level is asked for 1e-11 relative; three nested levels and
     * the summation leave well under 1e-9.
     */
    private static final double INTEGRATION_TOLERANCE = 1e-9;

    /** The closed-form Mehta constant \( Z_N \) against the numerical integral over all eigenvalues. */
    @ParameterizedTest(name = "N = {0}")
    @ValueSource(ints = {1, 2, 3})
    void closedFormNormalisationMatchesIntegration(int size) {
        double closed = Math.exp(GoeEigenvalueDensity.logNormalisation(size));
        double integrated = GoeEigenvalueDensity.normalisationByIntegration(size);
        double relative = Math.abs(integrated / closed - 1);
        assertTrue(relative <= INTEGRATION_TOLERANCE, "N=" + size + ": Z closed " + closed + ", integrated "
                + integrated + ", relative error " + relative);
    }

    /** Hand values of \( Z_N \): \( \sqrt{2\pi} \) (Gaussian integral) and \( 4\sqrt\pi \) (\( 2\pi\,\mathbb{E}|X-Y| \)). */
    @Test
    void normalisationOfSmallSizes() {
        assertEquals(Math.sqrt(2 * Math.PI), Math.exp(GoeEigenvalueDensity.logNormalisation(1)), 1e-14);
        assertEquals(4 * Math.sqrt(Math.PI), Math.exp(GoeEigenvalueDensity.logNormalisation(2)), 1e-14);
    }

    /** \( P_1, P_2, P_3 \) closed forms (bound catalogue) against the integral over the positive orthant. */
    @ParameterizedTest(name = "N = {0}")
    @ValueSource(ints = {1, 2, 3})
    void exactSmallSizeValuesMatchIntegration(int size) {
        double integrated = GoeEigenvalueDensity.positiveDefiniteProbability(size);
        double exact = SaddleReferences.goePositiveDefinite(size);
        double relative = Math.abs(integrated / exact - 1);
        assertTrue(relative <= INTEGRATION_TOLERANCE, "N=" + size + ": P exact " + exact + ", integrated "
                + integrated + ", relative error " + relative);
    }

    @Test
    void densityIsSymmetricInItsArguments() {
        double a = GoeEigenvalueDensity.density(new double[] {-0.3, 1.2, 0.4});
        double b = GoeEigenvalueDensity.density(new double[] {1.2, 0.4, -0.3});
        // 1e-15 relative: the three differences are multiplied in another order (a few roundings)
        assertEquals(a, b, 1e-15 * a);
        assertTrue(a > 0);
    }

    @Test
    void rejectsSizeAboveTheCap() {
        NumericException e = assertThrows(NumericException.class,
                () -> GoeEigenvalueDensity.positiveDefiniteProbability(4));
        assertEquals("expected 1 <= size <= 3 for size, got 4", e.getMessage());
    }
}

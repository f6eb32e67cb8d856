package hdae.validate.census;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.validate.census.ModelPredictions.Prediction;

import org.junit.jupiter.api.Test;

/**
 * The model predictions against the exact small-N values (derivation goe-small-n): \( P_1 = 1/2 \),
 * \( P_2 = (2 - \sqrt2)/4 \), \( P_3 = 1/4 - 1/(\sqrt2 \pi) \) (closed forms; the integration of
 * {@link hdae.numeric.saddle.GoeEigenvalueDensity} is accurate to \( 10^{-11} \) relative, its stated accuracy, so
 * \( 10^{-9} \) is checked on the logarithm).
 */
class ModelPredictionsTest {

    private static final ModelPredictions MODELS = ModelPredictions.estimate(500, 5);

    @Test
    void goeIsExactForOneToThreeParameters() {
        assertEquals(Math.log(0.5), MODELS.at(1).logGoe(), 1e-9);
        assertEquals(Math.log((2 - Math.sqrt(2)) / 4), MODELS.at(2).logGoe(), 1e-9);
        assertEquals(Math.log(0.25 - 1 / (Math.sqrt(2) * Math.PI)), MODELS.at(3).logGoe(), 1e-9);
    }

    @Test
    void independentSignIsMinusNLnTwo() {
        // ln 2^-n = -n ln 2; 1e-12 relative covers the rounding of one product
        assertEquals(-41 * Math.log(2), MODELS.at(41).logIndependentSign(), 1e-12 * 41);
    }

    @Test
    void goeFallsBelowIndependentSignsBeyondOneParameter() {
        // level repulsion: P_N < 2^-N for N >= 2 (P_2 = 0.146 < 0.25, P_3 = 0.0249 < 0.125, ...; Dean and Majumdar 2006)
        for (int n : new int[] {2, 3, 6, 10, 13, 41}) {
            Prediction p = MODELS.at(n);
            assertTrue(p.logGoe() < p.logIndependentSign(), "n = " + n + ": " + p);
        }
    }

    @Test
    void formatsProbabilitiesBelowTheSmallestDouble() {
        // ln p = -1000 ln 10 is p = 1e-1000, far below Double.MIN_VALUE
        assertEquals("1.00e-1000", ModelComparison.formatLog(-1000 * Math.log(10)));
        assertEquals("2.50e-1", ModelComparison.formatLog(Math.log(0.25)));
    }
}

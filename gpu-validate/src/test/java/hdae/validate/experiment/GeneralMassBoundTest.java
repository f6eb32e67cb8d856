package hdae.validate.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The general-mass bounds read at a measured mass equal an independent quadrature of the layer-cake integral (the
 * reference file names its source and tolerance), reduce to the half-mass constants at mass 1/2, and never exceed
 * the half-mass bounds 1/(2 pi) and 1/(2 pi q) above it.
 */
class GeneralMassBoundTest {

    /** Relative tolerance of the reference file: Commons Math's inverse normal, about 1e-9 relative at worst. */
    private static final double RELATIVE = 1e-9;

    @ParameterizedTest
    @CsvFileSource(resources = "/hdae/validate/experiment/general-mass-bound.csv")
    void matchesMpmathQuadratureOfTheLayerCakeIntegral(double mass, double mean, double minority) {
        double gotMean = GeneralMassBound.mean(mass);
        double gotMinority = GeneralMassBound.minority(mass);
        assertEquals(mean, gotMean, RELATIVE * mean, () -> "mean at " + mass + ": relative error "
                + Math.abs(gotMean / mean - 1));
        assertEquals(minority, gotMinority, RELATIVE * minority, () -> "minority at " + mass + ": relative error "
                + Math.abs(gotMinority / minority - 1));
    }

    @Test
    void isNeverAboveTheHalfMassBoundsFromMassOneHalfOn() {
        // the general-mass bounds decrease in mu(A) from their half-mass values 1/(2 pi) and 1/pi (derivation
        // general-mass-enlargement), so at every mass >= 1/2 they lie below 1/(2 pi) and 1/(2 pi q)
        double halfMass = 1 / (2 * Math.PI);
        double previous = Double.POSITIVE_INFINITY;
        for (int k = 0; k <= 98; k++) {
            double mass = 0.5 + k * 0.005;
            double mean = GeneralMassBound.mean(mass);
            double minority = GeneralMassBound.minority(mass);
            assertTrue(mean <= halfMass * (1 + 1e-12), () -> "mean at " + mass + ": " + mean);
            assertTrue(minority <= halfMass / (1 - mass) * (1 + 1e-12), () -> "minority at " + mass + ": " + minority);
            assertTrue(minority <= previous, () -> "minority bound not decreasing at " + mass);
            previous = minority;
        }
    }

    @Test
    void hasNoMinorityBoundBelowMassOneHalf() {
        // no minority side is established below 1/2: NaN, which the bracket rule judges INCONCLUSIVE
        assertTrue(Double.isNaN(GeneralMassBound.minority(0.49)));
    }
}

package hdae.numeric.mc.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.numeric.NumericException;
import hdae.numeric.eval.Assignment;
import hdae.numeric.eval.BoundEvaluator;
import hdae.numeric.mc.Estimate;
import hdae.symbolic.bound.BoundCatalogue;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The corrected theorem on four regions of mass 1/2, for n from 2 to 4096 (the runs of {@link AuditRuns}, which the
 * audit report prints). Every exact value and every bound is read from the catalogue. Each interval has confidence
 * 1 - 1e-6: alpha = 1e-6 is the false-alarm rate of each
 * coverage assertion (for a correct formula and kernel), and of each "below the bound" assertion when the true
 * mean equals the bound (it is far below: 0.115 to 0.125 against 0.159). Asymptotic level: the distances have
 * skewness below 2 and every run has at least 4000 samples.
 */
class RegionDistanceSamplerTest {
    private static final BoundCatalogue CATALOGUE = BoundCatalogue.standard();

    static double value(String id, Map<String, Double> at) {
        return BoundEvaluator.compile(CATALOGUE.get(id)).applyAsDouble(Assignment.of(at));
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {2, 4, 16, 64, 256, 1024, 4096})
    void coordinateHalfSpaceMeanIsAnEighthAndBelowTheBound(int n) {
        Estimate e = AuditRuns.coordinateMean(n);
        assertCovers(e, value("l2-mean-dist-eq-eighth-of-coordinate-half-space", Map.of()), "E d_2, x_1 >= 1/2");
        assertBelow(e, value("cube-mean-dist-le-inv-2pi-of-half-mass", Map.of()), "E d_2, x_1 >= 1/2");
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {2, 4, 16, 64, 256, 1024, 4096})
    void coordinateHalfSpaceMaxNormDistanceFromOutsideStaysAQuarter(int n) {
        Estimate e = AuditRuns.coordinateMaxNormFromOutside(n);
        assertCovers(e, value("linf-cond-mean-dist-eq-quarter-of-coordinate-half-space", Map.of()),
                "E[d_inf | outside], x_1 >= 1/2");
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {2, 4, 16, 64, 256, 1024, 4096})
    void centreHalfSpaceTrueDistanceIsBelowTheBound(int n) {
        Estimate exact = AuditRuns.centreMean(n);
        Estimate plane = AuditRuns.centreHyperplaneMean(n);
        assertBelow(exact, value("cube-mean-dist-le-inv-2pi-of-half-mass", Map.of()), "E d_2, centre half-space");
        // paired: the same points, and the true distance is at least the hyperplane distance at every point
        assertTrue(exact.value() >= plane.value(), "true mean " + exact.value() + " < hyperplane mean " + plane.value());
    }

    /**
     * The hyperplane distance tends to (1/2) sqrt(1/12) sqrt(2/pi); from n = 256 on, the bias of E|S|/sqrt(n) against
     * the normal limit (of order 1/n relative, below 1e-3 here) is under a tenth of the interval's half-width.
     */
    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {256, 1024, 4096})
    void centreHyperplaneMeanApproachesItsLimit(int n) {
        Estimate e = AuditRuns.centreHyperplaneMean(n);
        assertCovers(e, value("l2-mean-hyperplane-dist-limit-eq-of-centre-half-space", Map.of()),
                "E d_2(x, H) 1[x not in A]");
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {2, 4, 16, 64, 256, 1024, 4096})
    void maxUnitRegionDistanceFromOutsideIsTOverNPlusOne(int n) {
        Estimate e = AuditRuns.maxUnitFromOutside(n);
        double exact = value("linf-cond-mean-dist-eq-t-div-n-plus-1-of-max-unit-region",
                Map.of("t", CubeRegion.threshold(n), "n", (double) n));
        assertCovers(e, exact, "E[d | outside], max unit");
        double q = 0.5;
        assertBelow(e, value("cube-cond-mean-dist-le-inv-2pi-q-of-half-mass", Map.of("q", q)), "max unit");
    }

    @Test
    void rejectsTooFewSamples() {
        NumericException e = assertThrows(NumericException.class,
                () -> RegionDistanceSampler.mean(CubeRegion.MAX_UNIT, 3, 2, 1L, 0.9));
        assertTrue(e.getMessage().contains("for samples, got 2"), e.getMessage());
    }

    @Test
    void maxUnitThresholdHalvesTheMass() {
        // t^n = 1/2 up to rounding: the half-ulp error of t is raised to the power n, so allow 4 n ulps
        for (int n : new int[] {1, 2, 7, 4096}) {
            assertEquals(0.5, Math.pow(CubeRegion.threshold(n), n), 4.0 * n * Math.ulp(0.5));
        }
    }

    static void assertCovers(Estimate e, double exact, String what) {
        assertTrue(e.isConsistentWith(exact), () -> String.format(Locale.ROOT,
                "%s: exact %.8g outside [%.8g, %.8g] (estimate %.8g, %d samples, %.1f standard errors)", what, exact,
                e.interval().lower(), e.interval().upper(), e.value(), e.samples(),
                (e.value() - exact) / e.standardError()));
    }

    static void assertBelow(Estimate e, double bound, String what) {
        assertTrue(e.interval().upper() < bound, () -> String.format(Locale.ROOT,
                "%s: upper confidence end %.8g not below the bound %.8g (estimate %.8g)", what, e.interval().upper(),
                bound, e.value()));
    }
}

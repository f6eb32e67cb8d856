package hdae.numeric.mc.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.numeric.NumericException;
import hdae.numeric.mc.Estimate;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The corner quarter-disc lower example and the general-mass enlargement bounds on regions of any mass. Student-t
 * intervals of confidence 1 - 1e-6 (alpha = 1e-6 per assertion). The distances are bounded by sqrt(2/pi) < 1, so the
 * t interval's asymptotic level is reached with these sample sizes (at least 100 000).
 *
 * <p>The minority-side bound E[d_2 | x not in A] <= (phi(a) - a q)/(sqrt(2 pi) q), a = Phi^-1(1 - q), follows from
 * mu(A_t) >= Phi(a + sqrt(2 pi) t); it is computed here with Commons Statistics, independently of the catalogue.
 */
class MinorityRegionTest {
    private static final double CONFIDENCE = 1 - 1e-6;
    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    static double minorityBound(double q) {
        double a = NORMAL.inverseSurvivalProbability(q);
        return (NORMAL.density(a) - a * q) / (Math.sqrt(2 * Math.PI) * q);
    }

    @Test
    void minorityBoundHasTheQuotedValues() {
        assertEquals(1 / Math.PI, minorityBound(0.5), 1e-15);
        assertEquals(0.2501, minorityBound(0.29), 1e-4);
        assertEquals(0.1352, minorityBound(0.01), 1e-4);
        assertTrue(minorityBound(1e-6) < minorityBound(1e-3) && minorityBound(1e-3) < minorityBound(0.01));
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {2, 16, 256})
    void cornerDiscOfHalfTheCubeHasMeanPiRCubedOverTwelve(int n) {
        MinorityRegion corner = MinorityRegion.cornerDisc(0.5);
        double r = Math.sqrt(2 / Math.PI);
        assertEquals(r, corner.radius(), 1e-15);
        Estimate e = corner.mean(n, 400_000, 1910L + n, CONFIDENCE);
        double exact = Math.PI * r * r * r / 12;
        assertTrue(e.isConsistentWith(exact), () -> e + " against " + exact);
        // a lower example for the best constant: above the coordinate half-space's 1/8, below 1/(2 pi)
        assertTrue(e.interval().lower() > 0.125, () -> e.toString());
        assertTrue(e.interval().upper() < 1 / (2 * Math.PI), () -> e.toString());
    }

    @ParameterizedTest(name = "q = {0}")
    @ValueSource(doubles = {0.5, 0.29, 0.1, 0.01})
    void minoritySideMeansStayBelowTheGeneralMassBound(double q) {
        double bound = minorityBound(q);
        Estimate slab = MinorityRegion.coordinateSlab(q).conditionalMean(8, 200_000, 1920L, CONFIDENCE);
        assertTrue(slab.isConsistentWith(q / 2), () -> slab.toString());
        assertTrue(slab.interval().upper() < bound, () -> slab + " against " + bound);
        Estimate corner = MinorityRegion.cornerDisc(q).conditionalMean(8, 200_000, 1921L, CONFIDENCE);
        double r = MinorityRegion.cornerDisc(q).radius();
        assertTrue(corner.isConsistentWith(Math.PI * r * r * r / 12 / q), () -> corner.toString());
        assertTrue(corner.interval().upper() < bound, () -> corner + " against " + bound);
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(NumericException.class, () -> MinorityRegion.cornerDisc(0.9));
        assertThrows(NumericException.class, () -> MinorityRegion.coordinateSlab(Double.NaN));
        assertThrows(NumericException.class, () -> MinorityRegion.coordinateSlab(0.3).radius());
        assertThrows(NumericException.class, () -> MinorityRegion.cornerDisc(0.5).mean(1, 100, 1L, CONFIDENCE));
    }
}

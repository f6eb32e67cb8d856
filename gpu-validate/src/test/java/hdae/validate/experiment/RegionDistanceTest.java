package hdae.validate.experiment;

import hdae.validate.Fixtures;
import hdae.validate.model.Classifier;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The distance brackets on a halfspace, where everything is known: class 1 iff \( x_1 &gt; 0.7 \) in
 * \( [0,1]^4 \), so \( A = \{x_1 \le 0.7\} \), \( \mu(A) = 0.7 \) and \( d_2(x, A) = (x_1 - 0.7)^+ \) (the
 * foot of the perpendicular stays in the cube).
 */
class RegionDistanceTest {

    private static final double THRESHOLD = 0.7;
    private final Classifier halfspace = Fixtures.linearBinary(new double[] {1, 0, 0, 0}, -THRESHOLD);

    @Test
    void majorityRegionOfTheHalfspaceHasMassPointSeven() {
        MajorityRegion region = MajorityRegion.estimate(halfspace, 20_000, 7L, 0.95);
        assertEquals(0, region.majority(), "class 0 holds 70 % of the cube");
        assertTrue(region.mass().interval().lower() <= THRESHOLD && THRESHOLD <= region.mass().interval().upper(),
                () -> "mu(A) = 0.7 in " + region.mass());
        assertTrue(region.premiseHolds(), "0.7 is far above 1/2 at 20000 points");
        assertEquals(1 - region.mass().interval().upper(), region.minorityMassLower(), 0);
    }

    @Test
    void bracketsContainTheExactDistanceAndAreAsTightAsTheAttacksAllow() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(11L);
        double[][] points = new double[100][4];
        for (double[] p : points) {
            for (int j = 0; j < 4; j++) {
                p[j] = rng.nextDouble();
            }
        }
        RegionDistance distance = RegionDistance.of(halfspace, 0, points);
        for (int i = 0; i < points.length; i++) {
            double exact = Math.max(0, points[i][0] - THRESHOLD);
            assertEquals(exact == 0, distance.inA()[i], "in A iff x_1 <= 0.7");
            // the certificate divides the margin x_1 - 0.7 by sqrt(2) L, with L the rigorous upper bound of |W|_2 = 1,
            // at most 4^(1/2^13) for a 4 x 2 matrix (12 squarings, LipschitzCertificate); 1e-12 covers rounding
            double certified = distance.certified()[i];
            double slack = Math.pow(4, 1.0 / 8192);
            assertTrue(certified <= exact / Math.sqrt(2) + 1e-12 && certified >= exact / (Math.sqrt(2) * slack) - 1e-12,
                    () -> "certified " + certified + " for exact distance " + exact);
            // an adversarial point crosses the hyperplane; DeepFool overshoots by (1 + 0.02) on a linear model
            double attack = distance.attack()[i];
            assertTrue(attack >= exact - 1e-12 && attack <= 1.02 * exact + 1e-12,
                    () -> "attack " + attack + " for exact distance " + exact);
        }
        assertEquals(points.length - distance.outside(), distance.all().bracketing(0.0),
                "points of A have R = D = 0, so exactly they bracket 0");
    }
}

package hdae.validate.experiment;

import hdae.validate.Fixtures;
import hdae.validate.attack.Box;
import hdae.validate.certify.DistanceBracket;
import hdae.validate.certify.ExactRadius;
import hdae.validate.model.Classifier;
import hdae.validate.norm.Norm;
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

    private static double[][] uniform(int count, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double[][] points = new double[count][4];
        for (double[] p : points) {
            for (int j = 0; j < 4; j++) {
                p[j] = rng.nextDouble();
            }
        }
        return points;
    }

    @Test
    void bracketsContainTheExactDistanceAndAreAsTightAsTheAttacksAllow() {
        double[][] points = uniform(100, 11L);
        RegionDistance distance = RegionDistance.of(halfspace, 0, points);
        for (int i = 0; i < points.length; i++) {
            double exact = Math.max(0, points[i][0] - THRESHOLD);
            assertEquals(exact == 0, distance.inA()[i], "in A iff x_1 <= 0.7");
            // CROWN is exact on a linear model up to the bisection: the certified radius lies in
            // [exact - 1e-3 hi, exact] with hi the attack distance, at most 1.02 exact; and it is never above exact
            double certified = distance.certified()[i];
            assertTrue(certified <= exact && certified >= exact * (1 - 1.02e-3),
                    () -> "certified " + certified + " for exact distance " + exact);
            // an adversarial point crosses the hyperplane; DeepFool overshoots by (1 + 0.02) on a linear model
            double attack = distance.attack()[i];
            assertTrue(attack >= exact - 1e-12 && attack <= 1.02 * exact + 1e-12,
                    () -> "attack " + attack + " for exact distance " + exact);
        }
        assertEquals(points.length - distance.outside(), distance.all().bracketing(0.0),
                "points of A have R = D = 0, so exactly they bracket 0");
    }

    /**
     * With branch and bound (tolerance 2 %): every bracket outside A holds the exact distance \( (x_1 - 0.7)^+ \)
     * and reaches the tolerance (a linear model has no unstable ReLU), and the sandwich's ends are the larger lower
     * and the smaller upper end, never looser than CROWN and the attacks alone.
     */
    @Test
    void branchAndBoundNarrowsEveryBracketOutsideAToTheTolerance() {
        double[][] points = uniform(40, 12L);
        RegionDistance crown = RegionDistance.of(halfspace, 0, points);
        RegionDistance exact = RegionDistance.withExact(halfspace, 0, points,
                ExactRadius.of(halfspace, Norm.L2, Box.UNIT).withTolerance(0.02));
        assertEquals(crown.outside(), exact.exact().size(), "one bracket per point outside A");
        assertEquals(exact.outside(), exact.exactWithinTolerance(), "all within 2 % on a half-space");
        for (int i = 0, k = 0; i < points.length; i++) {
            double d = Math.max(0, points[i][0] - THRESHOLD);
            double lower = exact.certified()[i];
            double upper = exact.attack()[i];
            String text = "point " + i + ": [" + lower + ", " + upper + "] for exact distance " + d;
            assertTrue(lower <= d && d <= upper + 1e-12, text);
            assertTrue(lower >= crown.certified()[i] && upper <= crown.attack()[i], text);
            if (!exact.inA()[i]) {
                DistanceBracket b = exact.exact().get(k++);
                assertEquals(Math.max(crown.certified()[i], b.lower()), lower, 0, text);
                assertEquals(Math.min(crown.attack()[i], b.upper()), upper, 0, text);
            }
        }
        assertTrue(exact.all().certificate().contains("branch and bound"), exact.all()::certificate);
    }
}

package hdae.numeric.mc.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CentreHalfSpaceProjectionTest {

    /** A corner point at n = 3: one coordinate saturates, so the true distance exceeds the hyperplane distance. */
    @Test
    void cornerPointSaturatesOneCoordinate() {
        double[] x = {1, 0, 0};
        // by hand: lambda = 1/4 (1 + 2 lambda = 3/2), y = (1, 1/4, 1/4), distance sqrt(2)/4; hyperplane 0.5/sqrt(3)
        assertEquals(0.25, CentreHalfSpaceProjection.multiplier(x), 1e-15);
        assertEquals(Math.sqrt(2) / 4, CentreHalfSpaceProjection.distance(x), 1e-15);
        assertEquals(0.5 / Math.sqrt(3), CentreHalfSpaceProjection.hyperplaneDistance(x), 1e-15);
    }

    @Test
    void pointsInsideHaveDistanceZero() {
        assertEquals(0.0, CentreHalfSpaceProjection.distance(new double[] {0.5, 0.5}));
        assertEquals(0.0, CentreHalfSpaceProjection.distance(new double[] {0.9, 0.2, 0.6}));
    }

    /**
     * The projection is feasible (in the cube, on the constraint sum = n/2 up to 1e-12 n) and no random feasible
     * point of the half-space is closer; tolerances: 1e-12 relative for sums of at most 64 terms of size at most 1.
     */
    @Test
    void projectionIsFeasibleAndNearest() {
        qt().withFixedSeed(404L).withExamples(300)
                .forAll(integers().between(1, 64), integers().between(0, Integer.MAX_VALUE))
                .checkAssert((n, seed) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    double[] x = new double[n];
                    for (int i = 0; i < n; i++) {
                        // squeezing towards 0 puts most points outside the half-space
                        x[i] = r.nextDouble() * r.nextDouble();
                    }
                    double lambda = CentreHalfSpaceProjection.multiplier(x);
                    double d = CentreHalfSpaceProjection.distance(x);
                    double sum = 0;
                    for (double v : x) {
                        sum += lambda == 0 ? v : Math.min(v + lambda, 1);
                    }
                    assertTrue(sum >= n / 2.0 - 1e-12 * n, "projection outside the half-space: sum " + sum);
                    assertTrue(d >= CentreHalfSpaceProjection.hyperplaneDistance(x) - 1e-12,
                            "true distance below the hyperplane distance");
                    for (int t = 0; t < 20; t++) {
                        double[] z = feasible(n, r);
                        double dz = 0;
                        for (int i = 0; i < n; i++) {
                            dz += (z[i] - x[i]) * (z[i] - x[i]);
                        }
                        assertTrue(Math.sqrt(dz) >= d - 1e-12, "a feasible point is closer than the projection");
                    }
                });
    }

    /** A random point of the cube with sum at least n/2: a uniform point, reflected through the centre if needed. */
    private static double[] feasible(int n, SplittableRandom r) {
        double[] z = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            z[i] = r.nextDouble();
            sum += z[i];
        }
        if (sum < n / 2.0) {
            for (int i = 0; i < n; i++) {
                z[i] = 1 - z[i];
            }
        }
        return z;
    }
}

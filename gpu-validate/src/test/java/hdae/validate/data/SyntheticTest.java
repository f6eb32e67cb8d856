package hdae.validate.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import hdae.validate.ExceptionAssert;
import hdae.validate.ValidationException;
import hdae.validate.norm.Norm;

import org.junit.jupiter.api.Test;

class SyntheticTest {

    @Test
    void spherePointsHaveRadiusOneOrOnePointThreeByLabel() {
        // features are floats: each coordinate carries a relative error <= 2^-24 (6e-8), so the norm does too;
        // 1e-6 relative leaves a margin of 16
        Dataset spheres = Synthetic.spheres(50, 200, 7L);
        for (int i = 0; i < spheres.size(); i++) {
            double radius = spheres.label(i) == 0 ? 1.0 : 1.3;
            assertEquals(radius, Norm.L2.value(spheres.row(i)), 1e-6 * radius);
            assertEquals(i % 2, spheres.label(i));
        }
    }

    @Test
    void teacherLabelsHaveExactlyTheChosenBalance() {
        qt().withFixedSeed(31L).withExamples(20)
                .forAll(integers().between(1, 30), doubles().between(0.05, 0.95), integers().between(0, 1000))
                .checkAssert((n, mass, seed) -> {
                    Dataset data = Synthetic.teacher(n, 200, 8, mass, seed);
                    int positives = 0;
                    for (int i = 0; i < data.size(); i++) {
                        positives += data.label(i);
                        for (double v : data.row(i)) {
                            assertTrue(v >= 0 && v < 1, "uniform point in [0,1): " + v);
                        }
                    }
                    assertEquals(Math.round(mass * 200), positives);
                });
    }

    @Test
    void sameSeedGivesTheSameSetAndAnotherSeedAnother() {
        assertEquals(Synthetic.teacher(5, 50, 4, 0.3, 1L).fingerprint(),
                Synthetic.teacher(5, 50, 4, 0.3, 1L).fingerprint());
        assertNotEquals(Synthetic.teacher(5, 50, 4, 0.3, 1L).fingerprint(),
                Synthetic.teacher(5, 50, 4, 0.3, 2L).fingerprint());
    }

    @Test
    void gaussianClassMeansLieAtPlusMinusHalfTheSeparationAlongTheDiagonal() {
        // u.x ~ N(-+d/2, sigma^2) per point; the mean over m = 2000 points per class has standard deviation
        // sigma / sqrt(m). Two-sided alpha = 1e-3 per class: |mean -+ d/2| < 3.29 sigma / sqrt(m).
        int n = 16;
        int size = 4000;
        double separation = 2;
        double sigma = 0.5;
        Dataset data = Synthetic.gaussians(n, size, separation, sigma, 41L);
        double[] sum = new double[2];
        for (int i = 0; i < size; i++) {
            double projection = 0;
            for (double v : data.row(i)) {
                projection += v / Math.sqrt(n);
            }
            sum[data.label(i)] += projection;
        }
        double bound = 3.29 * sigma / Math.sqrt(size / 2.0);
        assertEquals(-separation / 2, sum[0] / (size / 2.0), bound);
        assertEquals(separation / 2, sum[1] / (size / 2.0), bound);
    }

    @Test
    void rejectsAMassThatLeavesAClassEmpty() {
        ExceptionAssert.messageNames("mass",
                assertThrows(ValidationException.class, () -> Synthetic.teacher(3, 10, 2, 0.01, 1L)));
        ExceptionAssert.messageNames("sigma",
                assertThrows(ValidationException.class, () -> Synthetic.gaussians(3, 10, 1, Double.NaN, 1L)));
    }
}

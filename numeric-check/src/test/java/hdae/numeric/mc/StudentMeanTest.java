package hdae.numeric.mc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.numeric.NumericException;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;

class StudentMeanTest {

    /** Relative tolerance against SciPy; the reason is in the resource file's header. */
    private static final double REFERENCE_TOLERANCE = 1e-9;

    @Test
    void matchesScipyReferenceIntervals() {
        for (String[] row : ReferenceRows.read("student-t.csv")) {
            double confidence = Double.parseDouble(row[0]);
            double[] values = Arrays.stream(row[3].trim().split(" +")).mapToDouble(Double::parseDouble).toArray();
            Estimate e = StudentMean.estimate(values, confidence);
            double lowerError = ReferenceRows.relativeError(e.interval().lower(), Double.parseDouble(row[1]));
            double upperError = ReferenceRows.relativeError(e.interval().upper(), Double.parseDouble(row[2]));
            String where = Arrays.toString(values) + " at " + confidence;
            assertTrue(lowerError <= REFERENCE_TOLERANCE, where + ": lower relative error " + lowerError);
            assertTrue(upperError <= REFERENCE_TOLERANCE, where + ": upper relative error " + upperError);
            assertEquals(values.length, e.samples());
            assertEquals(StudentMean.METHOD, e.method());
        }
    }

    /**
     * Coverage for normal data, where the Student-t level is exact: 3000 seeded samples of size 10 from N(2, 1),
     * 90 % intervals. The two-sided Clopper-Pearson interval of the coverage count (alpha = 1e-6, the false-alarm
     * rate of this test) must contain 0.9.
     */
    @Test
    void coversItsLevelForNormalData() {
        UniformRandomProvider rng = RandomStreams.create(11L);
        ZigguratSampler.NormalizedGaussian gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
        int experiments = 3000;
        int covered = 0;
        double[] sample = new double[10];
        for (int e = 0; e < experiments; e++) {
            for (int i = 0; i < sample.length; i++) {
                sample[i] = 2 + gaussian.sample();
            }
            covered += StudentMean.estimate(sample, 0.9).isConsistentWith(2.0) ? 1 : 0;
        }
        Estimate coverage = ClopperPearson.estimate(covered, experiments, 1 - 1e-6);
        assertTrue(coverage.isConsistentWith(0.9), "coverage " + coverage);
    }

    @Test
    void rejectsASingleValue() {
        NumericException e = assertThrows(NumericException.class,
                () -> StudentMean.estimate(new double[] {1.0}, 0.95));
        assertEquals("expected sample count >= 2 for sample count, got 1", e.getMessage());
    }

    @Test
    void rejectsConfidenceOne() {
        NumericException e = assertThrows(NumericException.class,
                () -> StudentMean.estimate(new double[] {1.0, 2.0}, 1.0));
        assertTrue(e.getMessage().contains("for confidence, got 1.0"), e.getMessage());
    }
}

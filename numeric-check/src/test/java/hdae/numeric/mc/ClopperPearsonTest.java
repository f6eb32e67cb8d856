package hdae.numeric.mc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import hdae.numeric.NumericException;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

class ClopperPearsonTest {

    /** Relative tolerance against SciPy; the reason is in the resource file's header. */
    private static final double REFERENCE_TOLERANCE = 1e-9;

    @Test
    void matchesScipyReferenceIntervals() {
        for (String[] row : ReferenceRows.read("clopper-pearson.csv")) {
            long k = Long.parseLong(row[0]);
            long m = Long.parseLong(row[1]);
            double confidence = Double.parseDouble(row[2]);
            Estimate e = ClopperPearson.estimate(k, m, confidence);
            double lowerError = ReferenceRows.relativeError(e.interval().lower(), Double.parseDouble(row[3]));
            double upperError = ReferenceRows.relativeError(e.interval().upper(), Double.parseDouble(row[4]));
            String where = "k=" + k + ", m=" + m + ", confidence=" + confidence;
            assertTrue(lowerError <= REFERENCE_TOLERANCE, where + ": lower relative error " + lowerError);
            assertTrue(upperError <= REFERENCE_TOLERANCE, where + ": upper relative error " + upperError);
            assertEquals((double) k / m, e.value(), 0.0, where);
            assertEquals(m, e.samples());
            assertEquals(ClopperPearson.METHOD, e.method());
        }
    }

    /**
     * The defining property, through an independent code path (binomial tail sums instead of Beta quantiles):
     * \( \Pr[\mathrm{Bin}(m, \mathit{lower}) \ge k] = \alpha/2 \) and \( \Pr[\mathrm{Bin}(m, \mathit{upper}) \le k]
     * = \alpha/2 \). Tolerance 1e-8 relative to alpha/2: two inversions of the same function in double precision.
     */
    @Test
    void endsSolveTheBinomialTailEquations() {
        qt().withExamples(300).withFixedSeed(20260101L)
                .forAll(integers().between(1, 2000), integers().between(0, 2000), integers().between(1, 6))
                .assuming((m, k, level) -> k <= m)
                .check((trials, successes, level) -> {
                    // unbox once: Integer == Integer compares references above 127
                    int m = trials;
                    int k = successes;
                    double halfAlpha = Math.pow(10, -level) / 2;
                    ConfidenceInterval ci = ClopperPearson.estimate(k, m, 1 - 2 * halfAlpha).interval();
                    boolean lowerOk = k == 0 || ReferenceRows.relativeError(
                            BinomialDistribution.of(m, ci.lower()).survivalProbability(k - 1), halfAlpha) <= 1e-8;
                    boolean upperOk = k == m || ReferenceRows.relativeError(
                            BinomialDistribution.of(m, ci.upper()).cumulativeProbability(k), halfAlpha) <= 1e-8;
                    return lowerOk && upperOk;
                });
    }

    /**
     * Coverage: 4000 seeded experiments of 50 Bernoulli(0.3) trials with 90 % intervals. Clopper-Pearson is
     * conservative, so the coverage count must not fall below 0.9: the test rejects if the one-sided
     * Clopper-Pearson upper bound of the coverage (alpha = 1e-6) is below 0.9. False-alarm rate 1e-6.
     */
    @Test
    void coversAtLeastItsLevel() {
        UniformRandomProvider rng = RandomStreams.create(7L);
        int experiments = 4000;
        int covered = 0;
        for (int e = 0; e < experiments; e++) {
            int k = 0;
            for (int i = 0; i < 50; i++) {
                k += rng.nextDouble() < 0.3 ? 1 : 0;
            }
            covered += ClopperPearson.estimate(k, 50, 0.9).isConsistentWith(0.3) ? 1 : 0;
        }
        double upper = ClopperPearson.estimate(covered, experiments, 1 - 2e-6).interval().upper();
        assertTrue(upper >= 0.9, "coverage " + covered + "/" + experiments + ", upper bound " + upper);
    }

    @Test
    void rejectsSuccessesAboveTrials() {
        NumericException e = assertThrows(NumericException.class, () -> ClopperPearson.estimate(11, 10, 0.95));
        assertTrue(e.getMessage().contains("for successes, got 11"), e.getMessage());
    }

    @Test
    void rejectsNanConfidence() {
        NumericException e = assertThrows(NumericException.class, () -> ClopperPearson.estimate(1, 10, Double.NaN));
        assertEquals("expected 0 < confidence < 1 for confidence, got NaN", e.getMessage());
    }

    @Test
    void rejectsZeroTrials() {
        NumericException e = assertThrows(NumericException.class, () -> ClopperPearson.estimate(0, 0, 0.95));
        assertTrue(e.getMessage().contains("for trials"), e.getMessage());
    }
}

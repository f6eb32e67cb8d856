package hdae.validate.census;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quick census ({@link CensusConfig#quick}, seed 1: widths 1 to 3, \( n = 5, 9, 13 \), 16 starts each, under a
 * second) and the checks every reported critical point must pass. Tolerances: {@link FiniteDifferencesTest}.
 */
class CensusTest {

    /** The seed of the quick census in this test (any fixed value). */
    private static final long SEED = 1;

    private static Census census;

    @BeforeAll
    static void runQuickCensus() {
        census = Census.run(CensusConfig.quick(SEED));
    }

    @Test
    void quickCensusReportsSomeDozensOfCriticalRuns() {
        int runs = census.summaries().stream().mapToInt(WidthSummary::criticalRuns).sum();
        // the issue asks for "a few dozen critical points" at quick scale; 48 starts in all
        assertTrue(runs >= 24, "critical runs " + runs);
        assertTrue(census.points().size() >= 6, "distinct points " + census.points().size());
    }

    @Test
    void everyReportedPointHasGradientNormBelowTheThreshold() {
        TeacherTask task = census.task();
        for (CriticalPoint p : census.points()) {
            assertTrue(p.gradientNorm() <= CensusConfig.DEFAULT_THRESHOLD, "stored |g| " + p.gradientNorm());
            // recomputed from the stored (canonical) parameters, not trusted from the search
            TanhMlp net = TanhMlp.of(task.inputs(), task.targets(), p.width(), CensusConfig.DEFAULT_WEIGHT_DECAY);
            double norm = CriticalPointSearch.norm(net.gradient(p.theta()));
            assertTrue(norm <= CensusConfig.DEFAULT_THRESHOLD, "recomputed |g| " + norm);
        }
    }

    @Test
    void indexFractionLiesInTheUnitInterval() {
        for (CriticalPoint p : census.points()) {
            double alpha = p.spectrum().indexFraction();
            assertTrue(alpha >= 0 && alpha <= 1, "alpha " + alpha);
            assertEquals(p.spectrum().negative() / (double) p.parameterCount(), alpha, 0.0);
        }
    }

    @Test
    void everyHessianIsSymmetricAndMatchesSecondDifferences() {
        for (CriticalPoint p : census.points()) {
            assertTrue(p.asymmetry() <= FiniteDifferencesTest.ASYMMETRY_TOLERANCE, "asymmetry " + p.asymmetry());
            assertTrue(p.secondDifferenceError() <= FiniteDifferencesTest.SECOND_DIFFERENCE_TOLERANCE,
                    "second-difference error " + p.secondDifferenceError());
        }
    }

    @Test
    void summariesAccountForEveryStartAndPoint() {
        for (WidthSummary s : census.summaries()) {
            assertEquals(s.starts(), s.criticalRuns() + s.stuckRuns() + s.budgetRuns() + s.escapedRuns());
            long points = census.points().stream().filter(p -> p.width() == s.width()).count();
            assertEquals(s.distinct(), points);
            assertTrue(s.minima() <= s.distinct() && s.degenerateMinima() <= s.minima());
        }
    }

    @Test
    void quickCensusReachesBothSaddlesAndMinima() {
        // a regression check of the seeded run: the search is not confined to one kind of critical point
        assertTrue(census.points().stream().anyMatch(p -> p.spectrum().isMinimum()));
        assertTrue(census.points().stream().anyMatch(p -> !p.spectrum().isMinimum()));
    }

    @Test
    void censusIsReproducibleFromItsSeed() {
        Census again = Census.run(CensusConfig.quick(SEED));
        // the CSV prints every number in round-trip form, so equal text means bit-equal results
        assertEquals(CensusReport.csv(census), CensusReport.csv(again));
        assertFalse(CensusReport.csv(Census.run(CensusConfig.quick(SEED + 1))).equals(CensusReport.csv(census)));
    }
}

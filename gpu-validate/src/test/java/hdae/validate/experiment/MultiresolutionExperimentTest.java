package hdae.validate.experiment;

import hdae.validate.ledger.GapLedger;
import hdae.validate.ledger.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MultiresolutionExperimentTest {

    private final MultiresolutionExperiment experiment = MultiresolutionExperiment.of(QuickRuns.cache());

    private ExperimentTable table(GapLedger ledger) {
        return experiment.judge(QuickRuns.multiresolution(), Scale.QUICK, ledger,
                RunInfo.here(Scale.QUICK, QuickRuns.multiresolution().seeds(), Instant.now(), 0));
    }

    @Test
    void everyQuickRowHoldsOrIsLedgered() {
        ExperimentTable table = table(GapLedger.standard());
        ExperimentAssert.agreesWithLedger(table);
        // per resolution (4): accuracy, attack success, 4 attack means and excesses, 2 means, the 5 sandwich rows;
        // then 4 attack slopes (reported), 4 slope brackets and the reading
        assertEquals(4 * 17 + 9, table.rows().size());
        assertEquals(1, table.figures().size());
    }

    /**
     * Claim: the bracket of the first images, measured once per JVM and shared with effective-dimension, is bit for
     * bit what a run alone measures on them (the 7x7 network, the first 20 quick test images).
     */
    @Test
    void theSharedFirstImagesAreWhatARunAloneMeasures() {
        QuickRuns.effectiveDimension();
        int count = EffectiveDimensionExperiment.QUICK_POINTS;
        MultiresolutionExperiment.ResolutionResult shared = MultiresolutionExperiment.firstImages(Scale.QUICK, 7,
                count, () -> experiment.model(Scale.QUICK, 7));
        MultiresolutionExperiment.ResolutionResult alone = MultiresolutionExperiment.atResolution(
                experiment.model(Scale.QUICK, 7),
                MultiresolutionExperiment.testImages(Scale.QUICK, 7).subset(0, count));
        assertEquals(alone.tested(), shared.tested());
        assertArrayEquals(alone.certified(), shared.certified(), 0.0);
        for (int a = 0; a < alone.attacks().length; a++) {
            assertArrayEquals(alone.attacks()[a], shared.attacks()[a], 0.0, MultiresolutionExperiment.ATTACKS.get(a));
        }
    }

    @Test
    void deletingTheEuclideanSlopeEntryFailsWithTheFiguresShown() {
        // an in-memory copy of the committed ledger; the file itself is not touched
        GapLedger ledger = GapLedger.standard().without(MultiresolutionExperiment.ID, "QUICK",
                MultiresolutionExperiment.SLOPE_L2);
        ExperimentTable table = table(ledger);
        assertEquals(1, table.failures().size(), () -> table.toMarkdown());
        Row row = table.failures().get(0);
        assertEquals(Verdict.GAP_UNLEDGERED, row.judgement().verdict());
        String message = row.judgement().message();
        assertTrue(message.contains(MultiresolutionExperiment.SLOPE_L2), message);
        assertTrue(message.contains("predicted -0.5000 by " + MultiresolutionExperiment.BOUND), message);
        assertTrue(message.contains(String.format(Locale.ROOT, "measured %.4g [",
                row.measurement().measured().value())), message);
    }

    @Test
    void everyCertifiedRadiusIsAtMostTheAttackDistance() {
        // R(x) <= Delta(x) <= D(x): a certified radius above an attack distance is a broken certificate or attack
        for (Row r : table(GapLedger.standard()).rows()) {
            if (r.measurement().quantity().startsWith("certified <= attack")) {
                assertEquals(1.0, r.measurement().measured().value(), 0.0, r.measurement().quantity());
            }
        }
    }

    @Test
    void theRmsSlopeIsTheEuclideanSlopeMinusOneHalf() {
        // log(mean(D)/sqrt(n)) = log mean(D) - (1/2) log n at every resolution, so the fitted slopes differ by 1/2
        ExperimentTable table = table(GapLedger.standard());
        double l2 = table.row(MultiresolutionExperiment.SLOPE_L2).measurement().measured().value();
        double rms = table.row(MultiresolutionExperiment.SLOPE_RMS).measurement().measured().value();
        assertEquals(l2 - 0.5, rms, 1e-9);
    }
}

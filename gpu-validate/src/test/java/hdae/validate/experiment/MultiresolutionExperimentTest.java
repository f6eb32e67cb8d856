package hdae.validate.experiment;

import hdae.validate.ledger.GapLedger;
import hdae.validate.ledger.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

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

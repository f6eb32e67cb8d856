package hdae.validate.experiment;

import hdae.validate.ledger.GapLedger;
import org.junit.jupiter.api.Test;

import hdae.validate.ledger.Verdict;

import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RefinementWitnessExperimentTest {

    private final RefinementWitnessExperiment experiment = RefinementWitnessExperiment.of(QuickRuns.cache());

    @Test
    void everyQuickRowHoldsOrIsLedgered() {
        ExperimentTable table = experiment.judge(QuickRuns.refinement(), Scale.QUICK, GapLedger.standard(),
                RunInfo.here(Scale.QUICK, QuickRuns.refinement().seeds(), Instant.now(), 0));
        ExperimentAssert.agreesWithLedger(table);
        assertEquals(4 * 3 + 3, table.rows().size(), "three figures per resolution (4 of them) and three ratios");
    }

    @Test
    void deletingItsLedgerEntryMakesTheMeanWeightGapFailWithTheFiguresShown() {
        // an in-memory copy of the committed ledger; the file itself is not touched
        GapLedger ledger = GapLedger.standard().without(RefinementWitnessExperiment.ID, "QUICK",
                RefinementWitnessExperiment.MEAN_WEIGHT_RATIO);
        ExperimentTable table = experiment.judge(QuickRuns.refinement(), Scale.QUICK, ledger,
                RunInfo.here(Scale.QUICK, QuickRuns.refinement().seeds(), Instant.now(), 0));
        assertEquals(1, table.failures().size(), () -> table.toMarkdown());
        Row row = table.failures().get(0);
        assertEquals(Verdict.GAP_UNLEDGERED, row.judgement().verdict());
        String message = row.judgement().message();
        assertTrue(message.contains(RefinementWitnessExperiment.MEAN_WEIGHT_RATIO), message);
        assertTrue(message.contains("predicted 0.2500 by mean-weight-eq-m0-div-k-of-refinement"), message);
        assertTrue(message.contains(String.format(Locale.ROOT, "measured %.4g [",
                row.measurement().measured().value())), message);
    }

    @Test
    void theGainRatioIsTheReplicationFactorTimesTheMeanWeightRatio() {
        ExperimentTable table = experiment.judge(QuickRuns.refinement(), Scale.QUICK, GapLedger.standard(),
                RunInfo.here(Scale.QUICK, QuickRuns.refinement().seeds(), Instant.now(), 0));
        double m = table.row(RefinementWitnessExperiment.MEAN_WEIGHT_RATIO).measurement().measured().value();
        double gain = table.row(RefinementWitnessExperiment.GAIN_RATIO_AUDIT).measurement().measured().value();
        // eps m n / (eps m0 n0) = (m / m0) (n / n0) with n / n0 = 56^2 / 28^2 = 4; only rounding separates them
        assertEquals(RefinementWitnessExperiment.K * m, gain, 1e-12 * gain);
    }
}

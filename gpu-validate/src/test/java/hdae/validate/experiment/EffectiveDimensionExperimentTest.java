package hdae.validate.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.numeric.mc.ConfidenceInterval;
import hdae.numeric.mc.Estimate;
import hdae.validate.ledger.GapLedger;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class EffectiveDimensionExperimentTest {

    private final EffectiveDimensionExperiment experiment = EffectiveDimensionExperiment.of(QuickRuns.cache());

    private ExperimentTable table() {
        return experiment.judge(QuickRuns.effectiveDimension(), Scale.QUICK, GapLedger.standard(),
                RunInfo.here(Scale.QUICK, QuickRuns.effectiveDimension().seeds(), Instant.now(), 0));
    }

    @Test
    void everyQuickRowHoldsOrIsLedgered() {
        ExperimentTable table = table();
        ExperimentAssert.agreesWithLedger(table);
        // per n (4): cube accuracy, mass and the 5 sandwich rows; MNIST accuracy and two means; then 2 least-squares
        // slopes and the 2 independent-pixel slope brackets (reported), 2 MNIST slope brackets (judged)
        assertEquals(4 * (2 + 5 + 3) + 6, table.rows().size());
        assertEquals(1, table.figures().size());
    }

    @Test
    void everyCertifiedRadiusIsAtMostTheAttackDistance() {
        // R(x) <= d_2(x, other class) <= D(x) on every independent-pixel point
        for (Row r : table().rows()) {
            if (r.measurement().quantity().startsWith("certified <= attack")) {
                assertEquals(1.0, r.measurement().measured().value(), 0.0, r.measurement().quantity());
            }
        }
    }

    @Test
    void theRmsSlopeBracketIsTheEuclideanOneMinusOneHalf() {
        // |delta|_2/sqrt(n): the log of the rms mean is the log of the Euclidean mean minus (1/2) log n
        ExperimentTable table = table();
        for (String[] pair : new String[][] {
            {EffectiveDimensionExperiment.CUBE_SLOPE_L2, EffectiveDimensionExperiment.CUBE_SLOPE_RMS},
            {EffectiveDimensionExperiment.MNIST_SLOPE_L2, EffectiveDimensionExperiment.MNIST_SLOPE_RMS}}) {
            ConfidenceInterval l2 = table.row(pair[0]).measurement().measured().interval();
            ConfidenceInterval rms = table.row(pair[1]).measurement().measured().interval();
            assertEquals(l2.lower() - 0.5, rms.lower(), 1e-12, pair[1]);
            assertEquals(l2.upper() - 0.5, rms.upper(), 1e-12, pair[1]);
        }
    }

    @Test
    void theCubeBoundIsTheGeneralMassBoundOfBothClassRegions() {
        // at masses 1/2 and 1/2: G(1/2) + G(1/2) = 2/(2 pi) = 1/pi (G(1/2) = 1/(2 pi), the half-mass theorem)
        Estimate half = new Estimate(0.5, 0, 10, new ConfidenceInterval(0.5, 0.5, 0.95), "exact");
        assertEquals(1 / Math.PI, EffectiveDimensionExperiment.cubeBound(half), 1e-12);
        Estimate wide = new Estimate(0.6, 0, 10, new ConfidenceInterval(0.55, 0.65, 0.95), "exact");
        assertEquals(GeneralMassBound.mean(0.55) + GeneralMassBound.mean(0.35),
                EffectiveDimensionExperiment.cubeBound(wide), 0.0, "both masses at the lower ends of their intervals");
        Estimate none = new Estimate(1, 0, 10, new ConfidenceInterval(0.9, 1, 0.95), "exact");
        assertTrue(Double.isNaN(EffectiveDimensionExperiment.cubeBound(none)), "no minority point seen: no bound");
    }

    @Test
    void theRuleSplitsTheCubeIntoHalvesByTheFirstPixel() {
        // x_1 > 1/2 has probability exactly 1/2; 4000 points: two-sided binomial test at alpha = 1e-6,
        // |ones - 2000| <= 4.89 sqrt(4000/4) = 155
        var data = EffectiveDimensionExperiment.halfSpaceImages(49, 4_000, 1L);
        int ones = java.util.Arrays.stream(data.labels()).sum();
        assertTrue(Math.abs(ones - 2_000) <= 155, "label-1 points: " + ones);
        for (int i = 0; i < 20; i++) {
            assertEquals(data.row(i)[0] > 0.5 ? 1 : 0, data.label(i), "the rule on row " + i);
        }
    }
}

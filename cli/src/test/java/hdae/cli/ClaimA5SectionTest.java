package hdae.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.numeric.mc.ConfidenceInterval;
import hdae.numeric.mc.Estimate;
import hdae.proofs.format.Derivation;
import hdae.proofs.format.DerivationLibrary;
import hdae.symbolic.bound.BoundCatalogue;
import hdae.validate.experiment.CorrectedTheoremExperiment;
import hdae.validate.experiment.EffectiveDimensionExperiment;
import hdae.validate.experiment.Experiment;
import hdae.validate.experiment.ExperimentTable;
import hdae.validate.experiment.Measured;
import hdae.validate.experiment.RunInfo;
import hdae.validate.experiment.Scale;
import hdae.validate.ledger.Comparison;
import hdae.validate.ledger.GapLedger;
import hdae.validate.ledger.Measurement;
import hdae.validate.model.ModelCache;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The A5 section of the report: with an effective-dimension table it shows the slope brackets with their verdicts;
 * without one it names the command that measures them; and it always states when claim A5 holds and when not.
 */
class ClaimA5SectionTest {

    private static final ModelCache UNUSED = ModelCache.in(Path.of("target", "unused"));

    /** Hand-made rows judged by an experiment against the committed ledger (no training), as validation results. */
    private static ValidationResults judged(Experiment experiment, List<Measurement> rows) {
        ExperimentTable table = experiment.judge(new Measured(rows, List.of(1L)), Scale.QUICK, GapLedger.standard(),
                RunInfo.here(Scale.QUICK, List.of(1L), Instant.EPOCH, 0));
        return new ValidationResults(Path.of("stand-in"), List.of(table));
    }

    private static String report(ValidationResults validation) {
        List<Derivation> derivations = DerivationLibrary.standard(BoundCatalogue.standard());
        return ReportWriters.markdown(PaperReport.build(derivations, PaperReportTest.standInResults(), true, true,
                validation));
    }

    @Test
    void showsTheSlopeBracketsOfTheEffectiveDimensionExperimentWithTheirVerdicts() {
        // a hand-made row, judged by the experiment against the committed ledger
        Estimate bracket = new Estimate(0.02, 0, 40, new ConfidenceInterval(-0.1, 0.1, 0.95), "stand-in");
        Measurement row = new Measurement("MNIST: slope of the mean rms distance, n = 49 to 3136",
                "pixel-rms-dist-eq-function-dist-of-resolution-consistent", 0, bracket, Comparison.IN_INTERVAL,
                "stand-in");
        String md = report(judged(EffectiveDimensionExperiment.of(UNUSED), List.of(row)));
        assertTrue(md.contains("MNIST: slope of the mean rms distance, n = 49 to 3136"), "the slope row is listed");
        assertTrue(md.contains("[-0.100, 0.100]"), "with its bracket");
        assertTrue(md.contains("HOLDS"), "and its verdict");
        assertTrue(md.contains("So claim A5 holds, in its rms reading and for every classifier"), "the conclusion");
    }

    @Test
    void showsTheCorrectedTheoremMeansWhateverCertificateAndAttackTheRowsName() {
        // hand-made rows of the corrected-theorem table (judge only): the bracket's ends named after branch and bound
        Estimate mass = new Estimate(0.709, 0.005, 10_000, new ConfidenceInterval(0.7, 0.7179, 0.95), "stand-in");
        Estimate low = new Estimate(0.04995, 0.007, 200, new ConfidenceInterval(0.03571, 0.0642, 0.95), "stand-in");
        Estimate high = new Estimate(0.05067, 0.007, 200, new ConfidenceInterval(0.03623, 0.06512, 0.95), "stand-in");
        String bound = "cube-mean-dist-le-inv-2pi-of-half-mass";
        List<Measurement> rows = List.of(
                new Measurement("mu(A), student's majority region, n = 16", bound, 0.5, mass, Comparison.AT_LEAST,
                        "stand-in"),
                new Measurement("certified lower mean (max(CROWN, branch and bound)), d_2(x, A), all held-out points,"
                        + " n = 16, 200 samples", bound, Double.NaN, low, Comparison.NONE, "stand-in"),
                new Measurement("attack upper mean (min(DeepFool, PGD, branch and bound)), d_2(x, A), all held-out"
                        + " points, n = 16, 200 samples", bound, Double.NaN, high, Comparison.NONE, "stand-in"));
        String md = report(judged(CorrectedTheoremExperiment.of(UNUSED), rows));
        assertTrue(md.contains("0.0500 [0.0357, 0.0642]"), "the certified lower mean is shown");
        assertTrue(md.contains("0.0507 [0.0362, 0.0651]"), "the attack upper mean is shown");
    }

    @Test
    void namesTheCommandWhenTheExperimentHasNotRun() {
        String md = report(new ValidationResults(Path.of("none"), List.of()));
        assertTrue(md.contains("hdae validate --only effective-dimension"), "the command that measures it");
        assertTrue(md.contains("It cannot hold for every classifier when the coarse-scale variance stays of order 1"),
                "the conclusion does not depend on the measurement");
    }
}

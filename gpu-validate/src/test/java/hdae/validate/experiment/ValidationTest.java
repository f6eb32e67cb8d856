package hdae.validate.experiment;

import hdae.validate.ValidationException;
import hdae.validate.ledger.GapLedger;
import hdae.validate.model.PhaseTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static hdae.validate.ExceptionAssert.messageNamesAndSays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidationTest {

    @TempDir
    Path out;

    @Test
    void quickRunOfOneExperimentWritesItsTableAndExitsZero() throws IOException {
        int status = Validation.run(Scale.QUICK, PriorArgumentExperiment.ID, out, false, QuickRuns.cache());
        assertEquals(0, status, "every quick row holds or is ledgered");
        String table = Files.readString(out.resolve(PriorArgumentExperiment.ID + "-quick.md"));
        assertTrue(table.contains("| quantity | bound | predicted |"), table);
        assertTrue(table.contains("GAP_LEDGERED"), table);
        ExperimentTable json = TableJson.read(out.resolve(PriorArgumentExperiment.ID + "-quick.json"));
        assertEquals(PriorArgumentExperiment.ID, json.id());
        assertTrue(json.failures().isEmpty(), "the JSON keeps the verdicts");
        assertEquals(0, Validation.run(Scale.QUICK, PriorArgumentExperiment.ID, out, true, QuickRuns.cache()),
                "judging the same table again changes nothing");
        assertEquals(json.rows(), TableJson.read(out.resolve(PriorArgumentExperiment.ID + "-quick.json")).rows());
        String index = Files.readString(out.resolve("index-quick.md"));
        assertTrue(index.contains("[" + PriorArgumentExperiment.ID + "](" + PriorArgumentExperiment.ID + "-quick.md)"),
                index);
    }

    /**
     * Claim: experiments run two at once on two threads give, bit for bit, the tables of one at a time (rows,
     * verdicts and figures; {@link QuickRuns} measured them one after another on the test's thread), each with its
     * own phase times. The four quick experiments that take a few seconds, among them the branch and bound of
     * the corrected theorem.
     */
    @Test
    void twoExperimentsAtOnceGiveTheTablesOfOneAtATime() {
        Map<String, Supplier<Measured>> alone = Map.of(PriorArgumentExperiment.ID, QuickRuns::prior,
                RefinementWitnessExperiment.ID, QuickRuns::refinement, CorrectedTheoremExperiment.ID,
                QuickRuns::correctedTheorem, SphereConcentrationExperiment.ID, QuickRuns::spheres);
        List<String> ids = List.of(PriorArgumentExperiment.ID, RefinementWitnessExperiment.ID,
                CorrectedTheoremExperiment.ID, SphereConcentrationExperiment.ID);
        Validation.run(Scale.QUICK, ids, false, out, false, QuickRuns.cache(), 2);
        for (String id : ids) {
            ExperimentTable together = TableJson.read(out.resolve(id + "-quick.json"));
            Experiment experiment = Validation.all(QuickRuns.cache()).stream().filter(e -> e.id().equals(id))
                    .findFirst().orElseThrow();
            ExperimentTable one = experiment.judge(alone.get(id).get(), Scale.QUICK, GapLedger.standard(),
                    together.run());
            assertEquals(TableJson.write(one), TableJson.write(together), id);
            assertEquals(2, together.run().concurrent(), id);
            long phases = together.run().phases().stream().mapToLong(PhaseTime::wallMillis).sum();
            // the phases partition the measured wall time (each truncated to whole milliseconds)
            assertTrue(phases <= together.run().durationMillis()
                    && phases > together.run().durationMillis() - together.run().phases().size(),
                    id + ": phases " + together.run().phases() + " against " + together.run().durationMillis());
        }
        // a later run starts them longest first by these durations
        List<Long> durations = Validation.longestFirst(ids, out, "quick").stream()
                .map(id -> TableJson.read(out.resolve(id + "-quick.json")).run().durationMillis()).toList();
        assertEquals(durations.stream().sorted(Comparator.reverseOrder()).toList(), durations);
    }

    @Test
    void rejudgingNeedsAnEarlierTable() {
        messageNamesAndSays("--rejudge", "an earlier run's table", assertThrows(ValidationException.class,
                () -> Validation.run(Scale.QUICK, PriorArgumentExperiment.ID, out, true, QuickRuns.cache())));
    }

    @Test
    void rejectsAnUnknownExperimentNamingTheKnownOnes() {
        messageNamesAndSays("--only", PriorArgumentExperiment.ID, assertThrows(ValidationException.class,
                () -> Validation.run(Scale.QUICK, "nope", out, false, QuickRuns.cache())));
    }
}

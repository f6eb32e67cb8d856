package hdae.validate.experiment;

import hdae.validate.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

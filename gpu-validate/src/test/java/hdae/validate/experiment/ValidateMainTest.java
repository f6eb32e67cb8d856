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

class ValidateMainTest {

    @TempDir
    Path out;

    @Test
    void quickRunOfOneExperimentWritesItsTableAndExitsZero() throws IOException {
        int status = ValidateMain.run(new String[] {"--scale", "quick", "--only", PriorArgumentExperiment.ID,
            "--out", out.toString()}, QuickRuns.cache());
        assertEquals(0, status, "every quick row holds or is ledgered");
        String table = Files.readString(out.resolve(PriorArgumentExperiment.ID + "-quick.md"));
        assertTrue(table.contains("| quantity | bound | predicted |"), table);
        assertTrue(table.contains("GAP_LEDGERED"), table);
        ExperimentTable json = TableJson.read(out.resolve(PriorArgumentExperiment.ID + "-quick.json"));
        assertEquals(PriorArgumentExperiment.ID, json.id());
        assertTrue(json.failures().isEmpty(), "the JSON keeps the verdicts");
        assertEquals(0, ValidateMain.run(new String[] {"--scale", "quick", "--only", PriorArgumentExperiment.ID,
            "--out", out.toString(), "--rejudge"}, QuickRuns.cache()), "judging the same table again changes nothing");
        assertEquals(json.rows(), TableJson.read(out.resolve(PriorArgumentExperiment.ID + "-quick.json")).rows());
        String index = Files.readString(out.resolve("index-quick.md"));
        assertTrue(index.contains("[" + PriorArgumentExperiment.ID + "](" + PriorArgumentExperiment.ID + "-quick.md)"),
                index);
    }

    @Test
    void rejudgingNeedsAnEarlierTable() {
        messageNamesAndSays("--rejudge", "an earlier run's table", assertThrows(ValidationException.class,
                () -> ValidateMain.run(new String[] {"--only", PriorArgumentExperiment.ID, "--rejudge", "--out",
                    out.toString()}, QuickRuns.cache())));
    }

    @Test
    void rejectsAnUnknownScaleAndAnUnknownExperiment() {
        messageNamesAndSays("--scale", "quick or full", assertThrows(ValidationException.class,
                () -> ValidateMain.run(new String[] {"--scale", "huge"}, QuickRuns.cache())));
        messageNamesAndSays("--only", PriorArgumentExperiment.ID, assertThrows(ValidationException.class,
                () -> ValidateMain.run(new String[] {"--only", "nope"}, QuickRuns.cache())));
    }
}

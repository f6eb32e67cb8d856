package hdae.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs are checked before the work and written as a set; inputs named by options must exist. Every bad case
 * exits 2 with one line, before any long work (each is timed against a bound far below the work it would start:
 * a minute of checking, minutes of measuring).
 */
class OutputsAndInputsTest {
    private static final double BEFORE_WORK_SECONDS = 10;

    private static HdaeTest.Run badInput(String... args) {
        long start = System.nanoTime();
        HdaeTest.Run r = HdaeTest.run(args);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(Hdae.BAD_INPUT, r.code(), () -> String.join(" ", args) + ": " + r.err() + r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("hdae: ") && !r.err().contains("\tat "), r.err());
        assertTrue(seconds < BEFORE_WORK_SECONDS, String.join(" ", args) + " took " + seconds + " s");
        return r;
    }

    @Test
    void aFileAsTheOutputFolderIsRefusedBeforeChecking(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("passwd"), "root:x:0:0");
        assertTrue(badInput("latex", "--out", file.toString()).err().contains("expected a folder for --out"));
        assertTrue(badInput("audit", "--out", file.resolve("sub").toString()).err().contains("is a file"));
        assertTrue(badInput("census", "--scale", "quick", "--out", file.toString()).err().contains("--out"));
        assertEquals("root:x:0:0", Files.readString(file));
    }

    @Test
    void anUncreatableOutputFolderIsRefusedBeforeWork() {
        assertTrue(badInput("audit", "--out", "/proc/hdae-no-such-folder").err().contains("writable folder for --out"));
    }

    @Test
    void reportOnTheRootFolderNeedsNoParentAndNamesAMissingInput(@TempDir Path dir) {
        // the root has no parent folder: the inputs are read from their documented places or options
        String err = badInput("report", "--out", "/", "--census", dir.resolve("no-census").toString()).err();
        assertTrue(err.contains("expected an existing folder for --census") && !err.contains("NullPointer"), err);
        assertTrue(badInput("report", "--out", dir.toString(), "--audit", dir.resolve("none").toString()).err()
                .contains("--audit"));
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".hdae-staging")), "staging removed");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void missingInputsAreErrorsNotEmptyResults(@TempDir Path dir) {
        Path nowhere = dir.resolve("new-folder");
        assertTrue(badInput("validate", "--rejudge", "--out", nowhere.toString()).err().contains("--rejudge"));
        assertFalse(Files.exists(nowhere.resolve("index-quick.md")), "no empty index is written");
        assertTrue(badInput("latex", "--validation", nowhere.toString(), "--out", dir.resolve("latex").toString())
                .err().contains("--validation"));
        assertFalse(Files.exists(dir.resolve("latex")), "nothing written");
    }

    @Test
    void aFolderInPlaceOfATableFailsBeforeMeasuringAndWritesNothing(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("prior-fgsm-linear-quick.md"));
        assertTrue(badInput("validate", "--only", "prior-fgsm-linear", "--out", dir.toString()).err()
                .contains("prior-fgsm-linear-quick.md"));
        assertFalse(Files.exists(dir.resolve("prior-fgsm-linear-quick.json")), "no half of the table is written");
    }

    @Test
    void validateRefusesAParallelCountBelowOneBeforeMeasuring(@TempDir Path dir) {
        assertTrue(badInput("validate", "--only", "prior-fgsm-linear", "--parallel", "0", "--out", dir.toString())
                .err().contains("expected a number of experiments of at least 1 for --parallel, got 0"));
        assertFalse(Files.exists(dir.resolve("prior-fgsm-linear-quick.json")), "nothing measured");
        assertTrue(badInput("validate", "--parallel", "two", "--out", dir.toString()).err().contains("--parallel"));
    }

    @Test
    void benchRefusesMoreImagesThanMnistHas() {
        assertTrue(badInput("bench", "--train-size", "99999999").err().contains("expected 1 to 60000 for --train-size"));
        assertTrue(badInput("bench", "--images", "10001").err().contains("--images"));
    }

    @Test
    void certifyBenchRefusesBadBudgetsBeforeAnyWork() {
        assertTrue(badInput("bench", "--mode", "certify", "--bab-seconds", "0").err()
                .contains("expected 1 to 3600 for --bab-seconds"));
        assertTrue(badInput("bench", "--mode", "certify", "--json", "x.json").err().contains("--mode toolkit"));
        assertTrue(badInput("bench", "--mode", "certify", "--bab-cpu-seconds", "0").err()
                .contains("expected 1 to 3600 for --bab-cpu-seconds"));
        assertTrue(badInput("bench", "--mode", "certify", "--bab-seconds", "5", "--bab-cpu-seconds", "5").err()
                .contains("one of --bab-seconds and --bab-cpu-seconds"));
    }

    @Test
    void crownBenchNeedsAReadableNetworkFileBeforeAnyWork(@TempDir Path dir) throws IOException {
        assertTrue(badInput("bench", "--mode", "crown").err().contains("expected --model FILE"));
        Path none = dir.resolve("none.npz");
        String err = badInput("bench", "--mode", "crown", "--model", none.toString()).err();
        assertTrue(err.contains(none.toString()) && err.contains("no such file"), err);
        Path garbage = Files.writeString(dir.resolve("garbage.npz"), "not a zip archive");
        assertTrue(badInput("bench", "--mode", "crown", "--model", garbage.toString()).err()
                .contains(garbage.toString()));
        assertTrue(badInput("bench", "--model", garbage.toString()).err().contains("only with --mode crown"));
        assertTrue(badInput("bench", "--mode", "crown", "--model", garbage.toString(), "--images", "0").err()
                .contains("expected 1 to 10000 for --images"));
        assertTrue(badInput("bench", "--mode", "crown", "--model", garbage.toString(), "--json",
                dir.resolve("no/such/folder.json").toString()).err().contains("cannot write --json"));
    }

    @Test
    void aStagedSetMovesNothingWhenOneTargetIsAFolder(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("b.txt"));
        try (OutputFolder folder = OutputFolder.open(out, "--out")) {
            Files.writeString(folder.staging().resolve("a.txt"), "a");
            Files.writeString(folder.staging().resolve("b.txt"), "b");
            assertThrows(IllegalArgumentException.class, folder::commit);
        }
        assertFalse(Files.exists(out.resolve("a.txt")), "a.txt was moved although b.txt could not be");
        try (OutputFolder folder = OutputFolder.open(dir.resolve("fresh/deeper"), "--out")) {
            Files.createDirectories(folder.staging().resolve("sub"));
            Files.writeString(folder.staging().resolve("sub/c.txt"), "c");
            folder.commit();
        }
        assertEquals("c", Files.readString(dir.resolve("fresh/deeper/sub/c.txt")));
        try (Stream<Path> s = Files.walk(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".hdae-staging")), "staging removed");
        }
    }

    @Test
    void reportLinksAreRelativeToTheReportFolder() {
        assertEquals("../census/", ReportCommand.link(Path.of("/a/docs/report"), Path.of("/a/docs/census")));
        assertEquals("../../x/validation/", ReportCommand.link(Path.of("/a/docs/report"), Path.of("/a/x/validation")));
    }
}

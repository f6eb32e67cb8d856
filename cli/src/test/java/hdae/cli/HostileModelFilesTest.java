package hdae.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad model or data file of the tests ({@code hostile-models/cases.tsv}: truncated, wrong shape, unsupported
 * layer; Keras, ONNX, .npz, .npy and IDX) makes {@code hdae measure} exit 2 with one line on standard error that
 * names the file and the problem, before any measuring, and leaves no output folder.
 */
class HostileModelFilesTest {
    /** The fixtures, from the cli module's folder (Maven runs tests there). */
    private static final Path FIXTURES = Path.of("..", "gpu-validate", "src", "test", "resources", "hdae", "validate");

    static Stream<String[]> cases() throws IOException {
        try (InputStream in = HostileModelFilesTest.class.getResourceAsStream("hostile-models/cases.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void exitsTwoWithOneLineNamingTheFileAndTheProblem(String model, String images, String labels, String problem,
            @TempDir Path dir) {
        Path out = dir.resolve("out");
        HdaeTest.Run r = HdaeTest.run("measure", "--model", FIXTURES.resolve(model).toString(), "--images",
                FIXTURES.resolve(images).toString(), "--labels", FIXTURES.resolve(labels).toString(), "--limit", "3",
                "--out", out.toString());
        String bad = Stream.of(model, images, labels).filter(f -> f.contains("bad/")).findFirst().orElseThrow();
        assertEquals(Hdae.BAD_INPUT, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(Path.of(bad).getFileName().toString()), r.err());
        assertTrue(r.err().contains(problem), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(out), "output folder written: " + Arrays.toString(out.toFile().list()));
    }
}

package hdae.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --json} of the commands that write files: one JSON object on standard output naming the files written,
 * each of which exists; the help of each command documents the option and the exit codes.
 */
class JsonOptionTest {
    @ParameterizedTest
    @ValueSource(strings = {"audit", "report", "census", "check"})
    void helpDocumentsJsonAndTheExitCodes(String command) {
        HdaeTest.Run r = HdaeTest.run(command, "--help");
        assertEquals(Hdae.OK, r.code(), r.err());
        assertTrue(r.out().contains("--json") && r.out().contains("Exit codes:"), r.out());
    }

    @Test
    void censusPrintsTheFilesItWroteAsJson(@TempDir Path dir) throws IOException {
        HdaeTest.Run r = HdaeTest.run("census", "--scale", "quick", "--goe-samples", "100", "--out", dir.toString(), "--json");
        assertEquals(Hdae.OK, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("quick", root.get("scale").asText());
        List<String> wrote = new ArrayList<>();
        root.get("wrote").forEach(n -> wrote.add(n.asText()));
        for (String name : List.of("census.md", "census.csv", "census.tex", "index-vs-loss.png")) {
            assertTrue(wrote.contains(dir.resolve(name).toString()), name + " missing from " + wrote);
        }
        for (String f : wrote) {
            assertTrue(Files.isRegularFile(Path.of(f)), f + " was not written");
        }
    }
}

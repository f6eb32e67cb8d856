package hdae.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code hdae measure} on a network trained outside hdae (PyTorch; the fixtures and the script that made them
 * are in gpu-validate's test resources): the documented files, and one line with exit 2 for what it cannot read.
 */
class MeasureCommandTest {
    /** The fixtures, from the cli module's folder (Maven runs tests there). */
    private static final Path FIXTURES = Path.of("..", "gpu-validate", "src", "test", "resources", "hdae", "validate",
            "measure");

    private static String fixture(String name) {
        return FIXTURES.resolve(name).toString();
    }

    @Test
    void writesSamplesAndSummary(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("m");
        HdaeTest.Run r = HdaeTest.run("measure", "--model", fixture("mlp-49-32-10.npz"), "--images",
                fixture("images.npy"), "--labels", fixture("labels.npy"), "--limit", "12", "--eps", "0.2,0.4",
                "--out", out.toString());
        assertEquals(Hdae.OK, r.code(), r.err());
        List<String> csv = Files.readAllLines(out.resolve("samples.csv"));
        assertEquals(13, csv.size());
        assertTrue(csv.get(0).startsWith("index,label,predicted,correct,certified_l2"), csv.get(0));
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(12, summary.get("samples").asInt());
        assertEquals(49, summary.get("dimension").asInt());
        assertEquals(2, summary.get("robust_accuracy_l2").size());
        for (JsonNode e : summary.get("robust_accuracy_l2")) {
            assertTrue(e.get("certified_accuracy").get("value").asDouble()
                    <= e.get("accuracy_under_attack").get("value").asDouble());
        }
    }

    /** The same command on the Keras and ONNX networks of imported/make_fixtures.py (PyTorch, h5py, onnx). */
    @ParameterizedTest
    @ValueSource(strings = {"keras-49-24-10.h5", "mlp-gemm.onnx", "mlp-matmul.onnx"})
    void readsKerasAndOnnxModels(String model, @TempDir Path dir) throws IOException {
        Path out = dir.resolve("m");
        HdaeTest.Run r = HdaeTest.run("measure", "--model", FIXTURES.resolveSibling("imported").resolve(model)
                .toString(), "--images", fixture("images.npy"), "--labels", fixture("labels.npy"), "--limit", "4",
                "--out", out.toString(), "--json");
        assertEquals(Hdae.OK, r.code(), r.err());
        JsonNode summary = new ObjectMapper().readTree(r.out());
        assertEquals(summary, new ObjectMapper().readTree(out.resolve("summary.json").toFile()));
        assertEquals("49x" + (model.startsWith("keras") ? 24 : 32), summary.get("layers").get(0).asText());
        assertEquals(5, Files.readAllLines(out.resolve("samples.csv")).size());
    }

    @Test
    void unreadableInputsExitTwoWithOneLineNamingTheFile(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.npz");
        Files.writeString(broken, "not a zip");
        String[][] cases = {
            {"measure", "--model", dir.resolve("missing.npz").toString(), "--data", "mnist:7", "--out", dir.toString()},
            {"measure", "--model", broken.toString(), "--data", "mnist:7", "--out", dir.toString()},
            {"measure", "--model", fixture("mlp-49-32-10.npz"), "--data", "mnist", "--out", dir.toString()},
            {"measure", "--model", fixture("mlp-49-32-10.npz"), "--data", "mnist:9", "--out", dir.toString()},
            {"measure", "--model", fixture("mlp-49-32-10.npz"), "--images", fixture("images.npy"), "--labels",
                fixture("logits.npy"), "--out", dir.toString()},
            {"measure", "--model", fixture("mlp-49-32-10.npz"), "--data", "mnist:7", "--out", "/proc/hdae-no"},
        };
        for (String[] args : cases) {
            HdaeTest.Run r = HdaeTest.run(args);
            assertEquals(Hdae.BAD_INPUT, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertFalse(r.err().contains("Exception:") || r.err().contains("\tat "), r.err());
        }
    }
}

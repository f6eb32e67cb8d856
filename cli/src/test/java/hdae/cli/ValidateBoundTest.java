package hdae.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code hdae validate --bound ID --model FILE}: a catalogue bound checked on a network trained outside hdae
 * (PyTorch; gpu-validate's {@code imported/make_fixtures.py}), with its table written as a set and printed as
 * JSON; and one line with exit 2 for what cannot be checked.
 */
class ValidateBoundTest {
    private static final Path FIXTURES = Path.of("..", "gpu-validate", "src", "test", "resources", "hdae", "validate",
            "imported");
    private static final String MEAN = "cube-mean-dist-le-inv-2pi-of-half-mass";

    private static String fixture(String name) {
        return FIXTURES.resolve(name).toString();
    }

    @Test
    void checksTheCorrectedTheoremOnAUsersNetwork(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("v");
        HdaeTest.Run r = HdaeTest.run("validate", "--bound", MEAN, "--model", fixture("binary-16-32-2.npz"), "--out",
                out.toString(), "--json");
        assertTrue(r.code() == Hdae.OK || r.code() == 1, r.err());
        JsonNode table = new ObjectMapper().readTree(r.out());
        assertEquals("corrected-theorem-user-model", table.get("id").asText());
        assertEquals(MEAN, table.get("bound").asText());
        assertTrue(Files.isRegularFile(out.resolve("corrected-theorem-user-model-quick.md")));
        assertEquals(table, new ObjectMapper().readTree(out.resolve("corrected-theorem-user-model-quick.json").toFile()));
        // the exit code says whether a row failed, as for the built-in experiments
        boolean failing = r.err().contains("GAP_UNLEDGERED") || r.err().contains("REFUTED");
        assertEquals(failing ? 1 : Hdae.OK, r.code(), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--bound no-such-bound --model binary-16-32-2.npz",
        "--bound " + MEAN,
        "--bound " + MEAN + " --model mlp-gemm.onnx",
        "--bound " + MEAN + " --model bad/truncated.onnx",
        "--model binary-16-32-2.npz",
        "--bound " + MEAN + " --model binary-16-32-2.npz --only prior-fgsm-linear",
        "--model-cache /proc/hdae-no --only prior-fgsm-linear",
        "--bound adv-l2-mean-isbigo-inv-sqrt-n --model mlp-196-32-10.npz",
        "--bound adv-l2-mean-isbigo-inv-sqrt-n --model mlp-196-32-10.npz --model binary-16-32-2.npz",
        "--bound adv-l2-mean-isbigo-inv-sqrt-n --model mlp-196-32-10.npz --model bad/mlp-bad-shapes.npz"})
    void whatCannotBeCheckedIsOneLineAndExitTwo(String args, @TempDir Path dir) {
        String[] words = args.split(" ");
        for (int i = 1; i < words.length; i++) {
            if (words[i - 1].equals("--model")) {
                words[i] = fixture(words[i]);
            }
        }
        String[] all = new String[words.length + 3];
        all[0] = "validate";
        System.arraycopy(words, 0, all, 1, words.length);
        all[words.length + 1] = "--out";
        all[words.length + 2] = dir.resolve("v").toString();
        HdaeTest.Run r = HdaeTest.run(all);
        assertEquals(Hdae.BAD_INPUT, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(dir.resolve("v")), "nothing written");
    }
}

package hdae.validate.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The README's benchmark command, run at smoke-test scale (2000 training images, 16 attacked images): it must
 * print every figure the README promises. Speed itself is measured by running it, not asserted here.
 */
class ToolkitBenchmarkTest {

    @Test
    void printsEpochTimeAttackTimesAndThreadCount() {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            ToolkitBenchmark.main(new String[] {"--train-size", "2000", "--images", "16"});
        } finally {
            System.setOut(saved);
        }
        String output = buffer.toString(StandardCharsets.UTF_8);
        for (String expected : new String[] {"ND4J max threads", "s per epoch", "FGSM", "PGD-L2 (20 steps",
            "DeepFool-L2", "ms per image"}) {
            assertTrue(output.contains(expected), "missing '" + expected + "' in:\n" + output);
        }
    }
}

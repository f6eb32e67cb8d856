package hdae.validate.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.validate.bench.BenchFigures.Timing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's JSON names each time twice, wall clock and process CPU, under the keys that
 * {@code bench/torch_reference.py} writes, so that compare.py and scale.py read both frameworks alike.
 */
class BenchFiguresTest {

    private static final BenchFigures FIGURES = new BenchFigures("784-128-10", 1, new Timing(2.5, 2.0),
            new double[] {3.0, 2.0}, new Timing(0.1, 0.09), 0.9, new Timing(0.4, 0.3), 0.7, new Timing(1.2, 1.1), 1.0, 0.8, 1.25,
            Timing.NONE, Double.NaN);

    @Test
    void namesWallAndCpuTimesApart() {
        Map<String, Object> m = FIGURES.asMap();
        assertEquals(2.5, m.get("train_seconds_per_epoch"));
        assertEquals(2.0, m.get("train_cpu_seconds_per_epoch"));
        assertEquals(List.of(3.0, 2.0), m.get("train_seconds_by_epoch"));
        assertEquals(1.2, m.get("deepfool_ms_per_image"));
        assertEquals(1.1, m.get("deepfool_cpu_ms_per_image"));
        assertEquals(0.09, m.get("fgsm_cpu_ms_per_image"));
        assertEquals(0.3, m.get("pgd_cpu_ms_per_image"));
    }

    @Test
    void leavesOutWhatWasNotRun() {
        Map<String, Object> m = FIGURES.asMap();
        assertFalse(m.containsKey("bisection_ms_per_image") || m.containsKey("bisection_cpu_ms_per_image")
                || m.containsKey("bisection_mean_l2"), m.toString());
    }

    @Test
    void everyKeyIsOneThePyTorchReferenceWrites() throws IOException {
        // Surefire runs in the module's folder, beside bench/
        String script = Files.readString(Path.of("bench", "torch_reference.py"), StandardCharsets.UTF_8);
        BenchFigures all = new BenchFigures("784-128-10", 1, new Timing(1, 1), new double[] {1}, new Timing(1, 1), 1,
                new Timing(1, 1), 1, new Timing(1, 1), 1, 1, 1, new Timing(1, 1), 1);
        for (String key : all.asMap().keySet()) {
            assertTrue(script.contains("\"" + key + "\""), "torch_reference.py does not write " + key);
        }
    }
}

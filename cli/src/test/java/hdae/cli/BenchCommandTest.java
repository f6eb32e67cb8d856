package hdae.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hdae.validate.export.MlpExport;
import hdae.validate.model.Classifier;
import hdae.validate.model.ModelSpec;
import hdae.validate.model.Precision;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hdae bench --mode crown}: on a network file (here a seeded, untrained softmax regression 784-10, so that
 * the run takes a second) it writes the figures that compare.py reads, under crown_reference.py's keys.
 */
class BenchCommandTest {

    @Test
    void crownModeWritesTheFiguresCompareReads(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("linear.npz");
        MlpExport.write(Classifier.initialised(ModelSpec.softmaxRegression(784, 10).withPrecision(Precision.DOUBLE),
                3L), model);
        Path json = dir.resolve("crown.json");
        HdaeTest.Run r = HdaeTest.run("bench", "--mode", "crown", "--model", model.toString(), "--images", "2",
                "--json", json.toString());
        assertEquals(Hdae.OK, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals("784-10", root.get("architecture").asText());
        assertEquals("L2", root.get("crown_norm").asText());
        assertEquals("none", root.get("crown_box").asText());
        assertEquals(1e-3, root.get("crown_tolerance").asDouble());
        assertEquals(2, root.get("crown_images").asInt());
        JsonNode radii = root.get("crown_radii");
        assertEquals(2, radii.size());
        // correctly classified images have a positive certified radius (an affine network's bound is exact)
        assertTrue(radii.get(0).asDouble() > 0 && radii.get(1).asDouble() > 0, radii.toString());
        assertEquals((radii.get(0).asDouble() + radii.get(1).asDouble()) / 2, root.get("crown_mean_radius").asDouble(),
                1e-15);
        for (String key : new String[] {"crown_ms_per_image", "crown_cpu_ms_per_image",
                "crown_thread_cpu_ms_per_image"}) {
            assertTrue(root.get(key).asDouble() >= 0, key + " " + root.get(key));
        }
    }
}

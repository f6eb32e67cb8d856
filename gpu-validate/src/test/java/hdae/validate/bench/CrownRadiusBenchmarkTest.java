package hdae.validate.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.validate.ValidationException;
import hdae.validate.data.Dataset;
import hdae.validate.export.MlpExport;
import hdae.validate.model.Classifier;
import hdae.validate.model.DenseLayerParameters;
import hdae.validate.model.ModelSpec;
import hdae.validate.model.Precision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CROWN radius benchmark: it times the first M correctly classified points in order, its radii are the exact
 * minimal L2 distances for an affine classifier (CROWN is exact there) up to the bisection's tolerance, its JSON uses
 * the keys {@code bench/crown_reference.py} writes, and a network file of another shape is one message naming it.
 */
class CrownRadiusBenchmarkTest {

    private static final int N = 20;
    private static final int K = 3;
    private static final int POINTS = 40;

    /** A seeded softmax regression 20 -> 3 in double precision. */
    private static Classifier affine() {
        return Classifier.initialised(ModelSpec.softmaxRegression(N, K).withPrecision(Precision.DOUBLE), 5L);
    }

    /**
     * Exact minimal L2 distance in \(\mathbb{R}^n\) of an affine classifier \(z = W^\top x + b\) at a point of class
     * y: \(\min_{j \ne y} (z_y - z_j) / \|W_{\cdot y} - W_{\cdot j}\|_2\). The points not classified y lie in the
     * union of the half-spaces \(\{x : z_j(x) \ge z_y(x)\}\), and the L2 distance from \(x_0\) to \(\{x : d^\top x
     * \le c\}\) is \((d^\top x_0 - c) / \|d\|_2\) when positive (the orthogonal projection onto the hyperplane).
     */
    private static double exactDistance(DenseLayerParameters p, double[] x, int y) {
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < K; j++) {
            if (j == y) {
                continue;
            }
            double margin = p.bias()[y] - p.bias()[j];
            double sq = 0;
            for (int i = 0; i < N; i++) {
                double d = p.weights()[i][y] - p.weights()[i][j];
                margin += d * x[i];
                sq += d * d;
            }
            best = Math.min(best, margin / Math.sqrt(sq));
        }
        return best;
    }

    /** Seeded points in [0,1]^20 labelled by the model except every fifth, labelled wrongly. */
    private static Dataset points(Classifier model) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(11L);
        float[] features = new float[POINTS * N];
        for (int i = 0; i < features.length; i++) {
            features[i] = rng.nextFloat();
        }
        Dataset unlabelled = Dataset.of("points", features, new int[POINTS], N, K);
        int[] predicted = model.predict(unlabelled.rows(0, POINTS));
        int[] labels = new int[POINTS];
        for (int i = 0; i < POINTS; i++) {
            labels[i] = i % 5 == 0 ? (predicted[i] + 1) % K : predicted[i];
        }
        return Dataset.of("points", features, labels, N, K);
    }

    @Test
    void timesTheFirstCorrectlyClassifiedPointsAtTheirExactDistance() {
        Classifier model = affine();
        Dataset test = points(model);
        CrownRadiusBenchmark.Figures f = CrownRadiusBenchmark.run(model, test, 10);
        assertEquals(10, f.radii().length);
        assertEquals("20-3", f.architecture());
        DenseLayerParameters p = model.denseLayers().get(0);
        List<Integer> correct = new ArrayList<>();
        for (int i = 0; correct.size() < 10; i++) {
            if (i % 5 != 0) {
                correct.add(i);
            }
        }
        for (int k = 0; k < 10; k++) {
            int i = correct.get(k);
            double exact = exactDistance(p, test.row(i), test.label(i));
            double r = f.radii()[k];
            // sound: never above the exact distance; bisection stops within 1e-3 of its upper end, and the
            // outward rounding of the bound moves that end by far less than 1e-9 relative
            assertTrue(r <= exact && r >= exact * (1 - CrownRadiusBenchmark.TOLERANCE) * (1 - 1e-9),
                    "point " + i + ": radius " + r + ", exact distance " + exact);
        }
        assertTrue(f.time().wall() > 0 && f.time().cpu() >= 0 && f.threadCpuMsPerImage() >= 0, f.toString());
    }

    @Test
    void timesAllCorrectPointsWhenFewerThanAsked() {
        Classifier model = affine();
        // 32 of the 40 points are labelled as the model predicts
        assertEquals(POINTS - POINTS / 5, CrownRadiusBenchmark.run(model, points(model), 1000).radii().length);
    }

    @Test
    void everyKeyIsOneTheCrownReferenceWrites() throws IOException {
        // Surefire runs in the module's folder, beside bench/
        String script = Files.readString(Path.of("bench", "crown_reference.py"), StandardCharsets.UTF_8);
        Map<String, Object> m = new CrownRadiusBenchmark.Figures("784-10", new double[] {0.25, 0.75},
                new BenchFigures.Timing(2, 1), 0.5).asMap();
        for (String key : m.keySet()) {
            assertTrue(script.contains("\"" + key + "\""), "crown_reference.py does not write " + key);
        }
        assertEquals(0.5, m.get("crown_mean_radius"));
        assertEquals(2.0, m.get("crown_ms_per_image"));
        assertEquals(1.0, m.get("crown_cpu_ms_per_image"));
        assertEquals(0.5, m.get("crown_thread_cpu_ms_per_image"));
        assertEquals("none", m.get("crown_box"));
    }

    @Test
    void aNetworkOfAnotherShapeOrNoFileIsOneMessageNamingIt(@TempDir Path dir) {
        Path small = dir.resolve("small.npz");
        MlpExport.write(affine(), small);
        ValidationException shape = assertThrows(ValidationException.class,
                () -> CrownRadiusBenchmark.readNetwork(small));
        assertTrue(shape.getMessage().contains(small.toString()) && shape.getMessage().contains("784 inputs"),
                shape.getMessage());
        Path none = dir.resolve("none.npz");
        ValidationException missing = assertThrows(ValidationException.class,
                () -> CrownRadiusBenchmark.readNetwork(none));
        assertTrue(missing.getMessage().contains(none.toString()), missing.getMessage());
    }
}

package hdae.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.validate.attack.Box;
import hdae.validate.attack.FixedBudgetResult;
import hdae.validate.attack.L2DeepFool;
import hdae.validate.attack.L2Pgd;
import hdae.validate.attack.MinimizationResult;
import hdae.validate.certify.BoundMethod;
import hdae.validate.certify.CertifiedRadius;
import hdae.validate.data.Dataset;
import hdae.validate.data.Mnist;
import hdae.validate.data.Resolution;
import hdae.validate.model.Classifier;
import hdae.validate.model.ModelCache;
import hdae.validate.model.ModelSpec;
import hdae.validate.model.TrainingSpec;
import hdae.validate.norm.Budget;
import hdae.validate.norm.Norm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The Java example of README.md, verbatim between the markers, with the model cache in a temporary folder. */
class ReadmeExampleTest {

    @TempDir
    Path cacheDir;

    @Test
    void readmeExampleIsTheCodeBelowVerbatim() throws IOException {
        // Surefire runs in the module folder, where README.md and the sources live
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        List<String> block = readme.subList(readme.indexOf("```java") + 1,
                readme.subList(readme.indexOf("```java"), readme.size()).indexOf("```") + readme.indexOf("```java"));
        List<String> source = Files.readAllLines(Path.of("src/test/java/hdae/validate/ReadmeExampleTest.java"));
        int begin = source.indexOf("            // --- README example begins");
        int end = source.indexOf("            // --- README example ends");
        List<String> code = source.subList(begin + 1, end).stream().map(line -> line.replaceFirst("^ {12}", ""))
                .toList();
        assertEquals(block, code);
    }

    @Test
    void readmeExampleRunsAndItsCertificatesLieBelowDeepFool() {
        String saved = System.getProperty("hdae.cache.dir");
        System.setProperty("hdae.cache.dir", cacheDir.toString());
        try {
            // --- README example begins
            Dataset train = Resolution.downsample(Mnist.train(), 2);                // 14x14, n = 196
            Dataset test = Resolution.downsample(Mnist.test(), 2);
            Classifier model = ModelCache.defaultCache()
                    .getOrTrain(ModelSpec.mlp(196, List.of(128), 10), TrainingSpec.of(2, 128, 42L), train)
                    .classifier();
            double[][] x = test.rows(0, 200);
            int[] y = Arrays.copyOf(test.labels(), 200);

            MinimizationResult deepFool = L2DeepFool.of().attack(model, x, y);       // distance per sample
            FixedBudgetResult pgd = L2Pgd.of().attack(model, x, y,                   // success per budget
                    List.of(Budget.of(Norm.L2, 0.5), Budget.of(Norm.L2, 1.0)));
            double[] certified = CertifiedRadius.of(model, Norm.L2, Box.UNIT, BoundMethod.CROWN)
                    .radii(x, y, deepFool.distances());                              // certified <= deepFool distance
            // --- README example ends

            assertEquals(2, pgd.results().size());
            for (int i = 0; i < x.length; i++) {
                assertTrue(certified[i] <= deepFool.distances()[i], "sample " + i);
            }
        } finally {
            if (saved == null) {
                System.clearProperty("hdae.cache.dir");
            } else {
                System.setProperty("hdae.cache.dir", saved);
            }
        }
    }
}

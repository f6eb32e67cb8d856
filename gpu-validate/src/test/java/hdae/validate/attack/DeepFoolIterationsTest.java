package hdae.validate.attack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.validate.Fixtures;
import hdae.validate.data.Dataset;
import hdae.validate.model.Classifier;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

/**
 * DeepFool's iteration count ({@link DeepFoolResult#iterations()}): one per step at whose start the input was not
 * yet adversarial, 0 for an input already misclassified, as {@code gpu-validate/bench/torch_reference.py} counts.
 */
class DeepFoolIterationsTest {

    @Test
    void aLinearBinaryModelTakesOneIterationAndAMisclassifiedInputNone() {
        // f(x) = w.x + b, w = (1, -2, 0.5), b = 0.1: the first step lands (1 + eta) times the distance across the
        // hyperplane (DeepFoolLinearTest), so the second step finds the point adversarial
        Classifier model = Fixtures.linearBinary(new double[] {1, -2, 0.5}, 0.1);
        double[][] x = {{0.2, 0.1, 0.3}, {0.9, 0.1, 0.0}, {0.1, 0.8, 0.5}, {0.5, 0.5, 0.5}};
        int[] predicted = model.predict(x);
        int[] labels = predicted.clone();
        labels[3] = 1 - predicted[3];
        for (DeepFoolResult r : new DeepFoolResult[] {
            L2DeepFool.of().withBox(Box.UNBOUNDED).attackCounted(model, x, labels),
            LinfDeepFool.of().withBox(Box.UNBOUNDED).attackCounted(model, x, labels)}) {
            assertArrayEquals(new int[] {1, 1, 1, 0}, r.iterations());
            assertEquals(0.75, r.meanIterations(), 0.0);
        }
    }

    @Test
    void countingChangesNothingAndEachCountIsTheFewestStepsThatSucceed() {
        // the trained 7x7 MLP and its first 60 test images, in chunks of 7 rows so that the counts of several
        // chunks are put back in place; t steps succeed exactly on the inputs whose count is at most t
        Classifier model = Fixtures.mnist7Mlp();
        Dataset test = Fixtures.mnist7Test();
        double[][] x = test.rows(0, 60);
        int[] labels = Arrays.copyOf(test.labels(), 60);
        L2DeepFool attack = L2DeepFool.of().withBatchSize(7);
        DeepFoolResult counted = attack.attackCounted(model, x, labels);
        MinimizationResult plain = attack.attack(model, x, labels);
        assertArrayEquals(plain.distances(), counted.result().distances(), 0.0);
        int[] predicted = model.predict(x);
        int most = Arrays.stream(counted.iterations()).max().orElseThrow();
        assertTrue(most >= 2 && most <= 50, "most iterations " + most);
        for (int i = 0; i < x.length; i++) {
            assertEquals(predicted[i] != labels[i], counted.iterations()[i] == 0, "sample " + i);
        }
        for (int t = 1; t <= most; t++) {
            boolean[] success = attack.withSteps(t).attack(model, x, labels).result().success();
            for (int i = 0; i < x.length; i++) {
                assertEquals(counted.iterations()[i] <= t, success[i], "sample " + i + " with " + t + " steps");
            }
        }
    }
}

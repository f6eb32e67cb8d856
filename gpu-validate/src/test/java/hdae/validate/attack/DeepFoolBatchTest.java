package hdae.validate.attack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import hdae.validate.Fixtures;
import hdae.validate.data.Dataset;
import hdae.validate.model.Classifier;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

/**
 * DeepFool's result for an input does not depend on the inputs batched with it. Within a batch, the rows that
 * became adversarial leave before the backward passes and the others are passed forward again on their own; one
 * row at a time (batch size 1) never does this, and is what DeepFool computes by definition.
 *
 * <p>Tolerance: the matrix products of a batch of B rows and of a single row may add their terms in different
 * orders (BLAS chooses its kernels by the number of rows), so logits and gradients may differ by a few units in
 * the last place (relative 1e-16 each); DeepFool's step is continuous in them away from ties, and the distances
 * differed by at most 2.4e-15 relative on the first 300 images. The test allows 1e-12 relative, and asks the same
 * number of iterations of every input.
 */
class DeepFoolBatchTest {

    /** Attacked images of the 7x7 fixture. */
    private static final int COUNT = 100;

    @Test
    void theDefaultBatchAgreesWithOneInputAtATime() {
        Classifier model = Fixtures.mnist7Mlp();
        Dataset test = Fixtures.mnist7Test();
        double[][] x = test.rows(0, COUNT);
        int[] labels = Arrays.copyOf(test.labels(), COUNT);
        check(L2DeepFool.of().attackCounted(model, x, labels),
                L2DeepFool.of().withBatchSize(1).attackCounted(model, x, labels), "L2");
        check(LinfDeepFool.of().attackCounted(model, x, labels),
                LinfDeepFool.of().withBatchSize(1).attackCounted(model, x, labels), "Linf");
    }

    private static void check(DeepFoolResult batched, DeepFoolResult alone, String norm) {
        assertArrayEquals(alone.iterations(), batched.iterations(), norm);
        for (int i = 0; i < COUNT; i++) {
            double expected = alone.result().distances()[i];
            assertEquals(expected, batched.result().distances()[i], 1e-12 * expected, norm + " sample " + i);
        }
    }
}

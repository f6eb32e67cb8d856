package hdae.validate.criterion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import hdae.validate.model.Batch;

import org.junit.jupiter.api.Test;

class MisclassificationTest {

    @Test
    void adversarialExactlyWhenArgmaxDiffersFromLabelWithTiesToTheLowestClass() {
        Batch logits = Batch.wrap(new double[] {
            1, 3, 2,   // argmax 1
            5, 5, 0,   // tie between 0 and 1: class 0
            0, 2, 2,   // tie between 1 and 2: class 1
        }, 3, 3);
        assertArrayEquals(new boolean[] {false, true, false},
                Misclassification.of().isAdversarial(logits, new int[] {1, 1, 1}));
        assertArrayEquals(new boolean[] {true, false, true},
                Misclassification.of().isAdversarial(logits, new int[] {2, 0, 2}));
    }

    @Test
    void nanLogitsNeverWinTheArgmax() {
        Batch logits = Batch.wrap(new double[] {Double.NaN, 1, 0}, 1, 3);
        assertArrayEquals(new boolean[] {true}, Misclassification.of().isAdversarial(logits, new int[] {0}));
        assertArrayEquals(new int[] {1}, logits.argmaxPerRow());
    }
}

package hdae.validate.attack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.validate.ExceptionAssert;
import hdae.validate.Fixtures;
import hdae.validate.ValidationException;
import hdae.validate.data.Dataset;
import hdae.validate.model.Classifier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Arrays;

/**
 * The contract every {@link MinimizationAttack} keeps, on the trained 7x7 MNIST MLP of {@link Fixtures} and its
 * first 60 test images (about 15% of which the model misclassifies, so both branches are exercised).
 * A concrete test supplies the attack and the success rate it must reach.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MinimizationAttackContractTest {

    /** Attacked images: enough for a few misclassified ones, few enough to keep the test under a second. */
    static final int COUNT = 60;

    Classifier model;
    double[][] inputs;
    int[] labels;
    MinimizationResult result;

    /** @return the attack under test, on the unit box */
    abstract MinimizationAttack attack();

    /** @return the least fraction of inputs the attack must succeed on, with the reason in the subclass */
    abstract double minimumSuccessRate();

    @BeforeAll
    void runTheAttackOnce() {
        model = Fixtures.mnist7Mlp();
        Dataset test = Fixtures.mnist7Test();
        inputs = test.rows(0, COUNT);
        labels = Arrays.copyOf(test.labels(), COUNT);
        result = attack().attack(model, inputs, labels);
    }

    @Test
    void everyReturnedAdversarialReallyChangesThePredictedClass() {
        int[] predicted = model.predict(result.result().clipped());
        for (int i = 0; i < COUNT; i++) {
            if (result.result().success()[i]) {
                assertNotEquals(labels[i], predicted[i], "sample " + i);
            } else {
                assertEquals(labels[i], predicted[i], "sample " + i + " reported as failure");
            }
        }
    }

    @Test
    void distanceIsTheNormOfTheReturnedPerturbationOrInfinityOnFailure() {
        for (int i = 0; i < COUNT; i++) {
            double expected = result.result().success()[i]
                    ? attack().norm().value(result.perturbation(i)) : Double.POSITIVE_INFINITY;
            // the same Norm code on the same differences: equal, up to the order of subtraction (exact here)
            assertEquals(expected, result.distances()[i], 0.0, "sample " + i);
        }
    }

    @Test
    void alreadyMisclassifiedInputsReportDistanceZeroAndThemselves() {
        int[] predicted = model.predict(inputs);
        int misclassified = 0;
        for (int i = 0; i < COUNT; i++) {
            if (predicted[i] != labels[i]) {
                misclassified++;
                assertEquals(0.0, result.distances()[i]);
                assertArrayEquals(inputs[i], result.result().clipped().row(i), 0.0);
            } else {
                assertTrue(result.distances()[i] > 0, "correctly classified input at distance 0: " + i);
            }
        }
        assertTrue(misclassified > 0, "the fixture should include misclassified inputs");
    }

    @Test
    void outputsStayInTheUnitBox() {
        for (double[] row : result.result().clipped().toMatrix()) {
            for (double v : row) {
                assertTrue(v >= 0 && v <= 1, "value " + v);
            }
        }
    }

    @Test
    void succeedsOftenEnough() {
        double rate = result.result().successRate();
        assertTrue(rate >= minimumSuccessRate(), "success rate " + rate);
    }

    @Test
    void rejectsLabelsOutOfRangeAndInputsOutsideTheBox() {
        int[] badLabels = labels.clone();
        badLabels[3] = 10;
        ExceptionAssert.messageNames("labels[3]",
                assertThrows(ValidationException.class, () -> attack().attack(model, inputs, badLabels)));
        double[][] outside = {inputs[0].clone()};
        outside[0][5] = 1.5;
        ExceptionAssert.messageNames("inputs",
                assertThrows(ValidationException.class, () -> attack().attack(model, outside, new int[] {0})));
    }
}

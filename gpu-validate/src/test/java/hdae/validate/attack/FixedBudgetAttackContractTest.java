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
import hdae.validate.norm.Budget;
import hdae.validate.norm.Norm;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The contract every {@link FixedBudgetAttack} keeps, on the trained 7x7 MNIST MLP of {@link Fixtures} and its
 * first 60 test images, at budgets from 0 to large. A concrete test supplies the attack and its budgets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FixedBudgetAttackContractTest {

    /** Attacked images, as in the minimisation contract. */
    static final int COUNT = 60;

    Classifier model;
    double[][] inputs;
    int[] labels;
    List<Budget> budgets;
    FixedBudgetResult result;

    /** @return the attack under test, on the unit box */
    abstract FixedBudgetAttack attack();

    /** @return increasing budget radii in the attack's norm, the first 0 and the last large enough to win */
    abstract double[] radii();

    @BeforeAll
    void runTheAttackOnce() {
        model = Fixtures.mnist7Mlp();
        Dataset test = Fixtures.mnist7Test();
        inputs = test.rows(0, COUNT);
        labels = Arrays.copyOf(test.labels(), COUNT);
        budgets = new ArrayList<>();
        for (double eps : radii()) {
            budgets.add(Budget.of(attack().norm(), eps));
        }
        result = attack().attack(model, inputs, labels, budgets);
    }

    @Test
    void neverLeavesItsBallOrTheUnitBox() {
        for (int b = 0; b < budgets.size(); b++) {
            double eps = budgets.get(b).eps();
            double[][] clipped = result.at(b).clipped().toMatrix();
            for (int i = 0; i < COUNT; i++) {
                // exact: the projection guarantees the inequality for this very Norm computation
                double distance = attack().norm().distance(clipped[i], inputs[i]);
                assertTrue(distance <= eps, "sample " + i + " at distance " + distance + " > eps " + eps);
                for (double v : clipped[i]) {
                    assertTrue(v >= 0 && v <= 1, "value " + v);
                }
            }
        }
    }

    @Test
    void everySuccessReallyChangesThePredictedClass() {
        for (int b = 0; b < budgets.size(); b++) {
            int[] predicted = model.predict(result.at(b).clipped());
            for (int i = 0; i < COUNT; i++) {
                if (result.at(b).success()[i]) {
                    assertNotEquals(labels[i], predicted[i], "budget " + b + " sample " + i);
                } else {
                    assertEquals(labels[i], predicted[i], "budget " + b + " sample " + i);
                }
            }
        }
    }

    @Test
    void budgetZeroSucceedsExactlyOnMisclassifiedInputsWithoutMoving() {
        int[] predicted = model.predict(inputs);
        for (int i = 0; i < COUNT; i++) {
            assertEquals(predicted[i] != labels[i], result.at(0).success()[i], "sample " + i);
            assertArrayEquals(inputs[i], result.at(0).clipped().row(i), 0.0);
        }
    }

    @Test
    void theLargestBudgetWinsOnMostInputs() {
        // the last radius is chosen (in the subclass) far above the typical minimal distance of this model
        double rate = result.at(budgets.size() - 1).successRate();
        assertTrue(rate >= 0.9, "success rate " + rate + " at the largest budget");
    }

    @Test
    void rejectsABudgetInAnotherNorm() {
        Norm other = attack().norm() == Norm.L2 ? Norm.LINF : Norm.L2;
        ExceptionAssert.messageNames("budgets", assertThrows(ValidationException.class,
                () -> attack().attack(model, inputs, labels, List.of(Budget.of(other, 0.1)))));
    }
}

package hdae.validate.attack;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import hdae.validate.model.Classifier;
import hdae.validate.model.ModelSpec;
import hdae.validate.norm.Budget;
import hdae.validate.norm.Norm;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * PGD never leaves its ball or [0,1], as a property over random untrained networks, budgets,
 * step sizes and inputs, a third of whose pixels sit exactly on the faces 0 and 1 (where clipping binds).
 * The check is exact: {@code norm.distance(adv, x) <= eps} as computed, no tolerance.
 */
class PgdBallPropertyTest {

    private static final Classifier MODEL = Classifier.initialised(ModelSpec.mlp(16, List.of(12), 3), 1L);

    private static double[][] inputs(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double[][] x = new double[8][16];
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                int kind = rng.nextInt(3);
                row[j] = kind == 0 ? 0 : kind == 1 ? 1 : rng.nextDouble();
            }
        }
        return x;
    }

    private static void assertInside(FixedBudgetResult result, double[][] x, Norm norm, double eps) {
        for (int i = 0; i < x.length; i++) {
            double[] adv = result.at(0).clipped().row(i);
            double distance = norm.distance(adv, x[i]);
            assertTrue(distance <= eps, "distance " + distance + " > eps " + eps);
            for (double v : adv) {
                assertTrue(v >= 0 && v <= 1, "value " + v);
            }
        }
    }

    @Test
    void linfPgdStaysInItsBallAndTheUnitBox() {
        qt().withFixedSeed(51L).withExamples(25)
                .forAll(doubles().between(1e-9, 2), doubles().between(0.01, 3), integers().between(0, 10_000))
                .checkAssert((eps, rho, seed) -> {
                    double[][] x = inputs(seed);
                    FixedBudgetResult result = LinfPgd.of().withSteps(5).withRelativeStep(rho).withSeed(seed)
                            .attack(MODEL, x, new int[8], List.of(Budget.of(Norm.LINF, eps)));
                    assertInside(result, x, Norm.LINF, eps);
                });
    }

    @Test
    void l2PgdStaysInItsBallAndTheUnitBox() {
        qt().withFixedSeed(52L).withExamples(25)
                .forAll(doubles().between(1e-9, 5), doubles().between(0.01, 3), integers().between(0, 10_000))
                .checkAssert((eps, rho, seed) -> {
                    double[][] x = inputs(seed);
                    FixedBudgetResult result = L2Pgd.of().withSteps(5).withRelativeStep(rho).withSeed(seed)
                            .attack(MODEL, x, new int[8], List.of(Budget.of(Norm.L2, eps)));
                    assertInside(result, x, Norm.L2, eps);
                });
    }

    @Test
    void fgsmStaysInItsBallAndTheUnitBox() {
        qt().withFixedSeed(53L).withExamples(25)
                .forAll(doubles().between(1e-9, 2), integers().between(0, 10_000))
                .checkAssert((eps, seed) -> {
                    double[][] x = inputs(seed);
                    FixedBudgetResult result = LinfFgsm.of()
                            .attack(MODEL, x, new int[8], List.of(Budget.of(Norm.LINF, eps)));
                    assertInside(result, x, Norm.LINF, eps);
                });
    }
}

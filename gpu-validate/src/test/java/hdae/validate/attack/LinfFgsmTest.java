package hdae.validate.attack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import hdae.validate.criterion.Criterion;
import hdae.validate.model.Batch;
import hdae.validate.norm.Budget;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * FGSM under the fixed-budget contract, and its fast path against the definitions, bit for bit:
 * <ul>
 *   <li>the step is \(x + \varepsilon \cdot \mathtt{Math.signum}(g)\) entry by entry, also where g is \(\pm 0\),
 *       NaN, infinite or subnormal;</li>
 *   <li>the attack's raw points (computed on request) and clipped points are those of the contract's general path,
 *       which calls {@link LinfFgsm#run} (the loss gradient of the chunk, the step into a copy) and projects the
 *       copy with {@link Clip#project}.</li>
 * </ul>
 */
class LinfFgsmTest extends FixedBudgetAttackContractTest {

    @Override
    FixedBudgetAttack attack() {
        return LinfFgsm.of();
    }

    @Override
    double[] radii() {
        // 0, then 0.05 and 0.1 (typical MNIST budgets), then 0.5: a step of half the pixel range, far beyond
        // the 7x7 model's typical Linf distance (DeepFool-Linf finds about 0.05-0.1)
        return new double[] {0, 0.05, 0.1, 0.5};
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void stepIsXPlusEpsTimesSignumOfTheGradient(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double[] special = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 1e300};
        int n = 200;
        double[] x = new double[n + 3];
        double[] g = new double[n + 5];
        for (int j = 0; j < g.length; j++) {
            g[j] = rng.nextDouble() < 0.2 ? special[rng.nextInt(special.length)] : rng.nextDouble() - 0.5;
        }
        for (int j = 0; j < x.length; j++) {
            x[j] = rng.nextDouble() < 0.3 ? 0 : rng.nextDouble();
        }
        for (double eps : new double[] {0, 1e-20, 0.1, 0.3, 1e308, Double.POSITIVE_INFINITY}) {
            double[] out = new double[n + 7];
            ((LinfFgsm) attack()).step(x, 3, g, 5, out, 7, n, eps);
            for (int j = 0; j < n; j++) {
                double expected = x[3 + j] + eps * Math.signum(g[5 + j]);
                assertArrayEquals(new long[] {Double.doubleToRawLongBits(expected)},
                        new long[] {Double.doubleToRawLongBits(out[7 + j])}, "eps " + eps + ", g " + g[5 + j]);
            }
        }
    }

    @Test
    void fastPathGivesTheRawAndClippedPointsOfTheGeneralPath() {
        // a criterion that nothing meets: every row is stepped, and both paths take the loss gradient of all rows
        Criterion never = (logits, row, label) -> false;
        List<Budget> all = new ArrayList<>(budgets);
        all.add(Budget.of(attack().norm(), 2.0));
        FixedBudgetResult fast = attack().attack(model, inputs, labels, all, never);
        Batch x = Batch.of(inputs);
        for (int b = 0; b < all.size(); b++) {
            double[] eps = new double[COUNT];
            Arrays.fill(eps, all.get(b).eps());
            AttackResult general = attack().attackRows(model, x, labels, eps, new boolean[COUNT], never);
            String budget = "budget " + all.get(b);
            assertArrayEquals(bits(general.raw()), bits(fast.at(b).raw()), budget + ": raw");
            assertArrayEquals(bits(general.clipped()), bits(fast.at(b).clipped()), budget + ": clipped");
            assertArrayEquals(general.success(), fast.at(b).success(), budget + ": success");
        }
    }

    private static long[] bits(Batch batch) {
        return Arrays.stream(batch.values()).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}

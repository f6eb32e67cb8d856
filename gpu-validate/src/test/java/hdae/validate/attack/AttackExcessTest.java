package hdae.validate.attack;

import hdae.validate.ValidationException;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-sample minimum over attacks and each attack's excess over it, \( D_a/D - 1 \). */
class AttackExcessTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    /**
     * Hand-computed: attacks (1, 2, inf, 0) and (2, 1, 3, 0) have minimum (1, 1, 3, 0); the first's excess on the
     * three samples it solved is (0, 1, 0) (0 where D = 0), the second's (1, 0, 0, 0).
     */
    @Test
    void excessOfTwoAttacksByHand() {
        double[] a = {1, 2, INF, 0};
        double[] b = {2, 1, 3, 0};
        double[] best = AttackExcess.minimum(List.of(a, b));
        assertArrayEquals(new double[] {1, 1, 3, 0}, best, 0);
        assertArrayEquals(new double[] {0, 1, 0}, AttackExcess.excess(a, best), 0);
        assertArrayEquals(new double[] {1, 0, 0, 0}, AttackExcess.excess(b, best), 0);
        assertEquals(2, AttackExcess.minimalOn(a, best), "samples 0 and 3");
        assertEquals(3, AttackExcess.minimalOn(b, best), "samples 1, 2 and 3");
    }

    @Test
    void whereEveryAttackFailsTheMinimumIsInfiniteAndNoExcessIsCounted() {
        double[] a = {INF, 0.5};
        double[] best = AttackExcess.minimum(List.of(a, new double[] {INF, 0.25}));
        assertEquals(INF, best[0]);
        assertArrayEquals(new double[] {1}, AttackExcess.excess(a, best), 0, "only sample 1: 0.5/0.25 - 1");
        assertEquals(0, AttackExcess.minimalOn(a, best));
    }

    /**
     * Seeded property (200 draws of three attacks on 20 samples, a tenth failed): every excess is at least 0, and the
     * samples where each attack attains the minimum add up to at least the solved samples (ties count for each).
     */
    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L})
    void excessIsNonNegativeAndZeroForTheBestAttack(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        for (int draw = 0; draw < 200; draw++) {
            List<double[]> attacks = new ArrayList<>();
            for (int a = 0; a < 3; a++) {
                double[] d = new double[20];
                for (int i = 0; i < d.length; i++) {
                    d[i] = rng.nextDouble() < 0.1 ? INF : 2 * rng.nextDouble();
                }
                attacks.add(d);
            }
            double[] best = AttackExcess.minimum(attacks);
            int minimal = 0;
            for (double[] d : attacks) {
                for (double e : AttackExcess.excess(d, best)) {
                    assertTrue(e >= 0, "excess " + e);
                }
                minimal += AttackExcess.minimalOn(d, best);
            }
            long solved = java.util.Arrays.stream(best).filter(Double::isFinite).count();
            assertTrue(minimal >= solved, minimal + " minimal attacks for " + solved + " solved samples");
        }
    }

    @Test
    void arraysOfDifferentLengthsAreRefused() {
        assertThrows(ValidationException.class, () -> AttackExcess.minimum(List.of(new double[2], new double[3])));
        assertThrows(ValidationException.class, () -> AttackExcess.excess(new double[2], new double[3]));
        assertThrows(ValidationException.class, () -> AttackExcess.minimum(List.of()));
    }
}

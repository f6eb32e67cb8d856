package hdae.validate.norm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import hdae.validate.ExceptionAssert;

import org.junit.jupiter.api.Test;

import java.util.Random;

class NormTest {

    /** The vector (3, -4, 0): exact small integers, so every norm below is exact in double. */
    private static final double[] V = {3, -4, 0};

    @Test
    void matchesHandComputedValuesOfThreeMinusFourZero() {
        assertEquals(7.0, Norm.L1.value(V));
        assertEquals(5.0, Norm.L2.value(V));
        assertEquals(4.0, Norm.LINF.value(V));
        // rms = ||v||_2 / sqrt(n) = 5 / sqrt(3); one rounding in the division and one in sqrt: 1 ulp slack
        assertEquals(5 / Math.sqrt(3), Norm.RMS.value(V), Math.ulp(5 / Math.sqrt(3)));
    }

    @Test
    void nanComponentGivesNanInEveryNorm() {
        double[] v = {1, Double.NaN, 2};
        for (Norm norm : Norm.values()) {
            assertTrue(Double.isNaN(norm.value(v)), norm.toString());
        }
    }

    @Test
    void dualOfLinfIsL1AndL2IsSelfDual() {
        assertEquals(Norm.L1, Norm.LINF.dual());
        assertEquals(Norm.LINF, Norm.L1.dual());
        assertEquals(Norm.L2, Norm.L2.dual());
        ExceptionAssert.messageNames("norm", assertThrows(IllegalArgumentException.class, Norm.RMS::dual));
    }

    @Test
    void normsAreOrderedLinfLeL2LeL1() {
        // ||v||_inf <= ||v||_2 <= ||v||_1 for every v; the comparisons allow 4 ulps of the larger side for the
        // rounding of the sums (n <= 20 terms, each within about 1e-16 relative)
        qt().withFixedSeed(11L).withExamples(300)
                .forAll(integers().between(1, 20), integers().between(0, Integer.MAX_VALUE))
                .checkAssert((n, seed) -> {
                    double[] v = new Random(seed).doubles(n, -10, 10).toArray();
                    double linf = Norm.LINF.value(v);
                    double l2 = Norm.L2.value(v);
                    double l1 = Norm.L1.value(v);
                    assertTrue(linf <= l2 + 4 * Math.ulp(l2), "linf " + linf + " > l2 " + l2);
                    assertTrue(l2 <= l1 + 4 * Math.ulp(l1), "l2 " + l2 + " > l1 " + l1);
                });
    }

    @Test
    void distanceIsSymmetricAndZeroOnlyOnEqualPoints() {
        qt().withFixedSeed(12L).withExamples(200)
                .forAll(doubles().between(-1, 1), doubles().between(-1, 1), doubles().between(-1, 1))
                .checkAssert((a, b, c) -> {
                    double[] p = {a, b, c};
                    double[] q = {c, a, b};
                    for (Norm norm : Norm.values()) {
                        // |p_i - q_i| = |q_i - p_i| exactly, so the two sums are identical: no tolerance
                        assertEquals(norm.distance(p, q), norm.distance(q, p), norm.toString());
                        assertEquals(0.0, norm.distance(p, p.clone()), norm.toString());
                    }
                });
    }

    @Test
    void budgetRejectsNanNegativeAndInfiniteEps() {
        for (double eps : new double[] {Double.NaN, -1e-9, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Budget.of(Norm.L2, eps));
            ExceptionAssert.messageNames("eps", e);
        }
        assertEquals(0.0, Budget.of(Norm.LINF, 0).eps());
    }

    @Test
    void distanceAcceptsInfinityAndRejectsNegativeOrNan() {
        assertFalse(Distance.of(Norm.L2, Double.POSITIVE_INFINITY).isFinite());
        for (double value : new double[] {-1, Double.NaN}) {
            ExceptionAssert.messageNames("value",
                    assertThrows(IllegalArgumentException.class, () -> Distance.of(Norm.L2, value)));
        }
    }

    @Test
    void distanceWithinBudgetRequiresTheSameNorm() {
        assertTrue(Distance.of(Norm.L2, 0.5).isWithin(Budget.of(Norm.L2, 0.5)));
        assertFalse(Distance.of(Norm.L2, 0.5000001).isWithin(Budget.of(Norm.L2, 0.5)));
        ExceptionAssert.messageNames("budget", assertThrows(IllegalArgumentException.class,
                () -> Distance.of(Norm.L2, 0.5).isWithin(Budget.of(Norm.LINF, 1))));
    }
}

package hdae.validate.attack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.validate.norm.Norm;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fused loops of {@link Clip} against the separate steps they replace, bit for bit, on seeded random rows in the
 * unit box with a third of the entries on its faces (as MNIST pixels at 0 and 1 are):
 * <ul>
 *   <li>{@link Clip#stepAndProjectL2} is the step \(p \leftarrow p + s\,g\) followed by {@link Clip#project} in L2,
 *       for radii that leave the step inside the ball and that make it project, and for no move (\(s = 0\));</li>
 *   <li>{@link Clip#maskBlockedNorms} is {@link Clip#maskBlocked} (sign +1) of each row followed by
 *       {@link Norm#value} in L2 and in L1;</li>
 *   <li>the L-infinity {@link Clip#project} is \(\mathrm{clamp}_{\mathrm{Box}}(\min(x + \varepsilon,
 *       \max(x - \varepsilon, p)))\) entry by entry and inside the ball as computed by {@link Norm#distance};
 *       where that formula's point is outside it (\(x + \varepsilon\) rounds to more than \(\varepsilon\) from
 *       x), the final shrink by \(1 - 10^{-12} \cdot 4^k\) moves it back by at most \(10^{-9}\) (a few
 *       steps of k).</li>
 * </ul>
 */
class ClipTest {

    private static final int N = 50;

    /** A point of the unit box, a third of its entries at 0 or 1. */
    private static double[] point(UniformRandomProvider rng, int n) {
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            double u = rng.nextDouble();
            x[j] = u < 1 / 6.0 ? 0 : u < 1 / 3.0 ? 1 : rng.nextDouble();
        }
        return x;
    }

    private static double[] gaussian(UniformRandomProvider rng, int n) {
        double[] g = new double[n];
        for (int j = 0; j < n; j++) {
            g[j] = rng.nextDouble() - 0.5;
        }
        return g;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void fusedL2StepIsTheStepThenTheProjection(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        for (double eps : new double[] {0.05, 0.5, 5}) {
            for (double scale : new double[] {0, 0.3, 3}) {
                double[] x = point(rng, N);
                double[] start = x.clone();
                for (int j = 0; j < N; j++) {
                    start[j] = Box.UNIT.clamp(x[j] + 0.02 * (rng.nextDouble() - 0.5));
                }
                double[] g = gaussian(rng, N);
                double[] expected = start.clone();
                for (int j = 0; j < N; j++) {
                    expected[j] += scale * g[j];
                }
                Clip.project(Norm.L2, eps, Box.UNIT, x, expected, 0, N);
                double[] actual = start.clone();
                Clip.stepAndProjectL2(eps, Box.UNIT, x, actual, 0, N, g, 0, scale);
                assertArrayEquals(expected, actual, 0.0, "eps " + eps + ", scale " + scale);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14})
    void fusedMaskAndNormsAreMaskThenNorm(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int rows = 9;
        double[] p = point(rng, N);
        for (Norm norm : new Norm[] {Norm.L2, Norm.L1}) {
            double[] d = gaussian(rng, rows * N);
            double[] expected = d.clone();
            double[] expectedNorms = new double[rows];
            for (int k = 0; k < rows; k++) {
                Clip.maskBlocked(Box.UNIT, p, 0, expected, k * N, N, 1);
                expectedNorms[k] = norm.value(expected, k * N, N);
            }
            double[] actualNorms = Clip.maskBlockedNorms(norm, Box.UNIT, p, 0, d, 0, rows, N);
            assertArrayEquals(expected, d, 0.0, norm + " masked rows");
            assertArrayEquals(expectedNorms, actualNorms, 0.0, norm + " norms");
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24})
    void linfProjectionClipsEachEntryToTheBallAndTheBox(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        for (double eps : new double[] {0.01, 0.1, 0.7}) {
            double[] x = point(rng, N);
            double[] p = x.clone();
            for (int j = 0; j < N; j++) {
                p[j] += 2 * (rng.nextDouble() - 0.5);
            }
            double[] expected = new double[N];
            for (int j = 0; j < N; j++) {
                expected[j] = Math.min(1, Math.max(0, Math.min(x[j] + eps, Math.max(x[j] - eps, p[j]))));
            }
            Clip.project(Norm.LINF, eps, Box.UNIT, x, p, 0, N);
            assertTrue(Norm.LINF.distance(p, x) <= eps, "inside the ball");
            if (Norm.LINF.distance(expected, x) <= eps) {
                assertArrayEquals(expected, p, 0.0, "eps " + eps);
            } else {
                // x + eps rounded above eps from x: the final shrink by 1 - 1e-12 * 4^k moves it back, a few ulps
                assertArrayEquals(expected, p, 1e-9, "eps " + eps + ", shrunk");
            }
        }
    }

    @Test
    void linfProjectionKeepsANanEntry() {
        double[] x = {0.5, 0.5};
        double[] p = {Double.NaN, 0.9};
        Clip.project(Norm.LINF, 0.1, Box.UNIT, x, p, 0, 2);
        assertTrue(Double.isNaN(p[0]), "NaN stays (callers reject such rows)");
        assertEquals(0.6, p[1], 0.0, "the other entry is clipped to x + eps");
    }
}

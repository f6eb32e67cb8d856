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

import java.util.Arrays;

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
 *   <li>the L-infinity projections, {@link Clip#project} in place and {@link Clip#projectLinf} from a source row,
 *       are the definition written out with {@link Norm#distance}: each entry clamped to \([x - \varepsilon, x +
 *       \varepsilon]\) and the box, then, while the computed distance exceeds \(\varepsilon\), the row shrunk
 *       towards x by \(1 - 10^{-12} \cdot 4^k\) (x itself after 24 shrinks); {@code projectLinf} gives x for a
 *       source row with a NaN or infinite entry and clamps to the box only for \(\varepsilon = \infty\). On rows of
 *       pixels k/255 moved by \(\pm\varepsilon\) (FGSM's points, where the shrink is needed in most rows) and on
 *       random rows, in the unit box and unbounded.</li>
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

    /** The L-infinity projection as DESIGN.md defines it, with the distance of {@link Norm#distance}. */
    private static double[] linfDefinition(double eps, Box box, double[] x, double[] source) {
        double[] p = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            p[j] = box.clamp(Math.min(x[j] + eps, Math.max(x[j] - eps, source[j])));
        }
        double shrink = 1e-12;
        for (int attempt = 0; Norm.LINF.distance(p, x) > eps; attempt++) {
            if (attempt == 24) {
                return x.clone();
            }
            for (int j = 0; j < x.length; j++) {
                p[j] = box.clamp(x[j] + (p[j] - x[j]) * (1 - shrink));
            }
            shrink *= 4;
        }
        return p;
    }

    private static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33, 34, 35, 36})
    void linfProjectionsAreTheDefinitionBitForBit(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int shrunk = 0;
        for (Box box : new Box[] {Box.UNIT, Box.UNBOUNDED}) {
            for (double eps : new double[] {0, 1e-17, 0.01, 0.1, 0.7}) {
                for (int kind = 0; kind < 3; kind++) {
                    double[] x = new double[N];
                    double[] source = new double[N];
                    for (int j = 0; j < N; j++) {
                        x[j] = rng.nextInt(256) / 255.0;
                        // FGSM's points x +- eps, random points, and a few entries at x itself
                        source[j] = kind == 0 ? x[j] + eps * (rng.nextBoolean() ? 1 : -1)
                                : kind == 1 ? x[j] + 2 * (rng.nextDouble() - 0.5) : x[j];
                    }
                    double[] expected = linfDefinition(eps, box, x, source);
                    if (!Arrays.equals(expected, clampedOnly(eps, box, x, source))) {
                        shrunk++;
                    }
                    double[] inPlace = source.clone();
                    Clip.project(Norm.LINF, eps, box, x, inPlace, 0, N);
                    String what = box + ", eps " + eps + ", kind " + kind;
                    assertArrayEquals(bits(expected), bits(inPlace), what + ": project");
                    double[] target = new double[N + 4];
                    double[] shifted = new double[N + 9];
                    System.arraycopy(source, 0, shifted, 9, N);
                    double[] centres = new double[N + 4];
                    System.arraycopy(x, 0, centres, 4, N);
                    Clip.projectLinf(eps, box, centres, shifted, 9, target, 4, N);
                    assertArrayEquals(bits(expected), bits(Arrays.copyOfRange(target, 4, N + 4)),
                            what + ": projectLinf");
                }
            }
        }
        assertTrue(shrunk > 0, "some rows needed the shrink");
    }

    private static double[] clampedOnly(double eps, Box box, double[] x, double[] source) {
        double[] p = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            p[j] = box.clamp(Math.min(x[j] + eps, Math.max(x[j] - eps, source[j])));
        }
        return p;
    }

    @Test
    void projectLinfGivesXForANonFiniteSourceRowAndTheBoxOnlyForAnInfiniteRadius() {
        double[] x = {0.5, 0.25, 0.0};
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            double[] target = new double[3];
            Clip.projectLinf(0.1, Box.UNIT, x, new double[] {0.9, bad, 0.1}, 0, target, 0, 3);
            assertArrayEquals(bits(x), bits(target), "source entry " + bad);
        }
        double[] target = new double[3];
        Clip.projectLinf(Double.POSITIVE_INFINITY, Box.UNIT, x, new double[] {1.5, -3, 0.75}, 0, target, 0, 3);
        assertArrayEquals(new double[] {1, 0, 0.75}, target, 0.0, "eps infinite: the box only");
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

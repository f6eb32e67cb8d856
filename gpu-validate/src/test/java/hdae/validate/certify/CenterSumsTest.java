package hdae.validate.certify;

import hdae.validate.attack.Box;
import hdae.validate.norm.Norm;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The \(\varepsilon\)-independent sums of the L2 bounds ({@link InputRegion#sums}) and their reuse (seeded).
 * Claims: (1) without a box the bound is the ball bound \(a^\top x_0 - \varepsilon\|a\|_2\), the exact minimum
 * over the ball (Cauchy-Schwarz): at most it (allowance: the reference's own rounding, \(\Gamma_n \sum_i |a_i
 * x_{0i}|\) plus \(10^{-15}\varepsilon\|a\|_2\)) and at least it less \(10^{-12}\) of the same scale, also for
 * one-hot a, where \(\|a\|_1 = \|a\|_2\) and the box bound is the same number up to rounding; (2) the bound from
 * sums computed beforehand has the same bits as the bound that computes them; (3) margins from a bounder that
 * keeps the layer-0 sums of the latest center have the same bits as those of a fresh bounder, over a sequence of
 * radii and centers, including a center array changed in place between calls.
 */
class CenterSumsTest {

    private static final int N = 60;

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23})
    void withoutBoxTheBoundIsTheBallMinimum(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        for (double eps : new double[] {0, 1e-3, 0.3, 5}) {
            for (boolean oneHot : new boolean[] {false, true}) {
                double[] x0 = new double[N];
                double[] a = new double[N];
                int hot = rng.nextInt(N);
                for (int i = 0; i < N; i++) {
                    x0[i] = 4 * gauss.sample();
                    a[i] = oneHot && i != hot ? 0 : gauss.sample();
                }
                InputRegion region = new InputRegion(x0, eps, Norm.L2, Box.UNBOUNDED);
                double bound = region.minimum(a);
                double dot = 0;
                double abs = 0;
                double squares = 0;
                for (int i = 0; i < N; i++) {
                    dot += a[i] * x0[i];
                    abs += Math.abs(a[i] * x0[i]);
                    squares += a[i] * a[i];
                }
                double reach = eps * Math.sqrt(squares);
                double exact = dot - reach;
                String what = String.format(Locale.ROOT, "seed %d eps %g one-hot %b: bound %.17g, ball %.17g",
                        seed, eps, oneHot, bound, exact);
                assertTrue(bound <= exact + Rounding.gamma(N) * abs + 1e-15 * reach, what);
                assertTrue(bound >= exact - 1e-12 * (abs + reach), what);
                double[] lo = region.lowerCorner();
                double[] hi = region.upperCorner();
                assertEquals(Double.doubleToRawLongBits(bound), Double.doubleToRawLongBits(
                        region.minimum(a, lo, hi, Double.POSITIVE_INFINITY, region.sums(a))), what);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32})
    void keptLayerZeroSumsGiveTheBitsOfAFreshBounder(long seed) {
        ReluNetwork net = TeacherNetworks.teacher(N, 24, seed);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        for (Box box : new Box[] {Box.UNIT, Box.UNBOUNDED}) {
            BoundPropagation kept = BoundPropagation.of(net);
            double[] first = TeacherNetworks.uniform(rng, N);
            double[] second = TeacherNetworks.uniform(rng, N);
            double[] reused = first.clone();
            double[][] centers = {first, first, second, first, reused, reused};
            double[] radii = {0.05, 0.4, 0.4, 1.5, 0.2, 0.2};
            for (int k = 0; k < centers.length; k++) {
                if (k == 5) {
                    // the caller's array changed in place: the kept sums of its old values must not be used
                    System.arraycopy(second, 0, reused, 0, N);
                }
                InputRegion region = new InputRegion(centers[k], radii[k], Norm.L2, box);
                int label = TeacherNetworks.argmax(net.logits(centers[k]));
                double[] fresh = BoundPropagation.of(net).marginLowerBounds(region, label, BoundMethod.CROWN);
                assertArrayEquals(bits(fresh), bits(kept.marginLowerBounds(region, label, BoundMethod.CROWN)),
                        "box " + box + ", step " + k);
            }
        }
    }

    private static long[] bits(double[] v) {
        long[] out = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Double.doubleToRawLongBits(v[i]);
        }
        return out;
    }
}

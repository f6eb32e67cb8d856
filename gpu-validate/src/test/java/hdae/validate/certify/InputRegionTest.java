package hdae.validate.certify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.validate.attack.Box;
import hdae.validate.norm.Norm;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

/**
 * The L2-in-box bound \(\min_{x \in \mathcal{X}} a^\top x\) of {@link InputRegion} against the exact minimum
 * (seeded; n = 200, a fifth of the centre's coordinates on a face of the unit cube, a tenth of a's entries 0, radii
 * from 0.05 to 3 so that from none to most coordinates saturate). The exact minimiser, by the KKT conditions of
 * this convex problem, is \(x^\ast = \mathrm{clip}(x_0 - \tau a)\) with \(\|x^\ast - x_0\|_2 = \varepsilon\) (or
 * the cube's minimising corner when that lies in the ball), \(\tau\) found here by bisection, independently of the
 * sorted scan in the code. Claims: the bound is at most \(a^\top x^\ast\) (it is a lower bound; allowance: the
 * rounding of the reference's own sum, \(\Gamma_n \sum_i |a_i x^\ast_i|\)) and at least \(a^\top x^\ast - 10^{-9}
 * (\sum_i |a_i x^\ast_i| + \varepsilon \|a\|_2)\): with exact arithmetic the dual bound is the minimum (strong
 * duality), and its rounding allowances are of order \(10^{-13}\) relative, while a dual variable off by 1 % would
 * lose about \(10^{-4}\) relative. The bound is also at most \(a^\top y\) at 200 random points y of the region.
 */
class InputRegionTest {

    private static final int N = 200;

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14})
    void l2InBoxBoundIsTheExactMinimum(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        for (double eps : new double[] {0.05, 0.3, 1, 3}) {
            double[] x0 = new double[N];
            double[] a = new double[N];
            for (int i = 0; i < N; i++) {
                x0[i] = rng.nextInt(5) == 0 ? rng.nextInt(2) : rng.nextDouble();
                a[i] = rng.nextInt(10) == 0 ? 0 : gauss.sample();
            }
            InputRegion region = new InputRegion(x0, eps, Norm.L2, Box.UNIT);
            double bound = region.minimum(a);
            double[] best = exactMinimiser(a, x0, eps);
            double value = 0;
            double abs = 0;
            for (int i = 0; i < N; i++) {
                value += a[i] * best[i];
                abs += Math.abs(a[i] * best[i]);
            }
            String what = String.format(Locale.ROOT, "seed %d eps %.2f: bound %.17g, exact %.17g", seed, eps, bound,
                    value);
            assertTrue(bound <= value + Rounding.gamma(N) * abs, what);
            assertTrue(bound >= value - 1e-9 * (abs + eps * norm(a)), what);
            for (int k = 0; k < 200; k++) {
                double[] y = BallPoints.random(x0, eps, Norm.L2, k % 4 == 0, rng, gauss);
                double at = 0;
                double atAbs = 0;
                for (int i = 0; i < N; i++) {
                    at += a[i] * y[i];
                    atAbs += Math.abs(a[i] * y[i]);
                }
                assertTrue(bound <= at + Rounding.gamma(N) * atAbs, what + ", random point " + at);
            }
        }
    }

    /** clip(x0 - tau a) to the cube, on the sphere of radius eps (tau by bisection), or the corner if inside. */
    private static double[] exactMinimiser(double[] a, double[] x0, double eps) {
        double[] corner = clipped(a, x0, Double.POSITIVE_INFINITY);
        if (distance(corner, x0) <= eps) {
            return corner;
        }
        double lo = 0;
        double hi = 1;
        while (distance(clipped(a, x0, hi), x0) < eps) {
            hi *= 2;
        }
        for (int k = 0; k < 200 && hi - lo > 1e-16 * hi; k++) {
            double mid = (lo + hi) / 2;
            if (distance(clipped(a, x0, mid), x0) < eps) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return clipped(a, x0, lo);
    }

    private static double[] clipped(double[] a, double[] x0, double tau) {
        double[] y = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double v = tau == Double.POSITIVE_INFINITY ? (a[i] > 0 ? 0 : a[i] < 0 ? 1 : x0[i]) : x0[i] - tau * a[i];
            y[i] = Math.min(1, Math.max(0, v));
        }
        return y;
    }

    private static double distance(double[] y, double[] x0) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += (y[i] - x0[i]) * (y[i] - x0[i]);
        }
        return Math.sqrt(s);
    }

    private static double norm(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}

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
 * Certified radii against exact minimal distances (seeded random instances): a linear classifier, whose distance
 * to the other class is that to a half-space inside the cube ({@link ExactDistances}); and a network with one
 * hidden unit whose margin \(p\,\mathrm{relu}(v^\top x + a) + q\) with \(p > 0\), \(q < 0\) changes sign exactly on
 * the half-space \(v^\top x + a \le -q/p\). There every bound is exact up to the bisection tolerance
 * (\(10^{-3}\) relative, asserted with a factor 0.995) and rounding; it must never exceed the exact distance.
 */
class CertifiedRadiusExactTest {

    private static final double TOLERANCE = 1e-4;

    private static double[][] instance(long seed, int n) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] w = new double[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = gauss.sample();
            x[i] = rng.nextInt(4) == 0 ? rng.nextInt(2) : rng.nextDouble();
        }
        double wx = 0;
        double wAbs = 0;
        for (int i = 0; i < n; i++) {
            wx += w[i] * x[i];
            wAbs += Math.abs(w[i]);
        }
        double c = -wx + 0.05 * wAbs * (0.2 + rng.nextDouble());
        return new double[][] {w, x, {c}};
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void linearClassifierRadiusIsTheDistanceToTheHalfSpace(long seed) {
        double[][] inst = instance(seed, 12);
        double[] w = inst[0];
        double[] x = inst[1];
        double c = inst[2][0];
        ReluNetwork net = ReluNetwork.of(ExactDistances.linear(w, c));
        for (Norm norm : new Norm[] {Norm.L2, Norm.LINF}) {
            double exact = norm == Norm.L2 ? ExactDistances.l2ToHalfSpace(w, c, x)
                    : ExactDistances.linfToHalfSpace(w, c, x);
            for (BoundMethod method : BoundMethod.values()) {
                double r = CertifiedRadius.of(net, norm, Box.UNIT, method).withTolerance(TOLERANCE)
                        .radius(x, 0, Double.POSITIVE_INFINITY);
                assertBracket(r, exact, norm + " " + method + " seed " + seed);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void unboundedLinearRadiusIsMarginOverNorm(long seed) {
        double[][] inst = instance(seed, 9);
        double[] w = inst[0];
        double[] x = inst[1];
        double c = inst[2][0];
        double margin = c;
        double sq = 0;
        for (int i = 0; i < w.length; i++) {
            margin += w[i] * x[i];
            sq += w[i] * w[i];
        }
        ReluNetwork net = ReluNetwork.of(ExactDistances.linear(w, c));
        double r = CertifiedRadius.of(net, Norm.L2, Box.UNBOUNDED, BoundMethod.CROWN).withTolerance(TOLERANCE)
                .radius(x, 0, Double.POSITIVE_INFINITY);
        assertBracket(r, margin / Math.sqrt(sq), "unbounded L2 seed " + seed);
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25, 26})
    void oneHiddenUnitRadiusIsTheDistanceToTheThreshold(long seed) {
        double[][] inst = instance(seed, 10);
        double[] v = inst[0];
        double[] x = inst[1];
        double t = inst[2][0];
        // v.x + a - tau = v.x + t: the threshold tau = -q/p = 0.3, a = t + tau
        double p = 1.7;
        double q = -0.3 * p;
        double a = t + 0.3;
        ReluNetwork net = ReluNetwork.of(ExactDistances.oneHiddenUnit(v, a, p, q));
        for (Norm norm : new Norm[] {Norm.L2, Norm.LINF}) {
            double exact = norm == Norm.L2 ? ExactDistances.l2ToHalfSpace(v, t, x)
                    : ExactDistances.linfToHalfSpace(v, t, x);
            for (BoundMethod method : BoundMethod.values()) {
                double r = CertifiedRadius.of(net, norm, Box.UNIT, method).withTolerance(TOLERANCE)
                        .radius(x, 0, Double.POSITIVE_INFINITY);
                assertBracket(r, exact, "one hidden unit " + norm + " " + method + " seed " + seed);
            }
        }
    }

    private static void assertBracket(double certified, double exact, String what) {
        String text = String.format(Locale.ROOT, "%s: certified %.10g, exact %.10g", what, certified, exact);
        assertTrue(certified <= exact, "certified above the exact distance: " + text);
        assertTrue(certified >= 0.995 * exact, "certified far below the exact distance: " + text);
    }
}

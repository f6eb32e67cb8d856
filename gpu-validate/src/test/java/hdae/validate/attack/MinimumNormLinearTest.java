package hdae.validate.attack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.validate.Fixtures;
import hdae.validate.model.Classifier;
import hdae.validate.norm.Norm;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

/**
 * FMN and DDN on linear binary models in the unbounded box (seeded): every distance is at least the exact distance
 * to the hyperplane, \(|w\cdot x + b|/\|w\|_2\) (L2) or \(/\|w\|_1\) (L-infinity), since the point returned is
 * adversarial; and at most 2 % above it (FMN) or 5 % (DDN, whose norm moves by factors \(1 \pm 0.05\)), so a
 * broken attack fails the test.
 */
class MinimumNormLinearTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void fmnAndDdnFindTheHyperplane(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        int n = 20;
        double[] w = new double[n];
        for (int j = 0; j < n; j++) {
            w[j] = gauss.sample();
        }
        double b = gauss.sample();
        double[][] x = new double[8][n];
        int[] labels = new int[x.length];
        double[] margin = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double f = b;
            for (int j = 0; j < n; j++) {
                x[i][j] = rng.nextDouble();
                f += w[j] * x[i][j];
            }
            labels[i] = f > 0 ? 1 : 0;
            margin[i] = Math.abs(f);
        }
        Classifier model = Fixtures.linearBinary(w, b);
        double[] fmn2 = Fmn.of(Norm.L2).withBox(Box.UNBOUNDED).attack(model, x, labels).distances();
        double[] fmnInf = Fmn.of(Norm.LINF).withBox(Box.UNBOUNDED).attack(model, x, labels).distances();
        double[] ddn = L2Ddn.of().withBox(Box.UNBOUNDED).attack(model, x, labels).distances();
        for (int i = 0; i < x.length; i++) {
            double l2 = margin[i] / Norm.L2.value(w);
            double linf = margin[i] / Norm.L1.value(w);
            check("FMN-L2", fmn2[i], l2, 1.02);
            check("FMN-Linf", fmnInf[i], linf, 1.02);
            check("DDN", ddn[i], l2, 1.05);
        }
    }

    private static void check(String attack, double found, double exact, double factor) {
        String text = String.format(Locale.ROOT, "%s: found %.6g, exact %.6g", attack, found, exact);
        assertTrue(found >= exact * (1 - 1e-9), text);
        assertTrue(found <= exact * factor, text);
    }
}

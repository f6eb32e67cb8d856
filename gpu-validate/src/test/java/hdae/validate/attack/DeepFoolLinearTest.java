package hdae.validate.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import hdae.validate.Fixtures;
import hdae.validate.model.Classifier;
import hdae.validate.model.DenseLayerParameters;
import hdae.validate.model.ModelSpec;
import hdae.validate.norm.Norm;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * On linear models DeepFool is exact: for a binary model with \(f(x) = w\cdot x + b\) its
 * first step lands on the boundary, so the reported distance is \((1+\eta)\,|w\cdot x+b|/\|w\|_2\) (L2) and
 * \((1+\eta)\,|w\cdot x+b|/\|w\|_1\) (L-infinity), in the unbounded box.
 *
 * <p>Tolerance: the logits come from a double-precision matrix product, with error at most
 * \(\gamma_n \sum_j |w_j x_j|\), \(\gamma_n \approx n\,2^{-53} < 10^{-14}\) for \(n \le 40\); the step and the
 * distance add a few roundings relative to \(\|x\|\). The test allows \(10^{-12}\,(1 + \sum_j|w_j x_j| + |b| +
 * \|x\|_2)\) divided by the dual norm of \(w\): 100 times the bound, and still 10,000 times smaller than the
 * deviation of a stabilising \(+10^{-8}\) in a denominator (as Foolbox adds).
 */
class DeepFoolLinearTest {

    /** Default overshoot \(\eta\) of both DeepFools. */
    private static final double OVERSHOOT = 0.02;

    private record Problem(double[] w, double b, double[][] x) {
    }

    private static Problem problem(int n, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] w = new double[n];
        for (int j = 0; j < n; j++) {
            w[j] = gauss.sample();
        }
        double[][] x = new double[10][n];
        for (double[] row : x) {
            for (int j = 0; j < n; j++) {
                row[j] = rng.nextDouble();
            }
        }
        return new Problem(w, gauss.sample(), x);
    }

    private static double f(Problem p, double[] x) {
        double sum = p.b();
        for (int j = 0; j < x.length; j++) {
            sum += p.w()[j] * x[j];
        }
        return sum;
    }

    private static double tolerance(Problem p, double[] x, double dualNormOfW) {
        double scale = 1 + Math.abs(p.b()) + Norm.L2.value(x);
        for (int j = 0; j < x.length; j++) {
            scale += Math.abs(p.w()[j] * x[j]);
        }
        return 1e-12 * scale / dualNormOfW;
    }

    private static int[] labels(Problem p) {
        int[] labels = new int[p.x().length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = f(p, p.x()[i]) > 0 ? 1 : 0;
        }
        return labels;
    }

    @Test
    void l2DistanceIsOnePlusOvershootTimesTheDistanceToTheHyperplane() {
        qt().withFixedSeed(61L).withExamples(15)
                .forAll(integers().between(1, 40), integers().between(0, 100_000)).checkAssert((n, seed) -> {
                    Problem p = problem(n, seed);
                    Classifier model = Fixtures.linearBinary(p.w(), p.b());
                    MinimizationResult result = L2DeepFool.of().withBox(Box.UNBOUNDED)
                            .attack(model, p.x(), labels(p));
                    double wNorm = Norm.L2.value(p.w());
                    for (int i = 0; i < p.x().length; i++) {
                        double exact = Math.abs(f(p, p.x()[i])) / wNorm;
                        assertTrue(result.result().success()[i]);
                        assertEquals((1 + OVERSHOOT) * exact, result.distances()[i],
                                tolerance(p, p.x()[i], wNorm), "n=" + n + " sample " + i);
                        // and the step is along +-w: |cos(delta, w)| = 1
                        double[] delta = result.perturbation(i);
                        double dot = 0;
                        for (int j = 0; j < n; j++) {
                            dot += delta[j] * p.w()[j];
                        }
                        assertEquals(1.0, Math.abs(dot) / (Norm.L2.value(delta) * wNorm), 1e-12);
                    }
                });
    }

    @Test
    void linfDistanceIsOnePlusOvershootTimesTheL1DualDistance() {
        qt().withFixedSeed(62L).withExamples(15)
                .forAll(integers().between(1, 40), integers().between(0, 100_000)).checkAssert((n, seed) -> {
                    Problem p = problem(n, seed);
                    Classifier model = Fixtures.linearBinary(p.w(), p.b());
                    MinimizationResult result = LinfDeepFool.of().withBox(Box.UNBOUNDED)
                            .attack(model, p.x(), labels(p));
                    double wL1 = Norm.L1.value(p.w());
                    for (int i = 0; i < p.x().length; i++) {
                        double exact = Math.abs(f(p, p.x()[i])) / wL1;
                        assertEquals((1 + OVERSHOOT) * exact, result.distances()[i], tolerance(p, p.x()[i], wL1),
                                "n=" + n + " sample " + i);
                    }
                });
    }

    @Test
    void multiClassLinearDistanceIsTheNearestPairwiseHyperplane() {
        // K = 4 linear classes: leaving class y means crossing some hyperplane z_k = z_y, so the minimal L2
        // distance is min_k |z_k - z_y| / ||w_k - w_y||, which one DeepFool step with all candidates reaches
        int n = 12;
        int classes = 4;
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(63L);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[][] weights = new double[n][classes];
        double[] bias = new double[classes];
        for (int k = 0; k < classes; k++) {
            for (int j = 0; j < n; j++) {
                weights[j][k] = gauss.sample();
            }
            bias[k] = gauss.sample();
        }
        Classifier model = Classifier.fromDenseLayers(ModelSpec.softmaxRegression(n, classes),
                List.of(new DenseLayerParameters(weights, bias)));
        double[][] x = new double[20][n];
        for (double[] row : x) {
            for (int j = 0; j < n; j++) {
                row[j] = rng.nextDouble();
            }
        }
        int[] labels = model.predict(x);
        MinimizationResult result = L2DeepFool.of().withBox(Box.UNBOUNDED).attack(model, x, labels);
        for (int i = 0; i < x.length; i++) {
            double nearest = Double.POSITIVE_INFINITY;
            for (int k = 0; k < classes; k++) {
                if (k == labels[i]) {
                    continue;
                }
                double difference = bias[k] - bias[labels[i]];
                double[] normal = new double[n];
                for (int j = 0; j < n; j++) {
                    normal[j] = weights[j][k] - weights[j][labels[i]];
                    difference += normal[j] * x[i][j];
                }
                nearest = Math.min(nearest, Math.abs(difference) / Norm.L2.value(normal));
            }
            // same error analysis as the binary case, with weights and inputs of order 1: 1e-10 absolute
            assertEquals((1 + OVERSHOOT) * nearest, result.distances()[i], 1e-10, "sample " + i);
        }
    }
}

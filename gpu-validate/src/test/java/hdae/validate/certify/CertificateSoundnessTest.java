package hdae.validate.certify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.validate.attack.Box;
import hdae.validate.attack.FixedBudgetResult;
import hdae.validate.attack.L2DeepFool;
import hdae.validate.attack.L2Pgd;
import hdae.validate.attack.L2PgdBisection;
import hdae.validate.attack.LinfPgd;
import hdae.validate.model.Classifier;
import hdae.validate.model.ModelSpec;
import hdae.validate.norm.Budget;
import hdae.validate.norm.Norm;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;

/**
 * Soundness of the certified radii on random ReLU MLPs (seeded): on every sample, (1) 400 random points of the
 * certified ball (uniform in the ball, clipped to the cube, which only moves them closer) and (2) PGD with 40 steps
 * and a random start inside the ball keep the class; (3) the radius never exceeds an attack's distance (DeepFool
 * and bisected PGD for L2); (4) alpha-CROWN's radius is at least CROWN's. A single counterexample is a failure:
 * the certificate claims that none exists.
 */
class CertificateSoundnessTest {

    private static final int SAMPLES = 5;
    private static final int POINTS = 400;

    private static double[][] points(UniformRandomProvider rng, int count, int n) {
        double[][] x = new double[count][n];
        for (double[] row : x) {
            for (int j = 0; j < n; j++) {
                row[j] = rng.nextInt(5) == 0 ? rng.nextInt(2) : rng.nextDouble();
            }
        }
        return x;
    }

    @ParameterizedTest
    @ValueSource(longs = {101, 102, 103})
    void noPointOfACertifiedBallChangesTheClass(long seed) {
        int n = 10;
        Classifier model = Classifier.initialised(ModelSpec.mlp(n, List.of(16, 12), 3), seed);
        ReluNetwork net = ReluNetwork.of(model);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[][] x = points(rng, SAMPLES, n);
        int[] labels = model.predict(x);
        for (Norm norm : new Norm[] {Norm.L2, Norm.LINF}) {
            double[] crown = CertifiedRadius.of(net, norm, Box.UNIT, BoundMethod.CROWN).radii(x, labels, null);
            double[] alpha = CertifiedRadius.of(net, norm, Box.UNIT, BoundMethod.ALPHA_CROWN).radii(x, labels, null);
            double[] ibp = CertifiedRadius.of(net, norm, Box.UNIT, BoundMethod.IBP).radii(x, labels, null);
            for (int s = 0; s < SAMPLES; s++) {
                String what = String.format(Locale.ROOT, "seed %d %s sample %d: IBP %.5g CROWN %.5g alpha %.5g",
                        seed, norm, s, ibp[s], crown[s], alpha[s]);
                assertTrue(alpha[s] >= crown[s], what);
                assertTrue(crown[s] > 0, "a correctly classified random point has a positive radius: " + what);
                double r = Math.max(alpha[s], Math.max(crown[s], ibp[s]));
                for (int k = 0; k < POINTS; k++) {
                    boolean onSphere = norm == Norm.L2 && rng.nextInt(4) == 0;
                    double[] y = BallPoints.random(x[s], r, norm, onSphere, rng, gauss);
                    assertEquals(labels[s], argmax(net.logits(y)), what + ": random point changes the class");
                }
                int[] one = {labels[s]};
                double[][] xs = {x[s]};
                FixedBudgetResult pgd = norm == Norm.L2
                        ? L2Pgd.of().withSteps(40).withSeed(seed).attack(model, xs, one, List.of(Budget.of(norm, r)))
                        : LinfPgd.of().withSteps(40).withSeed(seed).attack(model, xs, one, List.of(Budget.of(norm, r)));
                assertTrue(!pgd.at(0).success()[0], what + ": PGD found an adversarial inside the certified ball");
            }
            if (norm == Norm.L2) {
                double[] fool = L2DeepFool.of().attack(model, x, labels).distances();
                double[] bisect = L2PgdBisection.of().attack(model, x, labels).distances();
                for (int s = 0; s < SAMPLES; s++) {
                    assertTrue(alpha[s] <= Math.min(fool[s], bisect[s]), "certified above an attack distance");
                }
            }
        }
    }

    private static int argmax(double[] z) {
        int best = 0;
        for (int k = 1; k < z.length; k++) {
            if (z[k] > z[best]) {
                best = k;
            }
        }
        return best;
    }
}

package hdae.validate.certify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.validate.Fixtures;
import hdae.validate.attack.L2DeepFool;
import hdae.validate.attack.L2Pgd;
import hdae.validate.attack.L2PgdBisection;
import hdae.validate.attack.MinimizationResult;
import hdae.validate.data.Dataset;
import hdae.validate.model.Classifier;
import hdae.validate.norm.Norm;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

/**
 * Certified radius \(\le\) true minimal distance \(\le\) attack distance, per sample, on the
 * trained 7x7 MNIST MLP and softmax regression of {@link hdae.validate.Fixtures}. The comparison needs no
 * tolerance: the certificate is smaller than the attack distances by orders of magnitude on real networks,
 * and exact arithmetic would already guarantee it.
 */
class LipschitzCertificateTest {

    /** Certified samples: the first 100 test images. */
    private static final int COUNT = 100;

    private static void assertCertifiedBelowAttacks(Classifier model) {
        Dataset test = Fixtures.mnist7Test();
        double[][] x = test.rows(0, COUNT);
        int[] y = Arrays.copyOf(test.labels(), COUNT);
        double[] radii = LipschitzCertificate.of(model).radii(x, y);
        MinimizationResult deepFool = L2DeepFool.of().attack(model, x, y);
        MinimizationResult search = L2PgdBisection.of()
                .withPgd(L2Pgd.of().withSteps(20).withRelativeStep(0.125)).withSchedule(1.0, 3, 5).attack(model, x, y);
        int[] predicted = model.predict(x);
        int positive = 0;
        for (int i = 0; i < COUNT; i++) {
            assertTrue(radii[i] <= deepFool.distances()[i], "sample " + i + ": certified " + radii[i]
                    + " > DeepFool " + deepFool.distances()[i]);
            assertTrue(radii[i] <= search.distances()[i], "sample " + i + ": certified " + radii[i]
                    + " > PGD search " + search.distances()[i]);
            if (predicted[i] != y[i]) {
                assertEquals(0.0, radii[i], "misclassified sample " + i);
            } else {
                assertTrue(radii[i] > 0, "correct sample " + i + " with a zero margin");
                positive++;
            }
        }
        assertTrue(positive > COUNT / 2, "most samples should get a positive certificate");
    }

    @Test
    void certifiedRadiusIsBelowBothAttackDistancesOnTheMlp() {
        assertCertifiedBelowAttacks(Fixtures.mnist7Mlp());
    }

    @Test
    void certifiedRadiusIsBelowBothAttackDistancesOnSoftmaxRegression() {
        assertCertifiedBelowAttacks(Fixtures.mnist7Softmax());
    }

    @Test
    void binaryLinearRadiusIsTheMarginOverRootTwoTimesTheWeightNorm() {
        // z_0 = 0, z_1 = w.x + b: W = [0 | w] has spectral norm ||w||_2, so R = |w.x + b| / (sqrt(2) ||w||_2),
        // a factor sqrt(2) below the exact distance |w.x + b| / ||w||_2 (the price of the generic bound)
        double[] w = {3, 4};
        Classifier model = Fixtures.linearBinary(w, -1);
        double[] x = {0.5, 0.25};
        // w.x + b = 1.5 + 1 - 1 = 1.5, ||w|| = 5: R = 1.5 / (5 sqrt 2); the upper bound's 1 + 1e-9 margin
        // makes R smaller by at most that factor
        double radius = LipschitzCertificate.of(model).radius(x, 1).value();
        assertEquals(1.5 / (5 * Math.sqrt(2)), radius, 1.5 / (5 * Math.sqrt(2)) * 2e-9);
        assertEquals(Norm.L2, LipschitzCertificate.of(model).radius(x, 1).norm());
    }

    @Test
    void lipschitzBoundIsAtLeastThePowerIterationProduct() {
        LipschitzCertificate certificate = LipschitzCertificate.of(Fixtures.mnist7Mlp());
        assertTrue(certificate.lipschitzBound() >= certificate.lipschitzEstimate());
        // layers of side m <= 49: each bound is within 49^(1/2^13) * (1 + 1e-9) of the norm, 3 layers
        assertTrue(certificate.lipschitzBound() <= certificate.lipschitzEstimate() * 1.002,
                certificate.lipschitzBound() + " vs " + certificate.lipschitzEstimate());
    }
}

package hdae.validate.census;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.validate.ExceptionAssert;
import hdae.validate.ValidationException;

import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The hand-written back-propagation of {@link TanhMlp} against central differences of the loss, and its symmetries.
 *
 * <p>Tolerance of the gradient check: with step \( s = 10^{-6} \) the central difference has truncation error about
 * \( s^2 |L'''| / 6 \approx 10^{-12} \) and rounding error about \( \varepsilon L / s \approx 2 \cdot 10^{-10} \)
 * (\( L \le 1 \) here); the test allows \( 10^{-7} \max(1, |g_j|) \), a factor 500 above that estimate and far below
 * the size of a wrong term (a missing factor \( 1 - a^2 \) or \( x_j \) changes a component by order one).
 */
class TanhMlpTest {

    /** Step of the gradient check, see the class comment. */
    private static final double STEP = 1e-6;
    /** Relative tolerance of the gradient check, see the class comment. */
    private static final double GRADIENT_TOLERANCE = 1e-7;

    private static double[] randomTheta(int n, long seed) {
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(
                RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
        double[] theta = new double[n];
        for (int i = 0; i < n; i++) {
            theta[i] = g.sample();
        }
        return theta;
    }

    private static TanhMlp network(int width, double decay) {
        TeacherTask task = TeacherTask.draw(3, 2, 20, 0.1, 7);
        return TanhMlp.of(task.inputs(), task.targets(), width, decay);
    }

    @Test
    void gradientMatchesCentralDifferencesOfTheLoss() {
        for (int width : new int[] {1, 3, 5}) {
            TanhMlp net = network(width, 1e-3);
            for (long seed = 1; seed <= 5; seed++) {
                double[] theta = randomTheta(net.dimension(), seed);
                double[] analytic = net.gradient(theta);
                double[] numeric = FiniteDifferences.gradient(net, theta, STEP);
                for (int j = 0; j < analytic.length; j++) {
                    double error = Math.abs(analytic[j] - numeric[j]) / Math.max(1, Math.abs(analytic[j]));
                    assertTrue(error <= GRADIENT_TOLERANCE, "width " + width + ", seed " + seed + ", component "
                            + j + ": relative error " + error);
                }
            }
        }
    }

    @Test
    void parameterCountIsWidthTimesInputPlusTwoPlusOne() {
        // n = h(d + 2) + 1 with d = 3 (the fixture): W is h x 3, then b, v (h each) and c
        assertEquals(5 * 5 + 1, network(5, 0).dimension());
    }

    @Test
    void permutingAndFlippingUnitsKeepsLossAndCanonicalForm() {
        TanhMlp net = network(2, 1e-3);
        double[] theta = randomTheta(net.dimension(), 11);
        // layout for d = 3, h = 2: W = theta[0..5], b = theta[6..7], v = theta[8..9], c = theta[10];
        // swap the two units and flip the sign of the (new) first one
        double[] image = theta.clone();
        for (int j = 0; j < 3; j++) {
            image[j] = -theta[3 + j];
            image[3 + j] = theta[j];
        }
        image[6] = -theta[7];
        image[7] = theta[6];
        image[8] = -theta[9];
        image[9] = theta[8];
        // the sums run in another order: allow a few ulps of the loss (1e-14 relative)
        assertEquals(net.value(theta), net.value(image), 1e-14 * net.value(theta));
        assertArrayEquals(net.canonical(theta), net.canonical(image), 0.0);
    }

    @Test
    void rejectsZeroWidthNamingIt() {
        TeacherTask task = TeacherTask.draw(2, 1, 4, 0, 1);
        ValidationException e = assertThrows(ValidationException.class,
                () -> TanhMlp.of(task.inputs(), task.targets(), 0, 0));
        ExceptionAssert.messageNames("width", e);
    }

    @Test
    void rejectsNegativeWeightDecayNamingIt() {
        TeacherTask task = TeacherTask.draw(2, 1, 4, 0, 1);
        ValidationException e = assertThrows(ValidationException.class,
                () -> TanhMlp.of(task.inputs(), task.targets(), 1, -1e-3));
        ExceptionAssert.messageNames("weightDecay", e);
    }
}

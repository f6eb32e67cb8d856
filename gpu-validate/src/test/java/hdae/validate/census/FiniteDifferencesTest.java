package hdae.validate.census;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The finite-difference Hessian: exact on a quadratic, symmetric within tolerance on a network, and consistent with
 * second differences of the loss.
 *
 * <p>Tolerances. On a quadratic the central difference of the gradient has no truncation error; rounding gives about
 * \( \varepsilon \|g\| / s \approx 2 \cdot 10^{-16} \cdot 10 / 10^{-5} = 2 \cdot 10^{-10} \), so \( 10^{-8} \) is
 * checked. On the network the asymmetry is truncation plus rounding, about \( 10^{-10} \) relative
 * ({@link FiniteDifferences}); the census's own tolerance \( 10^{-6} \) is checked. The second difference with
 * \( t = 10^{-4} \) has truncation \( t^2 |L''''| / 12 \approx 10^{-9} \) and rounding \( 4 \varepsilon L / t^2
 * \approx 10^{-7} \); \( 10^{-5} \max(1, |u^\top H u|) \) is checked, 100 times that.
 */
class FiniteDifferencesTest {

    /** The asymmetry tolerance of the census, see the class comment. */
    static final double ASYMMETRY_TOLERANCE = 1e-6;
    /** The second-difference tolerance of the census, see the class comment. */
    static final double SECOND_DIFFERENCE_TOLERANCE = 1e-5;

    /** \( L(\theta) = \tfrac12 \theta^\top A \theta + b^\top \theta \) with a fixed symmetric indefinite A. */
    private static final double[][] A = {{2, 1, 0}, {1, -3, 0.5}, {0, 0.5, 1}};

    private static final DifferentiableLoss QUADRATIC = new DifferentiableLoss() {
        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public double value(double[] theta) {
            return 0.5 * FiniteDifferences.quadraticForm(A, theta) + theta[0] - 2 * theta[2];
        }

        @Override
        public double[] gradient(double[] theta) {
            double[] g = new double[3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    g[i] += A[i][j] * theta[j];
                }
            }
            g[0] += 1;
            g[2] -= 2;
            return g;
        }
    };

    @Test
    void hessianOfQuadraticIsItsMatrix() {
        double[][] h = FiniteDifferences.hessian(QUADRATIC, new double[] {0.3, -1.2, 2.5},
                FiniteDifferences.HESSIAN_STEP);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(A[i][j], h[i][j], 1e-8, "entry " + i + "," + j);
            }
        }
    }

    @Test
    void networkHessianIsSymmetricBeforeSymmetrising() {
        TeacherTask task = TeacherTask.draw(3, 3, 30, 0.1, 5);
        for (int width : new int[] {1, 4}) {
            TanhMlp net = TanhMlp.of(task.inputs(), task.targets(), width, 1e-3);
            double[] theta = gaussian(net.dimension(), width);
            double asymmetry = FiniteDifferences.asymmetry(
                    FiniteDifferences.hessian(net, theta, FiniteDifferences.HESSIAN_STEP));
            assertTrue(asymmetry <= ASYMMETRY_TOLERANCE, "width " + width + ": asymmetry " + asymmetry);
        }
    }

    @Test
    void secondDifferencesOfLossMatchHessianQuadraticForm() {
        TeacherTask task = TeacherTask.draw(3, 3, 30, 0.1, 5);
        TanhMlp net = TanhMlp.of(task.inputs(), task.targets(), 3, 1e-3);
        double[] theta = gaussian(net.dimension(), 99);
        double[][] h = FiniteDifferences.symmetrise(FiniteDifferences.hessian(net, theta,
                FiniteDifferences.HESSIAN_STEP));
        for (int k = 0; k < 5; k++) {
            double[] u = gaussian(net.dimension(), 1000 + k);
            double length = CriticalPointSearch.norm(u);
            for (int i = 0; i < u.length; i++) {
                u[i] /= length;
            }
            double exact = FiniteDifferences.quadraticForm(h, u);
            double diff = FiniteDifferences.secondDifference(net, theta, u, FiniteDifferences.SECOND_DIFFERENCE_STEP);
            double error = Math.abs(diff - exact) / Math.max(1, Math.abs(exact));
            assertTrue(error <= SECOND_DIFFERENCE_TOLERANCE, "direction " + k + ": relative error " + error);
        }
    }

    @Test
    void symmetriseGivesTheSymmetricPart() {
        double[][] m = {{1, 2}, {4, 3}};
        double[][] s = FiniteDifferences.symmetrise(m);
        // (2 + 4)/2 = 3 exactly in binary floating point
        assertEquals(3, s[0][1], 0.0);
        assertEquals(3, s[1][0], 0.0);
        // asymmetry |2 - 4| / max(1, 4) = 0.5 exactly
        assertEquals(0.5, FiniteDifferences.asymmetry(m), 0.0);
    }

    static double[] gaussian(int n, long seed) {
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(
                RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = g.sample();
        }
        return v;
    }
}

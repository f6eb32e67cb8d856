package hdae.validate.census;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.validate.census.CriticalPointSearch.Outcome;
import hdae.validate.census.CriticalPointSearch.Result;

import org.junit.jupiter.api.Test;

/**
 * The search reaches saddles, not only minima, on \( L(x, y) = (x^2 - 1)^2 + y^2 \): critical points
 * \( (0, 0) \) (Hessian diag(-4, 2), a saddle of index 1) and \( (\pm 1, 0) \) (minima).
 */
class CriticalPointSearchTest {

    private static final DifferentiableLoss DOUBLE_WELL = new DifferentiableLoss() {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public double value(double[] t) {
            double a = t[0] * t[0] - 1;
            return a * a + t[1] * t[1];
        }

        @Override
        public double[] gradient(double[] t) {
            return new double[] {4 * t[0] * (t[0] * t[0] - 1), 2 * t[1]};
        }
    };

    @Test
    void convergesToTheSaddleFromNearIt() {
        CriticalPointSearch search = CriticalPointSearch.of(1e-10, 100, 10);
        Result r = search.search(DOUBLE_WELL, new double[] {0.2, 0.5});
        assertEquals(Outcome.CRITICAL, r.outcome(), r.summary());
        // |g| <= 1e-10 and the Hessian at the saddle is at least 2 in modulus, so |theta - 0| <= 1e-10
        assertEquals(0, r.theta()[0], 1e-10);
        assertEquals(0, r.theta()[1], 1e-10);
        Spectrum s = Spectrum.of(FiniteDifferences.symmetrise(FiniteDifferences.hessian(DOUBLE_WELL, r.theta(),
                FiniteDifferences.HESSIAN_STEP)), Spectrum.DEFAULT_ZERO_TOLERANCE);
        assertEquals(1, s.negative());
    }

    @Test
    void convergesToAMinimumFromNearIt() {
        Result r = CriticalPointSearch.of(1e-10, 100, 10).search(DOUBLE_WELL, new double[] {0.8, -0.4});
        assertEquals(Outcome.CRITICAL, r.outcome(), r.summary());
        // Hessian diag(8, 2) at (1, 0): |theta - (1, 0)| <= |g| / 2 <= 5e-11
        assertEquals(1, r.theta()[0], 1e-10);
        assertTrue(r.gradientNorm() <= 1e-10);
    }

    @Test
    void reportsEscapeBeyondTheParameterBound() {
        // starts outside the bound 10, so the first check stops it
        Result r = CriticalPointSearch.of(1e-10, 100, 10).search(DOUBLE_WELL, new double[] {20, 0});
        assertEquals(Outcome.ESCAPED, r.outcome());
    }
}

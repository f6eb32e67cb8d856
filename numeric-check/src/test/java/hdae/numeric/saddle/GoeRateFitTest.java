package hdae.numeric.saddle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.numeric.NumericException;
import hdae.numeric.mc.ConfidenceInterval;
import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.RandomStreams;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GoeRateFitTest {

    private static final int MAX_SIZE = 8;

    private static Estimate exactPoint(double logP, double relativeError) {
        double p = Math.exp(logP);
        return new Estimate(p, relativeError * p, 1000, new ConfidenceInterval(p, p, 0.5), "synthetic");
    }

    /** A law of the fitted form is recovered exactly (1e-9: rounding of a 3 x 3 solve with entries up to 64^2). */
    @Test
    void recoversASyntheticLaw() {
        int[] sizes = {1, 2, 3, 4, 5, 6, 7, 8};
        Estimate[] points = new Estimate[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            int n = sizes[i];
            points[i] = exactPoint(-0.3 * n * n + 0.5 * n - 0.2, 0.01 * n);
        }
        GoeRateFit fit = GoeRateFit.fit(sizes, points, 0.95);
        assertEquals(0.3, fit.theta(), 1e-9);
        assertEquals(0.5, fit.linear(), 1e-9);
        assertEquals(-0.2, fit.constant(), 1e-9);
        assertEquals(5, fit.degreesOfFreedom());
        assertTrue(fit.chiSquare() < 1e-12, "chi2 " + fit.chiSquare());
    }

    @Test
    void rejectsMismatchedLengths() {
        Estimate p = exactPoint(-1, 0.1);
        NumericException e = assertThrows(NumericException.class,
                () -> GoeRateFit.fit(new int[] {1, 2, 3, 4}, new Estimate[] {p, p, p}, 0.95));
        assertTrue(e.getMessage().contains("for probabilities length, got 3"), e.getMessage());
    }

    /**
     * The Monte Carlo survey N = 1..8 and its fit, reported next to ln 3/4 (written to the test's output file). N = 1
     * by hit-or-miss (the conditioned estimator has zero variance there), N = 2..8 by tilted GHK importance
     * sampling. The asymptotic rate is NOT asserted (finite-size corrections, Dean and Majumdar 2008); the
     * assertions are that every estimate has a positive count and that the fit is finite.
     */
    @Test
    void fitsTheMonteCarloSurvey() {
        double confidence = 1 - 1e-6;
        int[] sizes = new int[MAX_SIZE];
        Estimate[] estimates = new Estimate[MAX_SIZE];
        for (int n = 1; n <= MAX_SIZE; n++) {
            sizes[n - 1] = n;
            estimates[n - 1] = n == 1
                    ? GoePositivity.estimateByEigenvalues(1, 200_000, RandomStreams.create(600L), confidence)
                    : GoePositivity.estimateByConditioning(n, 100_000, RandomStreams.create(600L + n), confidence);
            assertTrue(estimates[n - 1].value() > 0 && estimates[n - 1].standardError() > 0,
                    estimates[n - 1].toString());
        }
        GoeRateFit fit = GoeRateFit.fit(sizes, estimates, 0.95);
        StringBuilder report = new StringBuilder("GOE positivity survey (seeds 600 + N)\n");
        for (int i = 0; i < MAX_SIZE; i++) {
            Estimate e = estimates[i];
            report.append(String.format(Locale.ROOT,
                    "N=%d P=%.6g se=%.3g ln P=%.5f [%.6g, %.6g] fit ln P=%.5f  %s%n", sizes[i], e.value(),
                    e.standardError(), Math.log(e.value()), e.interval().lower(), e.interval().upper(),
                    fit.logProbability(sizes[i]), e.method()));
        }
        report.append(String.format(Locale.ROOT,
                "theta = %.5f (se %.5f, 95%% interval [%.5f, %.5f]), a = %.4f, b = %.4f, chi2/dof = %.3f/%d;"
                        + " Dean-Majumdar ln3/4 = %.5f%n",
                fit.theta(), fit.thetaStandardError(), fit.thetaInterval().lower(), fit.thetaInterval().upper(),
                fit.linear(), fit.constant(), fit.chiSquare(), fit.degreesOfFreedom(),
                GoeRateFit.DEAN_MAJUMDAR_THETA));
        System.out.print(report);
        assertTrue(Double.isFinite(fit.theta()) && Double.isFinite(fit.thetaInterval().width()), report.toString());
    }
}

package hdae.numeric.saddle;

import hdae.numeric.mc.Guard;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The joint eigenvalue density of the GOE and \( P_N \) by numerical integration, for small N.
 *
 * <p>For the GOE of {@link GoeSampler} (\( p(H) \propto e^{-\operatorname{tr}H^2/2} \)), the unordered eigenvalues
 * have the density
 * \[ p(\lambda_1, \dots, \lambda_N) = \frac{1}{Z_N} \prod_{i \lt j} |\lambda_i - \lambda_j|\;
 *    \prod_{i=1}^N e^{-\lambda_i^2/2}, \qquad
 *    Z_N = (2\pi)^{N/2} \prod_{j=1}^{N} \frac{\Gamma(1 + j/2)}{\Gamma(3/2)} \]
 * (Mehta, ch. 3, with \( \beta = 1 \); \( Z_N \) is Mehta's integral, a case of Selberg's, ch. 17). Hence
 * \[ P_N = \Pr[\lambda_{\min} > 0] = \frac{N!}{Z_N} \int_{0 \lt \lambda_1 \lt \dots \lt \lambda_N}
 *    \prod_{i \lt j} (\lambda_j - \lambda_i)\, e^{-\sum_i \lambda_i^2/2}\, d\lambda . \]
 * The integral over ordered eigenvalues (where the integrand is smooth) is computed by nested Commons Math
 * {@link IterativeLegendreGaussIntegrator}s, cut at \( |\lambda| \le \) {@link #CUTOFF} (the neglected mass is below
 * \( e^{-CUTOFF^2/2} \) times a polynomial, under \( 10^{-25} \) relative). Nesting costs grow like
 * \( (\text{nodes})^N \), so N is capped at {@link #MAX_SIZE}.
 *
 * @see "M. L. Mehta, Random Matrices, 3rd ed., Elsevier 2004, ch. 3 (eigenvalue density) and ch. 17 (Selberg's
 *     integral)"
 * @see <a href="https://doi.org/10.1103/PhysRevE.77.041108">D. S. Dean, S. N. Majumdar, "Extreme value statistics
 *     of eigenvalues of Gaussian random matrices", PRE 77, 041108 (2008)</a>
 */
public final class GoeEigenvalueDensity {

    /** Integration cut-off for the eigenvalues. */
    public static final double CUTOFF = 12;
    /** Largest N for the nested integration. */
    public static final int MAX_SIZE = 3;

    /** Gauss-Legendre nodes per sub-interval. */
    private static final int NODES = 8;
    /** Relative accuracy of each integration level. */
    private static final double RELATIVE_ACCURACY = 1e-11;
    /** Absolute accuracy of each level; keeps refinement finite where the integrand vanishes. */
    private static final double ABSOLUTE_ACCURACY = 1e-15;
    private static final int MAX_EVALUATIONS = 10_000_000;

    private GoeEigenvalueDensity() {
    }

    /**
     * The natural logarithm of the normalising constant, in closed form.
     *
     * @param size N, at least 1
     * @return \( \ln Z_N = \tfrac N2 \ln(2\pi) + \sum_{j=1}^N [\ln\Gamma(1 + j/2) - \ln\Gamma(3/2)] \)
     */
    public static double logNormalisation(int size) {
        Guard.atLeast("size", size, 1);
        double sum = 0.5 * size * Math.log(2 * Math.PI);
        double logGammaThreeHalves = LogGamma.value(1.5);
        for (int j = 1; j <= size; j++) {
            sum += LogGamma.value(1 + 0.5 * j) - logGammaThreeHalves;
        }
        return sum;
    }

    /**
     * The density at a point.
     *
     * @param lambda the eigenvalues, in any order (length N >= 1)
     * @return \( p(\lambda) \)
     */
    public static double density(double[] lambda) {
        Guard.notNull("lambda", lambda);
        Guard.atLeast("lambda length", lambda.length, 1);
        return Math.abs(unnormalised(lambda)) * Math.exp(-logNormalisation(lambda.length));
    }

    /**
     * \( Z_N \) by numerical integration over all of \( [-CUTOFF, CUTOFF]^N \), to check the closed form.
     *
     * @param size N, \( 1 \le N \le \) {@link #MAX_SIZE}
     * @return \( N! \int_{\lambda_1 \lt \dots \lt \lambda_N} \prod_{i \lt j}(\lambda_j - \lambda_i) e^{-|\lambda|^2/2} \)
     */
    public static double normalisationByIntegration(int size) {
        Guard.between("size", size, 1, MAX_SIZE);
        return factorial(size) * orderedIntegral(size, -CUTOFF, CUTOFF);
    }

    /**
     * \( P_N \) by numerical integration of the density over the positive orthant.
     *
     * @param size N, \( 1 \le N \le \) {@link #MAX_SIZE}
     * @return \( P_N \), with the closed-form \( Z_N \)
     */
    public static double positiveDefiniteProbability(int size) {
        Guard.between("size", size, 1, MAX_SIZE);
        return factorial(size) * orderedIntegral(size, 0, CUTOFF) * Math.exp(-logNormalisation(size));
    }

    /** The integral of the unnormalised density over \( lower \lt \lambda_1 \lt \dots \lt \lambda_N \lt upper \). */
    private static double orderedIntegral(int size, double lower, double upper) {
        return integrateLevel(size - 1, lower, upper, new double[size]);
    }

    /** Integrates over \( \lambda_{index} \in (lower, upperLimit) \), the inner variables below it. */
    private static double integrateLevel(int index, double lower, double upperLimit, double[] lambda) {
        if (index < 0) {
            return unnormalised(lambda);
        }
        if (!(upperLimit > lower)) {
            return 0;
        }
        IterativeLegendreGaussIntegrator integrator =
                new IterativeLegendreGaussIntegrator(NODES, RELATIVE_ACCURACY, ABSOLUTE_ACCURACY);
        return integrator.integrate(MAX_EVALUATIONS, t -> {
            lambda[index] = t;
            return integrateLevel(index - 1, lower, t, lambda);
        }, lower, upperLimit);
    }

    /** \( \prod_{i \lt j} (\lambda_j - \lambda_i)\, e^{-|\lambda|^2/2} \) (signed). */
    private static double unnormalised(double[] lambda) {
        double product = 1;
        double sumSquares = 0;
        for (int j = 0; j < lambda.length; j++) {
            sumSquares += lambda[j] * lambda[j];
            for (int i = 0; i < j; i++) {
                product *= lambda[j] - lambda[i];
            }
        }
        return product * Math.exp(-0.5 * sumSquares);
    }

    private static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }
}

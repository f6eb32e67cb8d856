package hdae.numeric.saddle;

import hdae.numeric.NumericException;
import hdae.numeric.eval.Assignment;
import hdae.numeric.eval.BoundEvaluator;
import hdae.numeric.mc.ConfidenceInterval;
import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.Guard;
import hdae.symbolic.bound.BoundCatalogue;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Weighted least-squares fit of the finite-size law of GOE positivity,
 * \[ \ln P_N = -\theta N^2 + a N + b, \]
 * to Monte Carlo estimates \( \hat P_N \), with weights \( 1/\sigma_N^2 \),
 * \( \sigma_N = \mathrm{se}(\hat P_N)/\hat P_N \) (delta method for \( \ln \hat P_N \)).
 *
 * <p>With design rows \( x_N = (-N^2, N, 1) \) and \( W = \operatorname{diag}(\sigma_N^{-2}) \), the estimate is
 * \( \hat\beta = (X^\top W X)^{-1} X^\top W y \) with covariance \( C = (X^\top W X)^{-1} \). The reported interval of
 * \( \theta \) is \( \hat\theta \pm z_{1-\alpha/2} \sqrt{C_{00}}\, \max(1, \sqrt{\chi^2/\nu}) \): the delta-method
 * interval of the Monte Carlo noise, widened by the Birge ratio when the three-parameter law does not fit the points
 * within their errors (\( \chi^2 = \sum_N (y_N - x_N\hat\beta)^2/\sigma_N^2 \), \( \nu \) = points minus 3). Neither
 * interval covers the finite-size bias: \( \hat\theta \) at N up to 8 is not the asymptotic rate
 * {@link #DEAN_MAJUMDAR_THETA} \( = \ln 3/4 \), because the \( O(\ln N) \) corrections are not in the law
 * (Dean and Majumdar 2008). Report it next to \( \ln 3/4 \); do not test it against it.
 *
 * @param theta the fitted \( \hat\theta \)
 * @param linear the fitted \( \hat a \)
 * @param constant the fitted \( \hat b \)
 * @param thetaStandardError \( \sqrt{C_{00}} \), from the Monte Carlo errors only
 * @param thetaInterval the interval described above
 * @param chiSquare \( \chi^2 \) of the fit
 * @param degreesOfFreedom \( \nu \)
 * @see <a href="https://doi.org/10.1103/PhysRevLett.97.160201">D. S. Dean, S. N. Majumdar, PRL 97, 160201 (2006):
 *     \( P_N \approx e^{-\theta N^2} \), \( \theta = \ln 3/4 \) for \( \beta = 1 \)</a>
 */
public record GoeRateFit(double theta, double linear, double constant, double thetaStandardError,
        ConfidenceInterval thetaInterval, double chiSquare, int degreesOfFreedom) {

    /**
     * The asymptotic rate \( \ln 3/4 = 0.274653\ldots \) (Dean and Majumdar 2006, CITED), read from the bound
     * catalogue's {@code goe-posdef-rate-eq} (LITERATURE).
     */
    public static final double DEAN_MAJUMDAR_THETA = BoundEvaluator.compile(
            BoundCatalogue.standard().get("goe-posdef-rate-eq")).applyAsDouble(Assignment.of(Map.of()));

    /**
     * Fits the law to estimates of \( P_N \).
     *
     * @param sizes the sizes N, at least 4 of them, each at least 1
     * @param probabilities the estimates of \( P_N \), same length, each with positive value and standard error
     * @param confidence the level \( 1 - \alpha \) of the interval of \( \theta \)
     * @return the fit
     */
    public static GoeRateFit fit(int[] sizes, Estimate[] probabilities, double confidence) {
        Guard.notNull("sizes", sizes);
        Guard.notNull("probabilities", probabilities);
        Guard.atLeast("number of sizes", sizes.length, 4);
        if (probabilities.length != sizes.length) {
            throw NumericException.expected("as many estimates as sizes (" + sizes.length + ")",
                    "probabilities length", probabilities.length);
        }
        Guard.confidence(confidence);
        int count = sizes.length;
        double[] y = new double[count];
        double[] weight = new double[count];
        RealMatrix normal = new Array2DRowRealMatrix(3, 3);
        RealVector rhs = new ArrayRealVector(3);
        for (int i = 0; i < count; i++) {
            Guard.atLeast("size", sizes[i], 1);
            Estimate e = probabilities[i];
            if (!(e.value() > 0 && e.standardError() > 0)) {
                throw NumericException.expected("positive value and standard error", "estimate for N = " + sizes[i],
                        e);
            }
            y[i] = Math.log(e.value());
            double sigma = e.standardError() / e.value();
            weight[i] = 1 / (sigma * sigma);
            double[] x = row(sizes[i]);
            for (int r = 0; r < 3; r++) {
                rhs.addToEntry(r, weight[i] * x[r] * y[i]);
                for (int c = 0; c < 3; c++) {
                    normal.addToEntry(r, c, weight[i] * x[r] * x[c]);
                }
            }
        }
        RealMatrix covariance = new LUDecomposition(normal).getSolver().getInverse();
        RealVector beta = covariance.operate(rhs);
        double chiSquare = 0;
        for (int i = 0; i < count; i++) {
            double[] x = row(sizes[i]);
            double residual = y[i] - (x[0] * beta.getEntry(0) + x[1] * beta.getEntry(1) + x[2] * beta.getEntry(2));
            chiSquare += weight[i] * residual * residual;
        }
        int dof = count - 3;
        double standardError = Math.sqrt(covariance.getEntry(0, 0));
        double birge = Math.max(1, Math.sqrt(chiSquare / dof));
        double z = NormalDistribution.of(0, 1).inverseSurvivalProbability((1 - confidence) / 2);
        double half = z * standardError * birge;
        double theta = beta.getEntry(0);
        return new GoeRateFit(theta, beta.getEntry(1), beta.getEntry(2), standardError,
                new ConfidenceInterval(theta - half, theta + half, confidence), chiSquare, dof);
    }

    /**
     * The reduced chi-square of the fit.
     *
     * @return \( \chi^2/\nu \)
     */
    public double reducedChiSquare() {
        return chiSquare / degreesOfFreedom;
    }

    /**
     * The fitted law at a size.
     *
     * @param size N
     * @return \( -\hat\theta N^2 + \hat a N + \hat b \)
     */
    public double logProbability(int size) {
        return -theta * size * (double) size + linear * size + constant;
    }

    private static double[] row(int size) {
        return new double[] {-(double) size * size, size, 1};
    }
}

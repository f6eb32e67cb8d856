package hdae.numeric.saddle;

import hdae.numeric.mc.ClopperPearson;
import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.Guard;
import hdae.numeric.mc.SampleMoments;
import hdae.numeric.mc.StudentMean;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Monte Carlo estimates of the probability that a GOE matrix is positive definite (a GOE "Hessian" is a minimum),
 * \[ P_N = \Pr[\lambda_{\min}(H) > 0], \qquad \ln P_N \sim -\theta N^2,\ \theta = \tfrac{\ln 3}{4} \ (N \to \infty), \]
 * (BACKGROUND; the rate is Dean and Majumdar's, CITED). Two estimators:
 * <ul>
 * <li>{@link #estimateByEigenvalues}: hit-or-miss over GOE matrices ({@link GoeSampler}), each checked by the
 *     symmetric eigen-decomposition of Commons Math 3 ({@link EigenDecomposition}); Clopper-Pearson interval.
 *     Practical while \( P_N m \) is large: N up to about 5 (\( P_5 \approx 1.4 \cdot 10^{-4} \)).</li>
 * <li>{@link #estimateByConditioning}: the mean weight of {@link ConditionedGoeSampler} (importance sampling,
 *     every draw positive definite); Student-t interval. Practical up to N = 12 and beyond
 *     (\( P_8 \approx 10^{-9} \)).</li>
 * </ul>
 *
 * @see <a href="https://doi.org/10.1103/PhysRevLett.97.160201">D. S. Dean, S. N. Majumdar, "Large deviations of
 *     extreme eigenvalues of random matrices", PRL 97, 160201 (2006)</a>
 * @see "derivation goe-small-n; M. L. Mehta, Random Matrices (2004), ch. 3"
 */
public final class GoePositivity {

    /** Method name of {@link #estimateByEigenvalues}. */
    public static final String EIGENVALUE_METHOD = "GOE hit-or-miss (EigenDecomposition), Clopper-Pearson";
    /** Method name of {@link #estimateByConditioning}. */
    public static final String CONDITIONING_METHOD = "GOE tilted GHK importance sampling, Student-t mean";

    private GoePositivity() {
    }

    /**
     * Whether a symmetric matrix is positive definite, by its eigenvalues (Commons Math 3 {@link EigenDecomposition}).
     *
     * @param h a symmetric square matrix
     * @return whether every eigenvalue is positive
     */
    public static boolean isPositiveDefinite(double[][] h) {
        return smallestEigenvalue(h) > 0;
    }

    /**
     * The smallest eigenvalue of a symmetric matrix.
     *
     * @param h a symmetric square matrix (not copied)
     * @return \( \lambda_{\min}(h) \)
     */
    public static double smallestEigenvalue(double[][] h) {
        double[] eigenvalues = new EigenDecomposition(new Array2DRowRealMatrix(h, false)).getRealEigenvalues();
        double min = Double.POSITIVE_INFINITY;
        for (double lambda : eigenvalues) {
            min = Math.min(min, lambda);
        }
        return min;
    }

    /**
     * Hit-or-miss estimate of \( P_N \) with the eigen-decomposition.
     *
     * @param size the matrix size N, at least 1
     * @param samples the number of GOE matrices, at least 1
     * @param rng the seeded generator
     * @param confidence the level \( 1 - \alpha \), in (0, 1)
     * @return the fraction of positive-definite matrices with its Clopper-Pearson interval
     */
    public static Estimate estimateByEigenvalues(int size, int samples, UniformRandomProvider rng,
            double confidence) {
        Guard.atLeast("samples", samples, 1);
        Guard.confidence(confidence);
        GoeSampler sampler = GoeSampler.of(size, rng);
        double[][] h = new double[size][size];
        long positive = 0;
        for (int s = 0; s < samples; s++) {
            sampler.sampleInto(h);
            positive += isPositiveDefinite(h) ? 1 : 0;
        }
        Estimate e = ClopperPearson.estimate(positive, samples, confidence);
        return new Estimate(e.value(), e.standardError(), e.samples(), e.interval(), EIGENVALUE_METHOD);
    }

    /**
     * Importance-sampling estimate of \( P_N \) (mean weight of {@link ConditionedGoeSampler} with its defaults).
     *
     * @param size the matrix size N, at least 1
     * @param samples the number of weighted matrices, at least 2
     * @param rng the seeded generator
     * @param confidence the level \( 1 - \alpha \), in (0, 1)
     * @return the mean weight with its Student-t interval (zero width for N = 1, where every weight is 1/2)
     */
    public static Estimate estimateByConditioning(int size, int samples, UniformRandomProvider rng,
            double confidence) {
        Guard.atLeast("samples", samples, 2);
        Guard.confidence(confidence);
        ConditionedGoeSampler sampler = ConditionedGoeSampler.of(size, rng);
        double[][] h = new double[size][size];
        SampleMoments weights = new SampleMoments();
        for (int s = 0; s < samples; s++) {
            weights.add(sampler.sampleInto(h));
        }
        Estimate e = StudentMean.estimate(weights, confidence);
        return new Estimate(e.value(), e.standardError(), e.samples(), e.interval(), CONDITIONING_METHOD);
    }
}

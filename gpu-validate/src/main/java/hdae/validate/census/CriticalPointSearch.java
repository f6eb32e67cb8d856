package hdae.validate.census;

import hdae.validate.ValidationException;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

import java.util.Locale;

/**
 * A Levenberg-Marquardt search for a zero of the gradient, that is for a critical point of any index: it minimises
 * \( \tfrac12 \|\nabla L(\theta)\|_2^2 \), whose Jacobian is the Hessian, so it is attracted to saddles as well as
 * to minima (unlike gradient descent on \( L \)).
 *
 * <p>Each iteration forms \( H = \nabla^2 L(\theta) \) ({@link FiniteDifferences#hessian}, symmetrised), decomposes
 * \( H = Q \Lambda Q^\top \) and takes the damped Gauss-Newton step
 * \[ \delta = -(H^2 + \mu I)^{-1} H g = -Q\, \mathrm{diag}\!\Bigl(\frac{\lambda_i}{\lambda_i^2 + \mu}\Bigr) Q^\top g,
 *    \qquad g = \nabla L(\theta), \]
 * accepted when \( \|\nabla L(\theta + \delta)\|_2 \lt \|g\|_2 \) (then \( \mu \leftarrow \mu/3 \)), else retried
 * with \( \mu \leftarrow 4\mu \) (the decomposition is reused). As \( \mu \to 0 \) this is Newton's method on
 * \( g = 0 \), quadratically convergent to a non-degenerate critical point. The search stops when
 * \( \|g\|_2 \le \tau \) (a critical point), when no damping up to \( 10^{12} \max(\mu, \max_i \lambda_i^2) \) lowers
 * \( \|g\| \) (a non-critical local minimum of \( \|g\|^2 \), reported as such), after a set number of iterations,
 * or when \( \|\theta\|_\infty \) exceeds a bound (the search escapes towards saturated units at infinity, where
 * \( g \to 0 \) without a critical point).
 *
 * @see <a href="https://arxiv.org/abs/1406.2572">Y. Dauphin et al., NeurIPS 2014, section 5 (critical points of
 *     small MLPs located with Newton's method, which is attracted to saddles)</a>
 * @see "J. Nocedal, S. J. Wright, Numerical Optimization, 2nd ed., Springer 2006, section 10.3 (Levenberg-Marquardt)"
 */
public final class CriticalPointSearch {

    /** How far the damping may grow in one iteration before the point is declared stuck, a factor on \( \mu \). */
    private static final double MAX_DAMPING_GROWTH = 1e12;
    /** Damping floor: keeps \( \mu \) a normal double so that growth by 4 can restore it. */
    private static final double MIN_DAMPING = 1e-30;

    /** The gradient-norm threshold \( \tau \) (L2 norm). */
    private final double threshold;
    /** The iteration budget. */
    private final int maxIterations;
    /** The bound on \( \|\theta\|_\infty \) beyond which the search has escaped. */
    private final double parameterBound;

    private CriticalPointSearch(double threshold, int maxIterations, double parameterBound) {
        this.threshold = threshold;
        this.maxIterations = maxIterations;
        this.parameterBound = parameterBound;
    }

    /**
     * A search.
     *
     * @param threshold \( \tau > 0 \), the L2 gradient norm under which a point is critical
     * @param maxIterations the iteration budget, at least 1
     * @param parameterBound the escape bound on \( \|\theta\|_\infty \), positive
     * @return the search
     */
    public static CriticalPointSearch of(double threshold, int maxIterations, double parameterBound) {
        if (!(threshold > 0 && threshold < Double.POSITIVE_INFINITY)) {
            throw ValidationException.expected("finite threshold > 0", "threshold", threshold);
        }
        if (!(maxIterations >= 1)) {
            throw ValidationException.expected("maxIterations >= 1", "maxIterations", maxIterations);
        }
        if (!(parameterBound > 0)) {
            throw ValidationException.expected("parameterBound > 0", "parameterBound", parameterBound);
        }
        return new CriticalPointSearch(threshold, maxIterations, parameterBound);
    }

    /**
     * The threshold.
     *
     * @return \( \tau \)
     */
    public double threshold() {
        return threshold;
    }

    /** How a search ended. */
    public enum Outcome {
        /** \( \|g\|_2 \le \tau \). */
        CRITICAL,
        /** No damping lowered \( \|g\| \): a local minimum of \( \|g\|^2 \) that is not critical. */
        STUCK,
        /** The iteration budget ran out. */
        BUDGET,
        /** \( \|\theta\|_\infty \) passed the bound. */
        ESCAPED
    }

    /**
     * The end of one search.
     *
     * @param theta the last point
     * @param gradientNorm \( \|\nabla L(\theta)\|_2 \) there
     * @param iterations the accepted steps taken
     * @param outcome how it ended
     */
    public record Result(double[] theta, double gradientNorm, int iterations, Outcome outcome) {

        /**
         * One line for logs.
         *
         * @return outcome, norm and iterations
         */
        public String summary() {
            return String.format(Locale.ROOT, "%s |g| = %.3e after %d steps", outcome, gradientNorm, iterations);
        }
    }

    /**
     * Searches from a start.
     *
     * @param loss the loss
     * @param start \( \theta_0 \) (not modified)
     * @return the result
     */
    public Result search(DifferentiableLoss loss, double[] start) {
        double[] theta = start.clone();
        double[] g = loss.gradient(theta);
        double norm = norm(g);
        double damping = Double.NaN;
        int n = theta.length;
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            if (norm <= threshold) {
                return new Result(theta, norm, iteration, Outcome.CRITICAL);
            }
            if (maxAbs(theta) > parameterBound) {
                return new Result(theta, norm, iteration, Outcome.ESCAPED);
            }
            double[][] h = FiniteDifferences.symmetrise(
                    FiniteDifferences.hessian(loss, theta, FiniteDifferences.HESSIAN_STEP));
            EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(h, false));
            double[] lambda = eigen.getRealEigenvalues();
            RealMatrix q = eigen.getV();
            double[] projected = q.transpose().operate(g);
            double largest = 0;
            for (double l : lambda) {
                largest = Math.max(largest, l * l);
            }
            if (Double.isNaN(damping)) {
                damping = Math.max(1e-3 * largest, MIN_DAMPING);
            }
            double limit = Math.max(damping, largest) * MAX_DAMPING_GROWTH;
            boolean accepted = false;
            while (!accepted && damping <= limit) {
                double[] scaled = new double[n];
                for (int i = 0; i < n; i++) {
                    scaled[i] = -lambda[i] / (lambda[i] * lambda[i] + damping) * projected[i];
                }
                double[] step = q.operate(scaled);
                double[] trial = new double[n];
                for (int i = 0; i < n; i++) {
                    trial[i] = theta[i] + step[i];
                }
                double[] trialGradient = loss.gradient(trial);
                double trialNorm = norm(trialGradient);
                if (trialNorm < norm) {
                    theta = trial;
                    g = trialGradient;
                    norm = trialNorm;
                    damping = Math.max(damping / 3, MIN_DAMPING);
                    accepted = true;
                } else {
                    damping *= 4;
                }
            }
            if (!accepted) {
                return new Result(theta, norm, iteration, Outcome.STUCK);
            }
        }
        return new Result(theta, norm, maxIterations, norm <= threshold ? Outcome.CRITICAL : Outcome.BUDGET);
    }

    /**
     * The Euclidean norm.
     *
     * @param v a vector
     * @return \( \|v\|_2 \)
     */
    static double norm(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }
}

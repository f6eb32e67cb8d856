package hdae.numeric.saddle;

import hdae.numeric.NumericException;
import hdae.numeric.mc.Guard;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Importance sampler of positive-definite GOE matrices: every matrix it draws is positive definite, and its weight
 * makes the mean weight an unbiased estimate of \( P_N = \Pr[H \succ 0] \) for a GOE matrix \( H \).
 *
 * <p>The matrix is built row by row, \( k = 0, \dots, N-1 \). With \( A \) the leading \( k \times k \) block (already
 * positive definite, Cholesky factor \( L \)) and \( a = (H_{k0}, \dots, H_{k,k-1}) \), the leading
 * \( (k+1) \times (k+1) \) block is positive definite if and only if the Schur complement is positive:
 * \( H_{kk} > x_k = a^\top A^{-1} a \) (Sylvester's criterion). The proposal is
 * <ul>
 * <li>\( a \sim N(0, Q^{-1}) \) with \( Q = 2I + 2\kappa A^{-1} \) (the GOE law \( N(0, \tfrac12 I) \) tilted by
 *     \( e^{-\kappa x_k} \), which favours the small \( x_k \) that keep positive definiteness likely), drawn as
 *     \( a = \tfrac12 A (A + \kappa I)^{-1} (\sqrt2 z_1 + \sqrt{2\kappa} L^{-\top} z_2) \), \( z_1, z_2 \sim N(0, I) \);</li>
 * <li>\( H_{kk} \sim N(\mu_k, 1) \) truncated to \( (x_k, \infty) \) by inversion, with shift
 *     \( \mu_k = c \sqrt{N - 1 - k} \) (a larger diagonal early helps later rows).</li>
 * </ul>
 * The weight is the likelihood ratio of the GOE law to the proposal on the positive-definite set,
 * \[ W = \prod_{k=0}^{N-1} \sqrt{\frac{\det A}{\det(A + \kappa I)}}\; e^{\kappa x_k}\;
 *        e^{-\mu_k H_{kk} + \mu_k^2/2}\; \bar\Phi(x_k - \mu_k), \qquad \mathbb{E}[W] = P_N, \]
 * with \( \bar\Phi \) the standard normal survival function (the first factor and \( e^{\kappa x_k} \) are 1 for
 * \( k = 0 \)). Every factor is bounded (\( e^{\kappa x}\bar\Phi(x - \mu) \) is bounded on \( x \ge 0 \) and
 * \( H_{kk} > 0 \)), so \( W \) has all moments and a Student-t interval on its mean is asymptotically valid. This
 * is the GHK simulator (Geweke, Hajivassiliou, Keane) applied to Cholesky pivots, with an extra exponential
 * tilt. The defaults \( \kappa = 2 \), \( c = 0.6 \) were chosen by a pilot run (\( 10^5 \) samples, seed 1): the
 * relative variance \( \operatorname{Var} W / P_N^2 \) is about 0.1, 0.3, 0.5, 1, 2 and 13 for N = 2, 3, 4, 6, 8
 * and 12, against more than 20 000 for N = 8 with plain GHK (\( \kappa = c = 0 \)).
 *
 * @see "V. A. Hajivassiliou, D. L. McFadden, P. Ruud, Simulation of multivariate normal rectangle probabilities
 *     and their derivatives, Journal of Econometrics 72, 1996 (the GHK simulator)"
 */
public final class ConditionedGoeSampler {

    /** Default tilt \( \kappa \) of the off-diagonal rows. */
    public static final double DEFAULT_KAPPA = 2.0;
    /** Default coefficient \( c \) of the diagonal shift \( \mu_k = c\sqrt{N-1-k} \). */
    public static final double DEFAULT_SHIFT = 0.6;

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private final int size;
    private final double kappa;
    private final double shift;
    private final UniformRandomProvider rng;
    private final ZigguratSampler.NormalizedGaussian gaussian;
    /** Cholesky factor of the matrix built so far (lower triangle). */
    private final double[][] cholesky;
    /** Cholesky factor of \( A + \kappa I \) (lower triangle). */
    private final double[][] shiftedCholesky;
    private final double[] work;
    private final double[] solution;

    private ConditionedGoeSampler(int size, double kappa, double shift, UniformRandomProvider rng) {
        this.size = size;
        this.kappa = kappa;
        this.shift = shift;
        this.rng = rng;
        this.gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
        this.cholesky = new double[size][size];
        this.shiftedCholesky = new double[size][size];
        this.work = new double[size];
        this.solution = new double[size];
    }

    /**
     * Creates a sampler with the default tilt.
     *
     * @param size the matrix size N, at least 1
     * @param rng the seeded generator
     * @return the sampler
     */
    public static ConditionedGoeSampler of(int size, UniformRandomProvider rng) {
        return of(size, rng, DEFAULT_KAPPA, DEFAULT_SHIFT);
    }

    /**
     * Creates a sampler with a chosen tilt; \( \kappa = c = 0 \) is the plain GHK simulator.
     *
     * @param size the matrix size N, at least 1
     * @param rng the seeded generator
     * @param kappa the off-diagonal tilt \( \kappa \), finite and \( \ge 0 \)
     * @param shift the diagonal-shift coefficient \( c \), finite and \( \ge 0 \)
     * @return the sampler
     */
    public static ConditionedGoeSampler of(int size, UniformRandomProvider rng, double kappa, double shift) {
        Guard.atLeast("size", size, 1);
        Guard.notNull("rng", rng);
        if (!(kappa >= 0 && kappa < Double.POSITIVE_INFINITY)) {
            throw NumericException.expected("finite kappa >= 0", "kappa", kappa);
        }
        if (!(shift >= 0 && shift < Double.POSITIVE_INFINITY)) {
            throw NumericException.expected("finite shift >= 0", "shift", shift);
        }
        return new ConditionedGoeSampler(size, kappa, shift, rng);
    }

    /**
     * The matrix size.
     *
     * @return N
     */
    public int size() {
        return size;
    }

    /**
     * Draws a positive-definite matrix from the proposal into {@code h} and returns its weight.
     *
     * @param h an N x N array, overwritten with a symmetric positive-definite matrix (when the weight is positive)
     * @return the weight \( W \ge 0 \); 0 only when a factor underflows, and then {@code h} is incomplete
     */
    public double sampleInto(double[][] h) {
        double logWeight = 0;
        for (int k = 0; k < size; k++) {
            double threshold = k == 0 ? 0 : drawOffDiagonalRow(h, k);
            if (!(threshold < Double.POSITIVE_INFINITY)) {
                return 0;
            }
            if (k > 0) {
                logWeight += halfLogDeterminantRatio(k) + kappa * threshold;
            }
            double mu = shift * Math.sqrt(size - 1.0 - k);
            double tail = STANDARD_NORMAL.survivalProbability(threshold - mu);
            if (!(tail > 0)) {
                return 0;
            }
            // 1 - nextDouble() lies in (0, 1], so the argument of the inverse is in (0, tail]
            double diagonal = mu + STANDARD_NORMAL.inverseSurvivalProbability((1 - rng.nextDouble()) * tail);
            double pivot = diagonal - threshold;
            if (!(pivot > 0)) {
                // only by rounding, when the draw lands on the threshold itself
                return 0;
            }
            h[k][k] = diagonal;
            cholesky[k][k] = Math.sqrt(pivot);
            logWeight += Math.log(tail) - mu * diagonal + 0.5 * mu * mu;
        }
        return Math.exp(logWeight);
    }

    /**
     * Draws row k left of the diagonal, stores it in h (both triangles) and the Cholesky row, and returns
     * \( x_k = a^\top A^{-1} a \). Also factors \( A + \kappa I \) into {@link #shiftedCholesky}.
     */
    private double drawOffDiagonalRow(double[][] h, int k) {
        factorShifted(h, k);
        // work = L^{-T} z2 (back substitution with L^T)
        for (int i = k - 1; i >= 0; i--) {
            double s = gaussian.sample();
            for (int m = i + 1; m < k; m++) {
                s -= cholesky[m][i] * work[m];
            }
            work[i] = s / cholesky[i][i];
        }
        double rootKappa = Math.sqrt(2 * kappa);
        for (int i = 0; i < k; i++) {
            work[i] = Math.sqrt(2) * gaussian.sample() + rootKappa * work[i];
        }
        // solution = (A + kappa I)^{-1} work (forward then back substitution with R R^T)
        for (int i = 0; i < k; i++) {
            double s = work[i];
            for (int m = 0; m < i; m++) {
                s -= shiftedCholesky[i][m] * solution[m];
            }
            solution[i] = s / shiftedCholesky[i][i];
        }
        for (int i = k - 1; i >= 0; i--) {
            double s = solution[i];
            for (int m = i + 1; m < k; m++) {
                s -= shiftedCholesky[m][i] * solution[m];
            }
            solution[i] = s / shiftedCholesky[i][i];
        }
        // a = A solution / 2, then the Cholesky row l = L^{-1} a and x = |l|^2
        double threshold = 0;
        for (int i = 0; i < k; i++) {
            double s = 0;
            for (int j = 0; j < k; j++) {
                s += h[i][j] * solution[j];
            }
            h[k][i] = 0.5 * s;
            h[i][k] = h[k][i];
        }
        for (int j = 0; j < k; j++) {
            double s = h[k][j];
            for (int m = 0; m < j; m++) {
                s -= cholesky[k][m] * cholesky[j][m];
            }
            cholesky[k][j] = s / cholesky[j][j];
            threshold += cholesky[k][j] * cholesky[k][j];
        }
        return threshold;
    }

    /** Cholesky factor of the leading k x k block plus \( \kappa I \). */
    private void factorShifted(double[][] h, int k) {
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double s = h[i][j] + (i == j ? kappa : 0);
                for (int m = 0; m < j; m++) {
                    s -= shiftedCholesky[i][m] * shiftedCholesky[j][m];
                }
                shiftedCholesky[i][j] = i == j ? Math.sqrt(s) : s / shiftedCholesky[j][j];
            }
        }
    }

    /** \( \tfrac12 \ln(\det A / \det(A + \kappa I)) \) from the two Cholesky diagonals. */
    private double halfLogDeterminantRatio(int k) {
        double sum = 0;
        for (int i = 0; i < k; i++) {
            sum += Math.log(cholesky[i][i] / shiftedCholesky[i][i]);
        }
        return sum;
    }
}

package hdae.numeric.saddle;

import hdae.numeric.mc.ClopperPearson;
import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.Guard;
import java.math.BigInteger;
import org.apache.commons.numbers.combinatorics.LogBinomialCoefficient;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The independent-sign model of a critical point: each of the \( n \) Hessian eigenvalues is positive or negative
 * with probability \( \tfrac12 \), independently (BACKGROUND, a heuristic that ignores level repulsion).
 *
 * <p>\[ \Pr[\text{minimum}] = 2^{-n}, \qquad \text{index } k \sim \mathrm{Binomial}(n, \tfrac12),\quad
 * \Pr[k] = \binom{n}{k} 2^{-n}, \qquad \frac{\#\text{saddles}}{\#\text{minima}} = 2^n - 2, \]
 * for \( n \ge 1 \) (a saddle has \( 1 \le k \le n-1 \); \( k = n \) is a maximum). Probabilities are returned as
 * natural logarithms so that \( n = 20\,000 \) (Ng's "maybe \( 2^{-20000} \)") or more does not underflow.
 *
 * @see "derivation saddle-sign-model (independent-sign heuristic)"
 * @see <a href="https://arxiv.org/abs/1406.2572">Y. Dauphin et al., "Identifying and attacking the saddle point
 *     problem in high-dimensional non-convex optimization", NeurIPS 2014</a>
 */
public final class IndependentSignModel {

    private static final double LN2 = Math.log(2);

    private IndependentSignModel() {
    }

    /**
     * The log-probability that a critical point is a minimum.
     *
     * @param n the number of eigenvalues, at least 1
     * @return \( \ln 2^{-n} = -n \ln 2 \)
     */
    public static double logProbabilityOfMinimum(int n) {
        Guard.atLeast("n", n, 1);
        return -n * LN2;
    }

    /**
     * The log-probability of index k.
     *
     * @param n the number of eigenvalues, at least 1
     * @param k the index (number of negative eigenvalues), \( 0 \le k \le n \)
     * @return \( \ln\binom{n}{k} - n \ln 2 \) (Commons Numbers {@link LogBinomialCoefficient})
     */
    public static double logIndexProbability(int n, int k) {
        Guard.atLeast("n", n, 1);
        Guard.between("k", k, 0, n);
        return LogBinomialCoefficient.value(n, k) - n * LN2;
    }

    /**
     * The mean index.
     *
     * @param n the number of eigenvalues, at least 1
     * @return \( n/2 \)
     */
    public static double meanIndex(int n) {
        Guard.atLeast("n", n, 1);
        return n / 2.0;
    }

    /**
     * The variance of the index.
     *
     * @param n the number of eigenvalues, at least 1
     * @return \( n/4 \)
     */
    public static double indexVariance(int n) {
        Guard.atLeast("n", n, 1);
        return n / 4.0;
    }

    /**
     * The exact number of saddles per minimum.
     *
     * @param n the number of eigenvalues, at least 1
     * @return \( 2^n - 2 \) (0 for n = 1, which has only a minimum and a maximum)
     */
    public static BigInteger saddlesPerMinimum(int n) {
        Guard.atLeast("n", n, 1);
        return BigInteger.ONE.shiftLeft(n).subtract(BigInteger.TWO);
    }

    /**
     * The natural logarithm of the number of saddles per minimum, without overflow.
     *
     * @param n the number of eigenvalues, at least 1
     * @return \( \ln(2^n - 2) = n \ln 2 + \ln(1 - 2^{1-n}) \) (by {@code log1p}); \( -\infty \) for n = 1
     */
    public static double logSaddlesPerMinimum(int n) {
        Guard.atLeast("n", n, 1);
        return n == 1 ? Double.NEGATIVE_INFINITY : n * LN2 + Math.log1p(-Math.scalb(1.0, 1 - n));
    }

    /**
     * Monte Carlo estimate of \( \Pr[\text{minimum}] \): draws n fair signs per critical point.
     *
     * @param n the number of eigenvalues, at least 1
     * @param samples the number of simulated critical points, at least 1
     * @param rng the seeded generator
     * @param confidence the level \( 1 - \alpha \), in (0, 1)
     * @return the fraction of minima with its Clopper-Pearson interval
     */
    public static Estimate estimateProbabilityOfMinimum(int n, int samples, UniformRandomProvider rng,
            double confidence) {
        Guard.atLeast("n", n, 1);
        Guard.atLeast("samples", samples, 1);
        Guard.notNull("rng", rng);
        Guard.confidence(confidence);
        long minima = 0;
        for (int s = 0; s < samples; s++) {
            boolean allPositive = true;
            for (int i = 0; i < n && allPositive; i++) {
                allPositive = rng.nextBoolean();
            }
            minima += allPositive ? 1 : 0;
        }
        return ClopperPearson.estimate(minima, samples, confidence);
    }
}

package hdae.numeric.mc.geometry;

import hdae.numeric.mc.ClopperPearson;
import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.Guard;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Monte Carlo estimate of the fraction of the cube \( [0,1]^n \) within {@code eps} of its boundary.
 *
 * <p>The estimated quantity is
 * \[ \Pr_{x \sim U[0,1]^n}\Bigl[\min_{1 \le i \le n} \min(x_i, 1 - x_i) \le \varepsilon\Bigr]
 *    = 1 - (1 - 2\varepsilon)^n, \qquad 0 \lt \varepsilon \le \tfrac12, \]
 * (BACKGROUND). Each sample draws the coordinates of one uniform point until one lies within
 * \( \varepsilon \) of 0 or 1 (the rest cannot change the event), and the count of such points gets a
 * Clopper-Pearson interval.
 *
 * @see "derivation cube-shell; A. Blum, J. Hopcroft, R. Kannan, Foundations of Data Science (2020), ch. 2"
 * @see <a href="https://arxiv.org/abs/1801.00634">S. Dube, arXiv 1801.00634 (context)</a>
 */
public final class CubeShellSampler {

    private CubeShellSampler() {
    }

    /**
     * Estimates the boundary-shell fraction of the cube.
     *
     * @param n the dimension, at least 1
     * @param eps the shell width, \( 0 \lt \varepsilon \le 1/2 \)
     * @param samples the number of uniform points, at least 1
     * @param rng the seeded generator
     * @param confidence the level \( 1 - \alpha \) of the interval, in (0, 1)
     * @return the fraction of points in the shell with its Clopper-Pearson interval
     */
    public static Estimate estimate(int n, double eps, int samples, UniformRandomProvider rng, double confidence) {
        Guard.atLeast("n", n, 1);
        Guard.positiveAtMost("eps", eps, 0.5);
        Guard.atLeast("samples", samples, 1);
        Guard.notNull("rng", rng);
        Guard.confidence(confidence);
        long hits = 0;
        for (int s = 0; s < samples; s++) {
            if (isInShell(n, eps, rng)) {
                hits++;
            }
        }
        return ClopperPearson.estimate(hits, samples, confidence);
    }

    /**
     * Draws one uniform point of \( [0,1]^n \), coordinate by coordinate, and says whether it lies in the shell.
     *
     * @param n the dimension
     * @param eps the shell width
     * @param rng the generator
     * @return whether some coordinate is within {@code eps} of 0 or 1
     */
    static boolean isInShell(int n, double eps, UniformRandomProvider rng) {
        for (int i = 0; i < n; i++) {
            double x = rng.nextDouble();
            if (Math.min(x, 1 - x) <= eps) {
                return true;
            }
        }
        return false;
    }
}

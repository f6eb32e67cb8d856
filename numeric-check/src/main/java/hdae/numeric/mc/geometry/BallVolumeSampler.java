package hdae.numeric.mc.geometry;

import hdae.numeric.mc.ClopperPearson;
import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.Guard;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Hit-or-miss Monte Carlo estimate of the volume of the unit ball relative to the cube \( [-1,1]^n \).
 *
 * <p>\[ \frac{\operatorname{vol} B_n}{\operatorname{vol}[-1,1]^n}
 *      = \Pr_{x \sim U[-1,1]^n}\bigl[\|x\| \le 1\bigr] = \frac{\pi^{n/2}}{2^n\, \Gamma(n/2 + 1)} \]
 * (BACKGROUND). Each sample is a uniform point of the cube; the count of points in the ball gets a
 * Clopper-Pearson interval. The ratio falls faster than exponentially (n = 10: 0.00249; n = 20:
 * \( 2.46 \cdot 10^{-8} \)), so hit-or-miss is practical only for small n: with \( m \) samples the relative
 * standard error is about \( 1/\sqrt{m \cdot \mathit{ratio}} \). {@link #MAX_DIMENSION} caps n.
 *
 * @see "derivation ball-volume; NIST DLMF 5.19(iii)"
 */
public final class BallVolumeSampler {

    /** The largest accepted dimension: at n = 20 a hit needs about \( 4 \cdot 10^7 \) samples. */
    public static final int MAX_DIMENSION = 20;

    private BallVolumeSampler() {
    }

    /**
     * Estimates the ball-to-cube volume ratio by hit-or-miss.
     *
     * @param n the dimension, \( 1 \le n \le \) {@link #MAX_DIMENSION}
     * @param samples the number of uniform points of the cube, at least 1
     * @param rng the seeded generator
     * @param confidence the level \( 1 - \alpha \), in (0, 1)
     * @return the fraction of points inside the ball with its Clopper-Pearson interval
     */
    public static Estimate estimate(int n, int samples, UniformRandomProvider rng, double confidence) {
        Guard.between("n", n, 1, MAX_DIMENSION);
        Guard.atLeast("samples", samples, 1);
        Guard.notNull("rng", rng);
        Guard.confidence(confidence);
        long hits = 0;
        for (int s = 0; s < samples; s++) {
            if (isInBall(n, rng)) {
                hits++;
            }
        }
        return ClopperPearson.estimate(hits, samples, confidence);
    }

    /**
     * Draws one uniform point of \( [-1,1]^n \), coordinate by coordinate, and says whether it lies in the ball.
     * Drawing stops once the partial squared norm exceeds 1, since later coordinates can only add to it.
     */
    private static boolean isInBall(int n, UniformRandomProvider rng) {
        double normSquared = 0;
        for (int i = 0; i < n; i++) {
            double x = 2 * rng.nextDouble() - 1;
            normSquared += x * x;
            if (normSquared > 1) {
                return false;
            }
        }
        return true;
    }
}

package hdae.validate.attack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.validate.Fixtures;
import hdae.validate.model.Classifier;
import hdae.validate.norm.Norm;

import org.junit.jupiter.api.Test;

/**
 * On a binary linear model the true minimal L2 distance is \(d = |w\cdot x + b|/\|w\|_2\). No adversarial is
 * closer, and PGD-L2 without random start walks straight along \(\pm w\) (its 50 steps of \(0.025\varepsilon\)
 * reach the sphere of radius \(\varepsilon\)), so it succeeds at every budget above \(d\): the bisection
 * must return a distance in \([d, d + 2^{-k}\varepsilon_0]\) after \(k\) halvings from an initial budget
 * \(\varepsilon_0\) that already succeeds.
 */
class L2PgdBisectionLinearTest {

    @Test
    void bracketsTheExactDistanceWithinTheBisectionResolution() {
        double[] w = {0.8, -0.6, 0.3, 0.1};
        double b = -0.2;
        Classifier model = Fixtures.linearBinary(w, b);
        double[][] x = {{0.9, 0.1, 0.5, 0.5}, {0.1, 0.9, 0.2, 0.7}, {0.5, 0.5, 0.5, 0.5}};
        int[] labels = model.predict(x);
        int halvings = 12;
        double initial = 2.0;
        MinimizationResult result = L2PgdBisection.of().withBox(Box.UNBOUNDED)
                .withPgd(L2Pgd.of().withRandomStart(false)).withSchedule(initial, 0, halvings)
                .attack(model, x, labels);
        double wNorm = Norm.L2.value(w);
        for (int i = 0; i < x.length; i++) {
            double f = b;
            for (int j = 0; j < w.length; j++) {
                f += w[j] * x[i][j];
            }
            double exact = Math.abs(f) / wNorm;
            double found = result.distances()[i];
            // lower side: a mathematical fact, up to 1e-12 relative rounding of the two computations
            assertTrue(found >= exact * (1 - 1e-12), "found " + found + " below the true distance " + exact);
            // upper side: the bisection's final bracket width, 2^-12 * 2
            assertTrue(found <= exact + initial / (1 << halvings), "found " + found + " for exact " + exact);
        }
    }
}

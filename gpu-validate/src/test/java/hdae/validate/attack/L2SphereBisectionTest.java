package hdae.validate.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.validate.Fixtures;
import hdae.validate.data.Dataset;
import hdae.validate.data.Synthetic;
import hdae.validate.model.Classifier;
import hdae.validate.norm.Norm;
import org.junit.jupiter.api.Test;

/**
 * On the linear model "class 1 iff \( x_1 &gt; h \)" the error set of a class-0 point of the unit sphere is the open
 * cap \( \{x_1 &gt; h\} \), whose chordal distance from a point with \( x_1 = s \le h \) is exactly
 * \( \sqrt{2 - 2(sh + \sqrt{1-s^2}\sqrt{1-h^2})} \) (derivation sphere-concentration, step 5). The tangent gradient
 * of the loss points along the meridian towards \( e_1 \), and 50 steps of \( 0.05\varepsilon \) reach the edge
 * of the budget cap along it, so the inner attack succeeds at every budget above the exact distance: the search
 * must return a distance in \( [d, d + 2^{-k}\varepsilon_0] \) after \( k \) halvings from \( \varepsilon_0 = 2 \),
 * the diameter, where it always succeeds.
 */
class L2SphereBisectionTest {

    private static final int N = 20;
    private static final double H = 0.3;

    @Test
    void bracketsTheExactCapDistanceWithinTheBisectionResolution() {
        double[] w = new double[N];
        w[0] = 1;
        Classifier model = Fixtures.linearBinary(w, -H);
        Dataset spheres = Synthetic.spheres(N, 40, 7L);
        int halvings = 12;
        double initial = 2.0;
        int checked = 0;
        L2SphereBisection attack = L2SphereBisection.of().withSchedule(initial, 0, halvings);
        for (int i = 0; i < spheres.size(); i += 2) {
            double[] x = spheres.row(i);
            double s = x[0];
            if (!(s < H - 1e-3)) {
                continue;
            }
            MinimizationResult result = attack.attack(model, new double[][] {x}, new int[] {0});
            double exact = Math.sqrt(2 - 2 * (s * H + Math.sqrt(1 - s * s) * Math.sqrt(1 - H * H)));
            double found = result.distances()[0];
            // lower side: a mathematical fact, up to the float32 rounding of the data (|x| = 1 within 1e-6)
            assertTrue(found >= exact - 1e-6, "found " + found + " below the exact cap distance " + exact);
            // upper side: the final bracket width 2 * 2^-12, plus the same rounding
            assertTrue(found <= exact + initial / (1 << halvings) + 1e-6, "found " + found + " for exact " + exact);
            // the adversarial stays on the sphere through x
            double radius = Norm.L2.value(result.result().clipped().row(0));
            assertEquals(Norm.L2.value(x), radius, 1e-12, "left the sphere");
            checked++;
        }
        assertTrue(checked >= 10, "only " + checked + " class-0 points below the cap");
    }

    @Test
    void projectionToTheCapLandsOnTheSphereAtTheBudget() {
        double[] x = {0.6, 0.8, 0};
        double[] y = {-0.6, 0, 0.8};
        L2SphereBisection.projectToCap(x, y, 0, 3, 0.5);
        // on the unit sphere and at chord 0.5 from x: both up to a few ulps of the trigonometric functions
        assertEquals(1.0, Norm.L2.value(y), 1e-15);
        assertEquals(0.5, Norm.L2.distance(x, y), 1e-15);
    }
}

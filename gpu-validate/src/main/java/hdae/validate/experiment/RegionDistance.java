package hdae.validate.experiment;

import hdae.validate.attack.Box;
import hdae.validate.attack.L2DeepFool;
import hdae.validate.attack.L2PgdBisection;
import hdae.validate.attack.MinimizationResult;
import hdae.validate.certify.BoundMethod;
import hdae.validate.certify.CertifiedRadius;
import hdae.validate.model.Classifier;
import hdae.validate.norm.Norm;

import java.util.Arrays;

/**
 * Per-sample brackets of the distance inside the cube from a point to a binary classifier's region
 * \( A = \{x : \hat k(x) = a\} \),
 * \[ d_2(x, A) = \min\{\|y - x\|_2 : y \in A \subseteq [0,1]^n\}, \]
 * which is 0 for \( x \in A \). For \( x \notin A \) (predicted \( b \ne a \)): the upper bound \( D(x) \) is the
 * smaller of the L2 DeepFool and the L2 PGD-bisection distances, both clipped to the box \( [0,1]^n \), an attack
 * succeeding when the prediction becomes \( a \) (with two classes, any change of class); so a point of \( A \) at
 * distance \( D(x) \) exists and \( d_2(x, A) \le D(x) \). The lower bound \( R(x) \) is the CROWN-certified
 * radius in the cube ({@link CertifiedRadius}): no point of the cube closer than \( R(x) \) changes the class, so
 * \( R(x) \le d_2(x, A) \).
 *
 * @param inA       whether each point lies in \( A \)
 * @param certified \( R(x_i) \), 0 for points of \( A \)
 * @param attack    \( D(x_i) \), 0 for points of \( A \), \( +\infty \) where both attacks failed
 */
public record RegionDistance(boolean[] inA, double[] certified, double[] attack) {

    /** The certificate of the lower bounds. */
    public static final BoundMethod METHOD = BoundMethod.CROWN;
    /** The attack of the upper bounds. */
    public static final String ATTACK = "min(DeepFool, PGD)";

    /** Copies the arrays. */
    public RegionDistance {
        inA = inA.clone();
        certified = certified.clone();
        attack = attack.clone();
    }

    /**
     * Brackets \( d_2(x_i, A) \) for each point.
     *
     * @param model    a two-class ReLU MLP
     * @param majority the class \( a \) of \( A \)
     * @param points   points of \( [0,1]^n \), one row each
     * @return the brackets
     */
    public static RegionDistance of(Classifier model, int majority, double[][] points) {
        int[] predicted = model.predict(points);
        boolean[] inA = new boolean[points.length];
        int outside = 0;
        for (int i = 0; i < points.length; i++) {
            inA[i] = predicted[i] == majority;
            outside += inA[i] ? 0 : 1;
        }
        double[][] rows = new double[outside][];
        int[] labels = new int[outside];
        int[] index = new int[outside];
        for (int i = 0, k = 0; i < points.length; i++) {
            if (!inA[i]) {
                rows[k] = points[i];
                labels[k] = predicted[i];
                index[k++] = i;
            }
        }
        double[] certified = new double[points.length];
        double[] attack = new double[points.length];
        if (outside > 0) {
            // the untargeted criterion with the student's own prediction as label: success = class a (two classes)
            MinimizationResult fool = L2DeepFool.of().withBox(Box.UNIT).attack(model, rows, labels);
            MinimizationResult pgd = L2PgdBisection.of().withBox(Box.UNIT).attack(model, rows, labels);
            double[] best = new double[outside];
            for (int k = 0; k < outside; k++) {
                best[k] = Math.min(fool.distances()[k], pgd.distances()[k]);
            }
            double[] radii = CertifiedRadius.of(model, Norm.L2, Box.UNIT, METHOD).radii(rows, labels, best);
            for (int k = 0; k < outside; k++) {
                certified[index[k]] = radii[k];
                attack[index[k]] = best[k];
            }
        }
        return new RegionDistance(inA, certified, attack);
    }

    /** @return the number of points outside \( A \) */
    public int outside() {
        int count = 0;
        for (boolean in : inA) {
            count += in ? 0 : 1;
        }
        return count;
    }

    /** @return the sandwich over all points (points of \( A \) contribute \( R = D = 0 \)) */
    public Sandwich all() {
        return new Sandwich(certified, attack, METHOD.toString(), ATTACK);
    }

    /** @return the sandwich over the points outside \( A \), the minority side */
    public Sandwich minority() {
        return new Sandwich(pick(certified), pick(attack), METHOD.toString(), ATTACK);
    }

    private double[] pick(double[] values) {
        double[] out = new double[values.length];
        int k = 0;
        for (int i = 0; i < values.length; i++) {
            if (!inA[i]) {
                out[k++] = values[i];
            }
        }
        return Arrays.copyOf(out, k);
    }
}

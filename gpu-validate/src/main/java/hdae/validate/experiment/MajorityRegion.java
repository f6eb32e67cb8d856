package hdae.validate.experiment;

import hdae.numeric.mc.ClopperPearson;
import hdae.numeric.mc.Estimate;
import hdae.validate.model.Classifier;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * A binary classifier's majority decision region \( A = \{x \in [0,1]^n : \hat k(x) = a\} \) and its mass under
 * the uniform measure \( \mu \) on the cube, estimated from \( N \) fresh uniform points (generator
 * {@code XO_RO_SHI_RO_128_PP}): \( \hat\mu(A) = \#\{i : \hat k(x_i) = a\}/N \) with a Clopper-Pearson interval
 * \( [\ell, u] \), where \( a \) is the class predicted on most of the points. The minority mass is
 * \( q = 1 - \mu(A) \in [1 - u, 1 - \ell] \).
 *
 * @param majority the class \( a \) whose region is \( A \)
 * @param mass     \( \hat\mu(A) \) with its Clopper-Pearson interval
 */
public record MajorityRegion(int majority, Estimate mass) {

    /** Points per forward pass: bounds the memory of one batch (n = 1024 doubles per point). */
    private static final int CHUNK = 2_000;

    /**
     * Estimates the majority region of a two-class classifier.
     *
     * @param model      the classifier, two classes, inputs in \( [0,1]^n \)
     * @param points     \( N \), the number of fresh uniform points, at least 1
     * @param seed       the seed of the points
     * @param confidence the confidence level of the interval
     * @return the region and its mass
     */
    public static MajorityRegion estimate(Classifier model, int points, long seed, double confidence) {
        if (model.classes() != 2) {
            throw new IllegalArgumentException("a majority region needs two classes, not " + model.classes());
        }
        if (points < 1) {
            throw new IllegalArgumentException("at least one point, not " + points);
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int n = model.inputs();
        long ones = 0;
        for (int from = 0; from < points; from += CHUNK) {
            double[][] chunk = new double[Math.min(CHUNK, points - from)][n];
            for (double[] row : chunk) {
                for (int j = 0; j < n; j++) {
                    row[j] = rng.nextDouble();
                }
            }
            for (int k : model.predict(chunk)) {
                ones += k;
            }
        }
        int majority = 2 * ones > points ? 1 : 0;
        long inA = majority == 1 ? ones : points - ones;
        return new MajorityRegion(majority, ClopperPearson.estimate(inA, points, confidence));
    }

    /** @return whether the premise \( \mu(A) \ge 1/2 \) holds at the interval's confidence: \( \ell \ge 1/2 \) */
    public boolean premiseHolds() {
        return mass.interval().lower() >= 0.5;
    }

    /** @return the smallest minority mass in the interval, \( q_{\min} = 1 - u \) */
    public double minorityMassLower() {
        return 1 - mass.interval().upper();
    }

    /** @return the estimated minority mass \( \hat q = 1 - \hat\mu(A) \) */
    public double minorityMass() {
        return 1 - mass.value();
    }
}

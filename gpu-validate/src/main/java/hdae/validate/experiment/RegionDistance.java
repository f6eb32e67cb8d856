package hdae.validate.experiment;

import hdae.validate.attack.AttackExcess;
import hdae.validate.attack.Box;
import hdae.validate.attack.L2DeepFool;
import hdae.validate.attack.L2PgdBisection;
import hdae.validate.attack.MinimizationResult;
import hdae.numeric.mc.ClopperPearson;
import hdae.validate.certify.BoundMethod;
import hdae.validate.certify.CertifiedRadius;
import hdae.validate.certify.DistanceBracket;
import hdae.validate.certify.ExactRadius;
import hdae.validate.ledger.Comparison;
import hdae.validate.ledger.Measurement;
import hdae.validate.model.Classifier;
import hdae.validate.model.Phases;
import hdae.validate.norm.Norm;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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
 * <p>Optionally ({@link #withExact}) branch and bound brackets \( d_2(x, A) \in [\ell(x), u(x)] \) as well
 * ({@link ExactRadius}, the better attack's point as a candidate upper end): \( \ell \) is proved robust and
 * \( u \) is the distance of a verified point of \( A \), so the sandwich becomes
 * \( \max(R, \ell) \le d_2(x, A) \le \min(D, u) \), both ends still proved per point.
 *
 * @param inA         whether each point lies in \( A \)
 * @param certified   \( R(x_i) \), or \( \max(R, \ell) \) with branch and bound; 0 for points of \( A \)
 * @param attack      \( D(x_i) \), or \( \min(D, u) \); 0 for points of \( A \), \( +\infty \) where all failed
 * @param certificate the name of the lower ends, "CROWN" or "max(CROWN, branch and bound)"
 * @param exact       the branch and bound brackets of the points outside \( A \) in order, empty without
 */
public record RegionDistance(boolean[] inA, double[] certified, double[] attack, String certificate,
        List<DistanceBracket> exact) {

    /** The certificate of the lower bounds. */
    public static final BoundMethod METHOD = BoundMethod.CROWN;
    /** The attack of the upper bounds. */
    public static final String ATTACK = "min(DeepFool, PGD)";
    /** The lower ends with branch and bound. */
    public static final String EXACT_CERTIFICATE = "max(CROWN, branch and bound)";
    /** The upper ends with branch and bound. */
    public static final String EXACT_ATTACK = "min(DeepFool, PGD, branch and bound)";

    /** Copies the arrays. */
    public RegionDistance {
        inA = inA.clone();
        certified = certified.clone();
        attack = attack.clone();
        exact = List.copyOf(exact);
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
        return of(model, majority, points, null);
    }

    /**
     * Brackets \( d_2(x_i, A) \) for each point, and narrows each bracket outside \( A \) by branch and bound.
     *
     * @param model    a two-class ReLU MLP
     * @param majority the class \( a \) of \( A \)
     * @param points   points of \( [0,1]^n \), one row each
     * @param exact    the search, for {@code model} in L2 and the unit box (its budget and tolerance are the caller's)
     * @return the brackets, with {@link #exact()} one per point outside \( A \)
     */
    public static RegionDistance withExact(Classifier model, int majority, double[][] points, ExactRadius exact) {
        return of(model, majority, points, Objects.requireNonNull(exact, "exact"));
    }

    private static RegionDistance of(Classifier model, int majority, double[][] points, ExactRadius exact) {
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
        DistanceBracket[] brackets = new DistanceBracket[exact == null ? 0 : outside];
        if (outside > 0) {
            // the untargeted criterion with the student's own prediction as label: success = class a (two classes)
            MinimizationResult fool = Phases.time("attack DeepFool", () -> L2DeepFool.of().withBox(Box.UNIT)
                    .attack(model, rows, labels));
            MinimizationResult pgd = Phases.time("attack bisected PGD", () -> L2PgdBisection.of().withBox(Box.UNIT)
                    .attack(model, rows, labels));
            double[] best = AttackExcess.minimum(List.of(fool.distances(), pgd.distances()));
            double[] radii = Phases.time("certificate " + METHOD, () -> CertifiedRadius.of(model, Norm.L2,
                    Box.UNIT, METHOD).radii(rows, labels, best));
            for (int k = 0; k < outside; k++) {
                certified[index[k]] = radii[k];
                attack[index[k]] = best[k];
            }
            for (int k = 0; k < brackets.length; k++) {
                // both ends are proved, so the larger lower and the smaller upper end are too
                MinimizationResult better = fool.distances()[k] <= pgd.distances()[k] ? fool : pgd;
                double[] candidate = better.result().success()[k] ? better.result().clipped().row(k) : null;
                int point = k;
                brackets[k] = Phases.time("branch and bound", () -> exact.bracket(rows[point], labels[point],
                        candidate));
                certified[index[k]] = Math.max(radii[k], brackets[k].lower());
                attack[index[k]] = Math.min(best[k], brackets[k].upper());
            }
        }
        return exact == null ? new RegionDistance(inA, certified, attack, METHOD.toString(), List.of())
                : new RegionDistance(inA, certified, attack, EXACT_CERTIFICATE, List.of(brackets));
    }

    /** @return the attack's name, with branch and bound's counterexamples when it ran */
    private String attackName() {
        return certificate.equals(EXACT_CERTIFICATE) ? EXACT_ATTACK : ATTACK;
    }

    /** @return how many of the points outside \( A \) branch and bound bracketed within its tolerance */
    public int exactWithinTolerance() {
        return (int) exact.stream().filter(b -> b.status() == DistanceBracket.Status.WITHIN_TOLERANCE).count();
    }

    /**
     * The share of the points outside \( A \) whose branch and bound bracket reached its tolerance,
     * \( u - \ell \le \tau u \) (so \( \ell / u \ge 1 - \tau \)), Clopper-Pearson; reported only.
     *
     * @param label      where, for example "n = 16"
     * @param bound      the catalogue bound
     * @param target     the share aimed at, named in the quantity
     * @param confidence the level of the interval
     * @return the row
     */
    public Measurement exactRow(String label, String bound, double target, double confidence) {
        if (exact.isEmpty()) {
            throw new IllegalStateException("no branch and bound brackets (RegionDistance.withExact) for " + label);
        }
        double tolerance = exact.get(0).tolerance();
        return new Measurement(String.format(Locale.ROOT, "share of exact d_2(x, A) bracketed to %.0f %% by branch and"
                + " bound (target at least %.0f %%), given x not in A, %s, %d samples", 100 * tolerance, 100 * target,
                label, exact.size()), bound, Double.NaN, ClopperPearson.estimate(exactWithinTolerance(), exact.size(),
                confidence), Comparison.NONE, String.format(Locale.ROOT, "reported only: lower/upper >= %.2f",
                1 - tolerance));
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
        return new Sandwich(certified, attack, certificate, attackName());
    }

    /** @return the sandwich over the points outside \( A \), the minority side */
    public Sandwich minority() {
        return new Sandwich(pick(certified), pick(attack), certificate, attackName());
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

package hdae.validate.certify;

import hdae.validate.ValidationException;
import hdae.validate.attack.Box;
import hdae.validate.model.Classifier;
import hdae.validate.norm.Norm;

import java.time.Duration;
import java.util.Optional;

/**
 * The exact minimal adversarial distance of a sample, bracketed by bisection on \(\varepsilon\) with
 * {@link BranchAndBound}: \(\Delta(x_0) = \min\{\|x - x_0\| : x \in \mathrm{box},\ \hat k(x) \ne y\} \in
 * [\mathit{lower}, \mathit{upper}]\) ({@link DistanceBracket}).
 *
 * <p>Lower end: the CROWN certified radius ({@link CertifiedRadius} with its defaults), raised to every
 * \(\varepsilon\) that branch and bound proves ROBUST. Upper end: the distance of the best verified counterexample: an
 * attack's point when one is given and verified ({@link Counterexample#verify}), and every NOT_ROBUST answer's point
 * (its distance is at most the \(\varepsilon\) tried). Without either, \(\varepsilon\) doubles from twice the
 * certified radius until branch and bound finds a counterexample. Bisection between the two ends (its first radius
 * optionally a fixed fraction of the upper end, {@link #withFirstProbe}) stops when
 * \(\mathit{upper} - \mathit{lower} \le \tau \cdot \mathit{upper}\) (default \(\tau = 0.01\)); an UNKNOWN at
 * \(\varepsilon\) moves the search below \(\varepsilon\) without moving the proved upper end, and the bracket may end
 * WIDER.
 */
public final class ExactRadius {

    private static final int MAX_STEPS = 60;

    private final BranchAndBound bab;
    private final Norm norm;
    private final Box box;
    private final double tolerance;
    /** Time per sample, or null for none. */
    private final TimeLimit timeLimit;
    /** The first radius tried, as a fraction of the upper end, or 0 for the midpoint. */
    private final double probe;

    private ExactRadius(BranchAndBound bab, Norm norm, Box box, double tolerance, TimeLimit timeLimit,
            double probe) {
        this.bab = bab;
        this.norm = norm;
        this.box = box;
        this.tolerance = tolerance;
        this.timeLimit = timeLimit;
        this.probe = probe;
    }

    /**
     * Exact distances of a network in a norm and a box, with {@link BranchAndBound#of} and tolerance 1 %.
     *
     * @param net  the network
     * @param norm L2 or LINF
     * @param box  the input domain
     * @return the search
     */
    public static ExactRadius of(ReluNetwork net, Norm norm, Box box) {
        if (norm != Norm.L2 && norm != Norm.LINF) {
            throw ValidationException.expected("L2 or LINF", "norm", norm);
        }
        return new ExactRadius(BranchAndBound.of(net), norm, box, 0.01, null, 0);
    }

    /**
     * Exact distances of a dense classifier (one line for the experiments).
     *
     * @param model a softmax regression or ReLU MLP
     * @param norm  L2 or LINF
     * @param box   the input domain
     * @return the search
     */
    public static ExactRadius of(Classifier model, Norm norm, Box box) {
        return of(ReluNetwork.of(model), norm, box);
    }

    /**
     * A copy with another relative tolerance.
     *
     * @param relative in (0, 1)
     * @return the copy
     */
    public ExactRadius withTolerance(double relative) {
        if (!(relative > 0 && relative < 1)) {
            throw ValidationException.expected("a tolerance in (0, 1)", "relative", relative);
        }
        return new ExactRadius(bab, norm, box, relative, timeLimit, probe);
    }

    /**
     * A copy with another branch and bound (budget, steps, time limit).
     *
     * @param verifier for the same network
     * @return the copy
     */
    public ExactRadius withBranchAndBound(BranchAndBound verifier) {
        return new ExactRadius(verifier, norm, box, tolerance, timeLimit, probe);
    }

    /**
     * A copy with a wall-time limit per sample: each branch and bound run gets a third of the time left (so that an
     * UNKNOWN at one radius leaves time to prove a smaller one), and the search stops when none is left (the
     * bracket then ends as it stands, usually WIDER). Results depend on the machine's
     * speed: for the command line and benchmarks, not for tests.
     *
     * @param limit positive
     * @return the copy
     */
    public ExactRadius withTimeLimit(Duration limit) {
        return withTimeLimit(TimeLimit.of(TimeLimit.Clock.WALL, limit));
    }

    /**
     * {@link #withTimeLimit(Duration)} on either clock ({@link TimeLimit}: wall time or the thread's CPU time).
     *
     * @param limit the limit per sample
     * @return the copy
     */
    public ExactRadius withTimeLimit(TimeLimit limit) {
        return new ExactRadius(bab, norm, box, tolerance, limit, probe);
    }

    /**
     * A copy whose bisection tries \(\varepsilon = f \cdot \mathit{high}\) first instead of the midpoint, where
     * \(\mathit{high}\) is the search's upper end when the bisection starts (the verified attack distance when one
     * is given), and only when \(f \cdot \mathit{high}\) lies above the certified radius: for the question
     * whether the lower end reaches \(f\) times the upper one, a single branch and bound run answers it, and under
     * a time limit that run gets half of the time left instead of a third. The bisection then goes on in the part
     * that run leaves; the bracket's contract is unchanged.
     *
     * @param fraction in (0, 1)
     * @return the copy
     */
    public ExactRadius withFirstProbe(double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw ValidationException.expected("a fraction in (0, 1)", "fraction", fraction);
        }
        return new ExactRadius(bab, norm, box, tolerance, timeLimit, fraction);
    }

    /** Branch and bound with 1/share of the time left before the deadline, or null when none is left. */
    private BranchAndBound verifier(long deadline, int share) {
        if (timeLimit == null) {
            return bab;
        }
        long left = deadline - TimeLimit.now(timeLimit.clock());
        return left > 0 ? bab.withTimeLimit(timeLimit.withNanos(Math.max(1, left / share))) : null;
    }

    /**
     * The bracket of one sample.
     *
     * @param x           the sample, inside the box
     * @param label       y
     * @param attackPoint an attack's adversarial point (verified here before use), or null
     * @return the bracket
     */
    public DistanceBracket bracket(double[] x, int label, double[] attackPoint) {
        long deadline = timeLimit == null ? 0 : timeLimit.deadline();
        BoundPropagation bounds = bab.bounds();
        InputRegion region = new InputRegion(x, 0, norm, box);
        Optional<Counterexample> best = attackPoint == null ? Optional.empty()
                : Counterexample.verify(bounds, x, attackPoint, label, norm, box);
        double upper = best.map(Counterexample::distance).orElse(Double.POSITIVE_INFINITY);
        // the very radius CertifiedRadius reports by default (no upper hint, tolerance 0.1 %): never lowered here
        double lower = CertifiedRadius.of(bab.network(), norm, box, BoundMethod.CROWN)
                .radius(x, label, Double.POSITIVE_INFINITY);
        long spent = 0;
        double high = upper;
        // beyond the box's diameter the ball contains the whole box: a ROBUST there means no other class at all
        double diameter = (box.upper() - box.lower()) * (norm == Norm.L2 ? Math.sqrt(x.length) : 1);
        if (!(upper < Double.POSITIVE_INFINITY)) {
            double eps = Math.max(2 * lower, 0x1p-6);
            for (int step = 0; step < MAX_STEPS && !(high < Double.POSITIVE_INFINITY); step++, eps *= 2) {
                BranchAndBound verifier = verifier(deadline, 3);
                if (verifier == null) {
                    break;
                }
                Verification v = verifier.verify(region.withEps(eps), label);
                spent += v.subdomains();
                if (v.status() == Robustness.ROBUST) {
                    lower = eps;
                    if (eps > diameter) {
                        break;
                    }
                } else {
                    best = v.counterexample();
                    upper = best.map(Counterexample::distance).orElse(Double.POSITIVE_INFINITY);
                    high = v.status() == Robustness.UNKNOWN ? eps : upper;
                }
            }
        }
        for (int step = 0; step < MAX_STEPS && high - lower > tolerance * high; step++) {
            boolean probing = step == 0 && probe * high > lower;
            double mid = probing ? probe * high : lower + (high - lower) / 2;
            BranchAndBound verifier = verifier(deadline, probing ? 2 : 3);
            if (verifier == null) {
                break;
            }
            Verification v = verifier.verify(region.withEps(mid), label);
            spent += v.subdomains();
            switch (v.status()) {
                case ROBUST -> lower = mid;
                case NOT_ROBUST -> {
                    Counterexample c = v.counterexample().orElseThrow();
                    if (c.distance() < upper) {
                        upper = c.distance();
                        best = v.counterexample();
                    }
                    high = Math.min(mid, upper);
                }
                default -> high = mid;
            }
        }
        boolean narrow = upper < Double.POSITIVE_INFINITY && upper - lower <= tolerance * upper;
        return new DistanceBracket(lower, upper, tolerance,
                narrow ? DistanceBracket.Status.WITHIN_TOLERANCE : DistanceBracket.Status.WIDER, best, spent);
    }
}

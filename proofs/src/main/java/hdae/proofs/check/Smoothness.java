package hdae.proofs.check;

import hdae.numeric.NumericException;
import hdae.numeric.interval.Interval;
import hdae.numeric.interval.IntervalEvaluator;
import hdae.symbolic.formula.Binary;
import hdae.symbolic.formula.Call;
import hdae.symbolic.formula.Const;
import hdae.symbolic.formula.Constant;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.Neg;
import hdae.symbolic.formula.Num;
import hdae.symbolic.formula.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a formula in one variable is real-analytic on an open neighbourhood of a closed interval, shown by interval
 * arithmetic. Every function of hdae's syntax except {@code Abs}, {@code Sign}, {@code Min}, {@code Max} and
 * {@code Binomial} is analytic on an open set: {@code Sqrt} on x > 0, {@code Log} and a non-integer power's base on
 * x > 0, {@code ArcSin} and {@code ArcCos} on -1 < x < 1, {@code Gamma}, {@code LogGamma} and the factorial away from
 * their poles, {@code Tan} away from its poles, a quotient where the divisor is not 0, the rest everywhere. So when
 * the outward-rounded enclosure of every such argument over a closed piece lies inside its open set (a divisor's
 * enclosure excludes 0, {@code Sqrt}'s lies in x > 0, and so on), the formula is a composition of analytic functions on
 * a neighbourhood of the piece. The interval evaluator already refuses the non-strict cases except the closed ends of
 * {@code Sqrt} (x >= 0) and of {@code ArcSin}, {@code ArcCos} (|x| <= 1), which are checked here strictly. A piece on
 * which a check fails is halved, down to {@link #MAX_DEPTH} halvings.
 */
final class Smoothness {
    /** At most 2^10 pieces of the interval. */
    static final int MAX_DEPTH = 10;

    private Smoothness() {
    }

    /**
     * Why {@code f} (free variables: {@code v} at most) is not shown analytic on a neighbourhood of [lo, hi], or empty
     * when it is.
     */
    static Optional<String> problem(Formula f, String v, double lo, double hi) {
        Optional<String> form = unsupported(f);
        if (form.isPresent()) {
            return form;
        }
        List<Call> guarded = new ArrayList<>();
        collectGuarded(f, guarded);
        return piece(f, v, guarded, lo, hi, 0);
    }

    private static Optional<String> piece(Formula f, String v, List<Call> guarded, double lo, double hi, int depth) {
        Optional<String> here = check(f, v, guarded, Interval.of(lo, hi));
        if (here.isEmpty()) {
            return here;
        }
        if (depth >= MAX_DEPTH) {
            return Optional.of(here.get() + " on [" + lo + ", " + hi + "], after " + MAX_DEPTH + " halvings");
        }
        double mid = lo + (hi - lo) / 2;
        if (!(mid > lo && mid < hi)) {
            return Optional.of(here.get() + " at " + lo);
        }
        Optional<String> left = piece(f, v, guarded, lo, mid, depth + 1);
        return left.isPresent() ? left : piece(f, v, guarded, mid, hi, depth + 1);
    }

    /** The problem on one closed piece, or empty when every guarded argument lies in its open set there. */
    private static Optional<String> check(Formula f, String v, List<Call> guarded, Interval x) {
        IntervalEvaluator eval = new IntervalEvaluator(Map.of(v, x));
        try {
            Interval value = f.accept(eval);
            if (!Double.isFinite(value.lo()) || !Double.isFinite(value.hi())) {
                return Optional.of("no finite enclosure");
            }
            for (Call c : guarded) {
                Interval a = c.args().get(0).accept(eval);
                boolean inside = c.fn() == hdae.symbolic.formula.Fn.SQRT ? a.lo() > 0 : a.lo() > -1 && a.hi() < 1;
                if (!inside) {
                    return Optional.of(c.fn().inputName() + " of an argument in " + a + " (not strictly inside its"
                            + " open domain)");
                }
            }
            return Optional.empty();
        } catch (NumericException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Functions that are not analytic where defined (or have no enclosure), and the unbounded constant. */
    private static Optional<String> unsupported(Formula f) {
        if (f instanceof Num || f instanceof Var) {
            return Optional.empty();
        }
        if (f instanceof Const c) {
            return c.constant() == Constant.INFINITY ? Optional.of("it contains Infinity") : Optional.empty();
        }
        if (f instanceof Neg n) {
            return unsupported(n.arg());
        }
        if (f instanceof Binary b) {
            Optional<String> l = unsupported(b.left());
            return l.isPresent() ? l : unsupported(b.right());
        }
        if (f instanceof Call c) {
            switch (c.fn()) {
                case ABS, SIGN, MIN, MAX, BINOMIAL -> {
                    return Optional.of("it contains " + c.fn().inputName() + ", which is not analytic where defined"
                            + " or has no enclosure");
                }
                default -> {
                    for (Formula a : c.args()) {
                        Optional<String> p = unsupported(a);
                        if (p.isPresent()) {
                            return p;
                        }
                    }
                    return Optional.empty();
                }
            }
        }
        return Optional.of("it contains " + f.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT)
                + " (an integral, sum, limit or declared symbol)");
    }

    /** The calls whose argument the evaluator accepts on a closed set: Sqrt (x >= 0), ArcSin and ArcCos (|x| <= 1). */
    private static void collectGuarded(Formula f, List<Call> out) {
        if (f instanceof Neg n) {
            collectGuarded(n.arg(), out);
        } else if (f instanceof Binary b) {
            collectGuarded(b.left(), out);
            collectGuarded(b.right(), out);
        } else if (f instanceof Call c) {
            switch (c.fn()) {
                case SQRT, ARC_SIN, ARC_COS -> out.add(c);
                default -> {
                }
            }
            c.args().forEach(a -> collectGuarded(a, out));
        }
    }
}

package hdae.proofs.check;

import hdae.numeric.NumericException;
import hdae.numeric.interval.Interval;
import hdae.numeric.interval.IntervalEvaluator;
import hdae.symbolic.formula.Call;
import hdae.symbolic.formula.Const;
import hdae.symbolic.formula.Constant;
import hdae.symbolic.formula.Declared;
import hdae.symbolic.formula.Fn;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.Formulas;
import hdae.symbolic.formula.Integral;
import hdae.symbolic.formula.Limit;
import hdae.symbolic.formula.Sum;
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
        return piece(f, v, guarded(f), lo, hi, 0);
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
                boolean inside = c.fn() == Fn.SQRT ? a.lo() > 0 : a.lo() > -1 && a.hi() < 1;
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
        List<String> found = new ArrayList<>();
        Formulas.replace(f, g -> {
            if (found.isEmpty()) {
                unsupportedNode(g).ifPresent(found::add);
            }
            return Optional.empty();
        });
        return found.stream().findFirst();
    }

    private static Optional<String> unsupportedNode(Formula g) {
        if (g instanceof Const c && c.constant() == Constant.INFINITY) {
            return Optional.of("it contains Infinity");
        }
        if (g instanceof Call c && switch (c.fn()) {
            case ABS, SIGN, MIN, MAX, BINOMIAL -> true;
            default -> false;
        }) {
            return Optional.of("it contains " + c.fn().inputName() + ", which is not analytic where defined or has no"
                    + " enclosure");
        }
        if (g instanceof Integral || g instanceof Sum || g instanceof Limit || g instanceof Declared) {
            return Optional.of("it contains " + g.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT)
                    + " (an integral, sum, limit or declared symbol)");
        }
        return Optional.empty();
    }

    /** The calls whose argument the evaluator accepts on a closed set: Sqrt (x >= 0), ArcSin and ArcCos (|x| <= 1). */
    private static List<Call> guarded(Formula f) {
        List<Call> out = new ArrayList<>();
        Formulas.replace(f, g -> {
            if (g instanceof Call c && (c.fn() == Fn.SQRT || c.fn() == Fn.ARC_SIN || c.fn() == Fn.ARC_COS)) {
                out.add(c);
            }
            return Optional.empty();
        });
        return out;
    }
}

package hdae.proofs.check;

import hdae.numeric.eval.Definedness;
import hdae.numeric.eval.DoubleEvaluator;
import hdae.numeric.eval.Assignment;
import hdae.symbolic.formula.Relation;
import java.util.LinkedHashMap;
import java.util.List;
import hdae.symbolic.cas.Cas;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.Formulas;
import hdae.symbolic.formula.Integral;
import hdae.symbolic.formula.Sum;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;

/**
 * Values of formulas at points, in high precision where possible: through the CAS's arbitrary
 * precision (apfloat) for closed forms; in double precision, by quadrature, for integrals and sums,
 * whose tolerance is then looser and says so.
 */
final class Numerics {
    /** Relative tolerance in double precision (integrals by quadrature at 1e-12 relative accuracy). */
    static final double DOUBLE_TOLERANCE = 1e-9;

    private final Cas cas;
    private final int digits;
    private final Map<String, Optional<BigDecimal>> constants = new java.util.HashMap<>();

    Numerics(Cas cas, int digits) {
        this.cas = cas;
        this.digits = digits;
    }

    /** How many CAS calls so far ran into the time limit (see {@link Cas#timeouts()}). */
    long casTimeouts() {
        return cas.timeouts();
    }

    /**
     * Random points whose evaluation may run into the CAS time limit before a sampling loop gives up: such a
     * point is skipped (it is no evidence either way) and another is drawn, so that one slow point (an Erfc of a
     * large argument at 2560 digits, say) does not void a claim that 20 other points settle; the next timeout
     * ends the loop, which bounds a step's time by a few limits.
     */
    static final int TIMED_OUT_POINTS_SKIPPED = 2;

    /** Whether a sampling loop that began at {@code timeoutsBefore} must stop: too many points ran out of time. */
    boolean tooManyTimeouts(long timeoutsBefore) {
        return cas.timeouts() - timeoutsBefore > TIMED_OUT_POINTS_SKIPPED;
    }

    /** Whether the last evaluation since {@code timeoutsSeen} ran into the time limit. */
    boolean timedOutSince(long timeoutsSeen) {
        return cas.timeouts() > timeoutsSeen;
    }

    /** The finding when the CAS calls of a sampling loop ran into the time limit too often: no further point is tried. */
    Finding timedOut(int resolved) {
        return new Finding(Verdict.UNKNOWN, (TIMED_OUT_POINTS_SKIPPED + 1) + " CAS evaluations ran into the time limit of "
                + cas.limit().toMillis() + " ms after " + resolved + " resolved random points; no further points tried",
                Optional.empty());
    }

    /** Points needed for a claim with these parameters: one when it has none (a constant claim has one value). */
    static int pointsFor(java.util.Collection<?> params, int points) {
        return params.isEmpty() ? 1 : points;
    }

    /** Relative tolerance of {@link #value} for this formula. */
    double tolerance(Formula f) {
        return highPrecision(f) ? Math.pow(10, -(digits - 12)) : DOUBLE_TOLERANCE;
    }

    boolean highPrecision(Formula f) {
        return !Formulas.contains(f, Integral.class) && !Formulas.contains(f, Sum.class);
    }

    /**
     * The value, or empty when it is not a finite real there (or no method finished). Integrals and
     * sums are evaluated by hdae's own quadrature in double precision, never by the CAS: Symja 3.0.0
     * returns 0 for the integral of t^2 (1 - t^2)^(5/2) over [-1, 1] (the value is 5 pi/128).
     */
    Optional<BigDecimal> value(Formula f, Map<String, BigDecimal> point) {
        if (Formulas.freeVariables(f).isEmpty()) {
            String key = f.toInputForm();
            if (!constants.containsKey(key)) {
                constants.put(key, compute(f, point));
            }
            return constants.get(key);
        }
        return compute(f, point);
    }

    private Optional<BigDecimal> compute(Formula f, Map<String, BigDecimal> point) {
        if (highPrecision(f)) {
            return closedForm(f, point, digits);
        }
        try {
            double d = DoubleEvaluator.value(f, DomainSampler.assignment(point));
            return Double.isFinite(d) ? Optional.of(new BigDecimal(d)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A closed form's value by the CAS in {@code d}-digit arithmetic, Gamma at large arguments by {@link StirlingGamma}. */
    private Optional<BigDecimal> closedForm(Formula f, Map<String, BigDecimal> point, int d) {
        return cas.numeric(StirlingGamma.atPoint(f, point, d), point, d);
    }

    /** The outcome of comparing two sides at one point. */
    enum Agreement { EQUAL, DIFFERENT, UNRESOLVED }

    /**
     * The two sides at a point, compared at rising precision so that a difference is never an
     * artefact of cancellation: \((1-(1-2\varepsilon)^{n+1}) - (1-(1-2\varepsilon)^n)\) at
     * \(\varepsilon = 0.41, n = 692\) cancels over 500 digits. Closed forms are evaluated at the
     * checker's digits, then 4, 16 and 64 times as many; they are EQUAL as soon as they agree within
     * the precision, and DIFFERENT once they differ while each side kept its value from the precision
     * before and neither is exactly 0 (total cancellation gives exact zeros until the precision
     * suffices). Integrals and sums (double precision) have one level.
     *
     * @return the agreement, with the sides' values at the last precision used (for a counterexample)
     */
    Comparison compare(Formula lhs, Formula rhs, Map<String, BigDecimal> point) {
        if (!highPrecision(lhs) || !highPrecision(rhs)) {
            Optional<BigDecimal> l = value(lhs, point);
            // no value of one side: the other is not computed (it may cost a whole time limit)
            Optional<BigDecimal> r = l.isEmpty() ? Optional.empty() : value(rhs, point);
            if (l.isEmpty() || r.isEmpty()) {
                return new Comparison(Agreement.UNRESOLVED, l, r);
            }
            return new Comparison(close(l.get(), r.get(), DOUBLE_TOLERANCE) ? Agreement.EQUAL : Agreement.DIFFERENT, l, r);
        }
        Optional<BigDecimal> prevL = Optional.empty();
        Optional<BigDecimal> prevR = Optional.empty();
        int d = digits;
        for (int level = 0; level < PRECISION_LEVELS; level++, d *= 4) {
            Optional<BigDecimal> l = closedForm(lhs, point, d);
            Optional<BigDecimal> r = l.isEmpty() ? Optional.empty() : closedForm(rhs, point, d);
            if (l.isEmpty() || r.isEmpty()) {
                return new Comparison(Agreement.UNRESOLVED, l, r);
            }
            double tol = Math.pow(10, -(d - 12));
            if (close(l.get(), r.get(), tol)) {
                return new Comparison(Agreement.EQUAL, l, r);
            }
            // a difference is real when both sides kept their values from the previous precision and
            // neither collapsed to 0 (total cancellation yields exact zeros until the precision suffices)
            if (level > 0 && stable(l.get(), prevL.get(), d / 4) && stable(r.get(), prevR.get(), d / 4)
                    && (l.get().signum() != 0 || literal(lhs)) && (r.get().signum() != 0 || literal(rhs))) {
                return new Comparison(Agreement.DIFFERENT, l, r);
            }
            prevL = l;
            prevR = r;
        }
        return new Comparison(Agreement.UNRESOLVED, prevL, prevR);
    }

    /**
     * Whether a side is a number written out, such as {@code 0} or {@code -3}: its value is exact at every
     * precision, so a 0 there is a real 0 and not a cancellation that more digits would resolve.
     */
    private static boolean literal(Formula f) {
        return f instanceof hdae.symbolic.formula.Num
                || f instanceof hdae.symbolic.formula.Neg n && n.arg() instanceof hdae.symbolic.formula.Num;
    }

    private static boolean stable(BigDecimal now, BigDecimal before, int digitsBefore) {
        return close(now, before, Math.pow(10, -(digitsBefore - 12)));
    }

    /** Levels of precision tried by {@link #compare}: digits, 4x, 16x, 64x. */
    private static final int PRECISION_LEVELS = 4;

    record Comparison(Agreement agreement, Optional<BigDecimal> lhs, Optional<BigDecimal> rhs) {
    }

    /** |a - b| <= tol * max(1, |a|, |b|). */
    static boolean close(BigDecimal a, BigDecimal b, double tol) {
        BigDecimal scale = a.abs().max(b.abs()).max(BigDecimal.ONE);
        return a.subtract(b).abs().compareTo(scale.multiply(BigDecimal.valueOf(tol))) <= 0;
    }

    /**
     * A value to 15 significant digits, written out in full (30, not 3E+1) unless its decimal exponent is
     * beyond [-7, 20], where the scientific form is shorter.
     */
    static String show(BigDecimal v) {
        BigDecimal r = v.round(new MathContext(15)).stripTrailingZeros();
        int exponent = r.precision() - r.scale() - 1;
        return exponent >= -7 && exponent <= 20 ? r.toPlainString() : r.toString();
    }

    /**
     * The finding at a point where a side of the claim may be undefined, or empty when both sides are
     * defined there. Double-precision arithmetic spots the undefined operation ({@link Definedness}); for a
     * closed form the CAS confirms it in high precision (a zero produced by rounding is not a pole), and a
     * confirmed undefined side makes the claim FAILED with the point as witness: a claim is stated for every
     * point of its domain, and at this one it has no value. A side the CAS could not settle, or one with an
     * integral or sum (no high-precision check), makes it UNKNOWN, again with the point.
     */
    Optional<Finding> undefinedSide(Relation claim, Map<String, BigDecimal> point) {
        Assignment at = DomainSampler.assignment(point);
        for (Formula side : List.of(claim.lhs(), claim.rhs())) {
            Optional<String> why;
            try {
                why = Definedness.undefinedAt(side, at);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (why.isEmpty()) {
                continue;
            }
            Optional<Boolean> confirmed = highPrecision(side) ? cas.undefinedAt(side, point, digits) : Optional.empty();
            if (confirmed.isPresent() && !confirmed.get()) {
                continue;
            }
            return Optional.of(undefinedFinding(claim, point, side == claim.lhs(), why.get(), confirmed.isPresent()));
        }
        return Optional.empty();
    }

    /** As {@link #undefinedSide}, for a point where the CAS found no value of a side: is that side undefined there? */
    Optional<Finding> undefinedInCas(Relation claim, Map<String, BigDecimal> point) {
        for (Formula side : List.of(claim.lhs(), claim.rhs())) {
            if (highPrecision(side) && cas.undefinedAt(side, point, digits).orElse(false)) {
                return Optional.of(undefinedFinding(claim, point, side == claim.lhs(),
                        "the CAS finds no real value (a pole, an indeterminate form or a complex number)", true));
            }
        }
        return Optional.empty();
    }

    private Finding undefinedFinding(Relation claim, Map<String, BigDecimal> point, boolean lhsUndefined, String why,
            boolean confirmed) {
        Map<String, String> at = new LinkedHashMap<>();
        point.forEach((k, v) -> at.put(k, v.toPlainString()));
        String undefined = "undefined (" + why + ")";
        Formula other = lhsUndefined ? claim.rhs() : claim.lhs();
        String otherValue = value(other, point).map(Numerics::show).orElse("(not evaluable)");
        String where = at.isEmpty() ? "" : " at " + at;
        Counterexample c = new Counterexample(at, lhsUndefined ? undefined : otherValue, lhsUndefined ? otherValue : undefined);
        return confirmed
                ? new Finding(Verdict.FAILED, "the " + (lhsUndefined ? "lhs" : "rhs") + " has no real value" + where
                        + " (confirmed in " + digits + "-digit arithmetic)", Optional.of(c))
                : new Finding(Verdict.UNKNOWN, "the " + (lhsUndefined ? "lhs" : "rhs") + " may have no real value" + where
                        + ": " + why + " in double precision, not settled in high precision", Optional.of(c));
    }
}

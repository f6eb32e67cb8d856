package hdae.proofs.check;

import hdae.numeric.eval.DoubleEvaluator;
import hdae.numeric.interval.BoxProver;
import hdae.symbolic.formula.Formulas;
import hdae.symbolic.formula.Relation;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Inequalities: PROVED only when interval bisection covers the whole (bounded) domain; otherwise
 * CHECKED at random points, or FAILED where a violation is confirmed in high precision.
 */
final class InequalityCheck {
    private final Numerics numerics;
    private final CheckSettings settings;

    InequalityCheck(Numerics numerics, CheckSettings settings) {
        this.numerics = numerics;
        this.settings = settings;
    }

    Finding check(Relation claim, Context ctx, DomainSampler sampler) {
        String whyNotProved;
        try {
            BoxProver.Outcome o = new BoxProver(settings.maxBoxes()).prove(claim, ctx.domains(), ctx.assumptions());
            if (o.status() == BoxProver.Status.PROVED) {
                return new Finding(Verdict.PROVED, "interval bisection covers the domain (" + o.boxes()
                        + " boxes, outward rounding)", Optional.empty());
            }
            if (o.status() == BoxProver.Status.REFUTED) {
                // rigorous: the enclosure of the gap lies on the wrong side of 0 on a whole box
                Map<String, BigDecimal> w = new LinkedHashMap<>();
                o.witness().forEach((k, v) -> w.put(k, new BigDecimal(v)));
                Map<String, String> at = new LinkedHashMap<>();
                w.forEach((k, v) -> at.put(k, v.toPlainString()));
                return new Finding(Verdict.FAILED, "interval arithmetic shows the inequality fails on a whole box ("
                        + o.boxes() + " boxes, outward rounding)", Optional.of(new Counterexample(at,
                        show(numerics.value(claim.lhs(), w)), show(numerics.value(claim.rhs(), w)))));
            }
            whyNotProved = o.reason();
        } catch (IllegalArgumentException e) {
            whyNotProved = e.getMessage();
        }
        return sampled(claim, ctx, sampler, settings.inequalityPoints(), whyNotProved);
    }

    /** Random points in double precision; a violation is confirmed in high precision. */
    Finding sampled(Relation claim, Context ctx, DomainSampler sampler, int wanted, String whyNotProved) {
        var params = ctx.used(Formulas.freeVariables(claim));
        int points = Numerics.pointsFor(params, wanted);
        long timeouts = numerics.casTimeouts();
        int held = 0;
        for (int i = 0; i < points; i++) {
            Map<String, BigDecimal> p = sampler.sample(params, ctx.assumptions());
            Optional<Finding> undefined = numerics.undefinedSide(claim, p);
            if (undefined.isPresent()) {
                return undefined.get();
            }
            double l;
            double r;
            try {
                l = DoubleEvaluator.value(claim.lhs(), DomainSampler.assignment(p));
                r = DoubleEvaluator.value(claim.rhs(), DomainSampler.assignment(p));
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (Double.isNaN(l) || Double.isNaN(r)) {
                continue;
            }
            if (Double.isInfinite(l) || Double.isInfinite(r)) {
                // beyond the double range: only a comparison of finite logarithms is evidence
                double c;
                try {
                    c = DoubleEvaluator.compare(claim.lhs(), claim.rhs(), DomainSampler.assignment(p));
                } catch (IllegalArgumentException e) {
                    continue;
                }
                if (Double.isNaN(c)) {
                    continue;
                }
                l = c;
                r = 0;
            }
            if (!claim.rel().holds(l, r) && !holdsInLogs(claim, p)) {
                Numerics.Comparison c = numerics.compare(claim.lhs(), claim.rhs(), p);
                if (numerics.casTimeouts() > timeouts) {
                    return numerics.timedOut(held);
                }
                if (c.agreement() == Numerics.Agreement.UNRESOLVED) {
                    // not resolved in high precision either: no evidence either way
                    continue;
                }
                Optional<Finding> f = confirmViolation(claim, p, c);
                if (f.isPresent()) {
                    return f.get();
                }
            }
            held++;
        }
        if (held < Math.max(1, points / 2)) {
            return new Finding(Verdict.UNKNOWN, "only " + held + " of " + points + " random points could be evaluated",
                    Optional.empty());
        }
        return new Finding(Verdict.CHECKED, (params.isEmpty() ? "holds (no parameters)" : "holds at " + held + " random points") + "; not proved on the whole domain ("
                + whyNotProved + ")", Optional.empty());
    }

    private static String show(Optional<BigDecimal> v) {
        return v.map(Numerics::show).orElse("(not evaluable)");
    }

    /** Whether the relation holds when compared with signs and logarithms (no underflow to 0). */
    private static boolean holdsInLogs(Relation claim, Map<String, BigDecimal> p) {
        double c = DoubleEvaluator.compare(claim.lhs(), claim.rhs(), DomainSampler.assignment(p));
        return !Double.isNaN(c) && claim.rel().holds(c, 0);
    }

    /**
     * The violation at {@code p}, if it is real: the sides must be DIFFERENT under rising precision (for
     * a strict relation, EQUAL is a violation too) and ordered against the claim.
     */
    private static Optional<Finding> confirmViolation(Relation claim, Map<String, BigDecimal> p, Numerics.Comparison c) {
        boolean strict = claim.rel() == hdae.symbolic.formula.Rel.LT || claim.rel() == hdae.symbolic.formula.Rel.GT;
        if (c.agreement() == Numerics.Agreement.UNRESOLVED
                || c.agreement() == Numerics.Agreement.EQUAL && !strict) {
            return Optional.empty();
        }
        int order = c.lhs().get().compareTo(c.rhs().get());
        boolean holds = c.agreement() == Numerics.Agreement.DIFFERENT && claim.rel().holds(order, 0);
        if (holds) {
            return Optional.empty();
        }
        Map<String, String> at = new LinkedHashMap<>();
        p.forEach((k, v) -> at.put(k, v.toPlainString()));
        return Optional.of(new Finding(Verdict.FAILED, "the inequality fails",
                Optional.of(new Counterexample(at, Numerics.show(c.lhs().get()), Numerics.show(c.rhs().get())))));
    }
}

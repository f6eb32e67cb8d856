package hdae.proofs.check;

import hdae.numeric.eval.DoubleEvaluator;
import hdae.symbolic.cas.Cas;
import hdae.symbolic.cas.CasResult;
import hdae.symbolic.formula.Formulas;
import hdae.symbolic.formula.Relation;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Equalities: a symbolic zero test of lhs - rhs under the assumptions, and always a numeric test at
 * random points of the domain in high precision. PROVED needs both; CHECKED is the numeric test
 * alone; a point where both precision paths see a difference is a counterexample.
 */
final class EqualityCheck {
    private final Cas cas;
    private final Numerics numerics;
    private final CheckSettings settings;

    EqualityCheck(Cas cas, Numerics numerics, CheckSettings settings) {
        this.cas = cas;
        this.numerics = numerics;
        this.settings = settings;
    }

    Finding check(Relation claim, Context ctx, DomainSampler sampler) {
        Finding numeric = numeric(claim, ctx, sampler, settings.points());
        if (numeric.verdict() == Verdict.FAILED || numeric.verdict() == Verdict.UNKNOWN) {
            return numeric;
        }
        CasResult zero = cas.provesZero(Formulas.minus(claim.lhs(), claim.rhs()), ctx.forCas());
        if (zero.isDone()) {
            return new Finding(Verdict.PROVED, "CAS reduces lhs - rhs to 0; " + numeric.detail(), Optional.empty());
        }
        return new Finding(Verdict.CHECKED, numeric.detail() + "; CAS " + zero.status().name().toLowerCase(java.util.Locale.ROOT)
                + ": " + zero.reason(), Optional.empty());
    }

    /** The numeric half alone (also used to spot-check cited equalities). */
    Finding numeric(Relation claim, Context ctx, DomainSampler sampler, int points) {
        var params = ctx.used(Formulas.freeVariables(claim));
        double tol = Math.max(numerics.tolerance(claim.lhs()), numerics.tolerance(claim.rhs()));
        int agreed = 0;
        int skipped = 0;
        for (int i = 0; i < points; i++) {
            Map<String, BigDecimal> p = sampler.sample(params, ctx.assumptions());
            Optional<BigDecimal> l = numerics.value(claim.lhs(), p);
            Optional<BigDecimal> r = numerics.value(claim.rhs(), p);
            if (l.isEmpty() || r.isEmpty()) {
                skipped++;
                continue;
            }
            if (Numerics.close(l.get(), r.get(), tol)) {
                agreed++;
                continue;
            }
            if (confirmedByDoubles(claim, p)) {
                Map<String, String> at = new LinkedHashMap<>();
                p.forEach((k, v) -> at.put(k, v.toPlainString()));
                return new Finding(Verdict.FAILED, "lhs and rhs differ (relative tolerance " + tol + ")",
                        Optional.of(new Counterexample(at, Numerics.show(l.get()), Numerics.show(r.get()))));
            }
            skipped++;
        }
        if (agreed < Math.max(20, points / 2)) {
            return new Finding(Verdict.UNKNOWN, "only " + agreed + " of " + points + " random points could be evaluated",
                    Optional.empty());
        }
        String how = numerics.highPrecision(claim.lhs()) && numerics.highPrecision(claim.rhs())
                ? settings.digits() + "-digit" : "double-precision (quadrature)";
        return new Finding(Verdict.CHECKED, "equal at " + agreed + " random points (" + how + ", relative tolerance "
                + tol + (skipped > 0 ? ", " + skipped + " points not evaluable" : "") + ")", Optional.empty());
    }

    /** A difference seen in high precision is confirmed when double precision sees it too (or cannot evaluate). */
    private static boolean confirmedByDoubles(Relation claim, Map<String, BigDecimal> p) {
        try {
            double l = DoubleEvaluator.value(claim.lhs(), DomainSampler.assignment(p));
            double r = DoubleEvaluator.value(claim.rhs(), DomainSampler.assignment(p));
            if (!Double.isFinite(l) || !Double.isFinite(r)) {
                return true;
            }
            return Math.abs(l - r) > 1e-9 * Math.max(1, Math.max(Math.abs(l), Math.abs(r)));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}

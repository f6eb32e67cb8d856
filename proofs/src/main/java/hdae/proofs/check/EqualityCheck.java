package hdae.proofs.check;

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
 * alone; a point where the sides differ stably under rising precision is a counterexample.
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
            return new Finding(Verdict.PROVED, "CAS reduces lhs - rhs to 0" + (zero.reason().isEmpty() ? ""
                    : " (" + zero.reason() + ")") + "; " + numeric.detail(), Optional.empty());
        }
        return new Finding(Verdict.CHECKED, numeric.detail() + "; CAS " + zero.status().name().toLowerCase(java.util.Locale.ROOT)
                + ": " + zero.reason(), Optional.empty());
    }

    /** The numeric half alone (also used to spot-check cited equalities). */
    Finding numeric(Relation claim, Context ctx, DomainSampler sampler, int wanted) {
        var params = ctx.used(Formulas.freeVariables(claim));
        int points = Numerics.pointsFor(params, wanted);
        long timeouts = numerics.casTimeouts();
        double tol = Math.max(numerics.tolerance(claim.lhs()), numerics.tolerance(claim.rhs()));
        int agreed = 0;
        int skipped = 0;
        int slow = 0;
        // points where even the highest precision cannot separate the sides are skipped, and more are
        // drawn, up to three times as many, so that at least `points` resolved points back a verdict
        // (a claim without parameters has one value: one try)
        int tries = params.isEmpty() ? 1 : 3 * points;
        for (int i = 0; i < tries && agreed < points; i++) {
            Map<String, BigDecimal> p = sampler.sample(params, ctx.assumptions());
            Optional<Finding> undefined = numerics.undefinedSide(claim, p);
            if (undefined.isPresent()) {
                return undefined.get();
            }
            long seen = numerics.casTimeouts();
            Numerics.Comparison c = numerics.compare(claim.lhs(), claim.rhs(), p);
            if (numerics.tooManyTimeouts(timeouts)) {
                return numerics.timedOut(agreed);
            }
            if (numerics.timedOutSince(seen)) {
                slow++;
                continue;
            }
            switch (c.agreement()) {
                case EQUAL -> agreed++;
                case UNRESOLVED -> {
                    // no value at all in high precision may mean no value: a pole the double arithmetic missed
                    if (c.lhs().isEmpty() || c.rhs().isEmpty()) {
                        Optional<Finding> none = numerics.undefinedInCas(claim, p);
                        if (none.isPresent()) {
                            return none.get();
                        }
                    }
                    skipped++;
                }
                default -> {
                    Map<String, String> at = new LinkedHashMap<>();
                    p.forEach((k, v) -> at.put(k, v.toPlainString()));
                    return new Finding(Verdict.FAILED, "lhs and rhs differ, stably under rising precision",
                            Optional.of(new Counterexample(at, Numerics.show(c.lhs().get()), Numerics.show(c.rhs().get()))));
                }
            }
        }
        if (agreed < points) {
            if (params.isEmpty()) {
                return new Finding(Verdict.UNKNOWN, "the sides (no parameters) have no value that high precision"
                        + " resolves", Optional.empty());
            }
            return new Finding(Verdict.UNKNOWN, "only " + agreed + " of " + (agreed + skipped)
                    + " random points could be resolved; " + points + " are needed", Optional.empty());
        }
        String how = numerics.highPrecision(claim.lhs()) && numerics.highPrecision(claim.rhs())
                ? settings.digits() + " to " + settings.digits() * 64 + " digits" : "double-precision (quadrature)";
        return new Finding(Verdict.CHECKED, "equal at " + agreed + " random points (" + how + ", relative tolerance "
                + tol + (skipped > 0 ? ", " + skipped + " further points unresolved" : "")
                + (slow > 0 ? ", " + slow + " further points skipped at the CAS time limit" : "") + ")", Optional.empty());
    }

}

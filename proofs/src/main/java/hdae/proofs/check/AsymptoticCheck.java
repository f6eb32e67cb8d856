package hdae.proofs.check;

import hdae.symbolic.cas.Cas;
import hdae.symbolic.cas.CasResult;
import hdae.symbolic.formula.Const;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.Formulas;
import hdae.symbolic.formula.Limit;
import hdae.symbolic.formula.Relation;
import hdae.symbolic.formula.Var;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Limits and asymptotic orders: the CAS's answer is cross-checked numerically, and the numerics
 * decide when the two disagree (Symja 3.0.0 returns wrong limits at infinity without warning).
 *
 * <p>Limits \(\lim_{v\to\infty} f = L\): the relative error \(e_k = |f(10^k) - L|/\max(1,|L|)\) for
 * \(k = 1..6\) supports the claim when \(e_6 \le 10^{-6}\), or when it falls over the last three
 * points and \(e_6 \le 10^{-3}\); it contradicts it when \(e_6 > 10^{-2}\) and has not halved since
 * \(k = 5\). Orders \(f = O(g)\): the slope of \(\ln|f/g|\) against \(\ln v\) on \(v = 2^{8}, ..., 2^{40}\)
 * supports the claim below 0.05 and contradicts it above 0.2.
 */
final class AsymptoticCheck {
    private static final int OTHER_SAMPLES = 3;
    private static final int MAX_POWER = 6;
    private final Cas cas;
    private final Numerics numerics;

    AsymptoticCheck(Cas cas, Numerics numerics) {
        this.cas = cas;
        this.numerics = numerics;
    }

    private enum Evidence { SUPPORTS, CONTRADICTS, INCONCLUSIVE }

    Finding limit(Relation claim, Context ctx, DomainSampler sampler) {
        Limit lim = (Limit) claim.lhs();
        Formula value = claim.rhs();
        Var v = lim.var();
        boolean atInfinity = lim.point() instanceof Const c && c.constant() == hdae.symbolic.formula.Constant.INFINITY;
        Set<String> others = Formulas.freeVariables(claim);
        var params = ctx.used(others);
        Evidence overall = Evidence.SUPPORTS;
        String numericNote = "";
        for (int s = 0; s < OTHER_SAMPLES; s++) {
            Map<String, BigDecimal> p = sampler.sample(params, ctx.assumptions());
            Optional<BigDecimal> target = numerics.value(value, p);
            if (target.isEmpty()) {
                overall = Evidence.INCONCLUSIVE;
                continue;
            }
            double scale = Math.max(1, Math.abs(target.get().doubleValue()));
            List<Double> errors = new ArrayList<>();
            BigDecimal lastX = null;
            BigDecimal lastF = null;
            for (int k = 1; k <= MAX_POWER; k++) {
                BigDecimal x = atInfinity ? BigDecimal.TEN.pow(k)
                        : numerics.value(lim.point(), p).orElse(BigDecimal.ZERO).add(BigDecimal.ONE.movePointLeft(k + 2));
                Map<String, BigDecimal> q = new LinkedHashMap<>(p);
                q.put(v.name(), x);
                Optional<BigDecimal> f = numerics.value(lim.body(), q);
                if (f.isPresent()) {
                    errors.add(f.get().subtract(target.get()).abs().doubleValue() / scale);
                    lastX = x;
                    lastF = f.get();
                }
            }
            Evidence e = judge(errors);
            if (e == Evidence.CONTRADICTS) {
                Map<String, String> at = new LinkedHashMap<>();
                p.forEach((k, val) -> at.put(k, val.toPlainString()));
                at.put(v.name(), lastX.toPlainString());
                return new Finding(Verdict.FAILED, "the function does not approach the claimed limit (relative error "
                        + String.format(java.util.Locale.ROOT, "%.3g", errors.get(errors.size() - 1)) + " at the last point)",
                        Optional.of(new Counterexample(at, Numerics.show(lastF), Numerics.show(target.get()))));
            }
            if (e == Evidence.INCONCLUSIVE) {
                overall = Evidence.INCONCLUSIVE;
            }
            numericNote = String.format(java.util.Locale.ROOT, "relative error %.2g at %s = %s", errors.isEmpty()
                    ? Double.NaN : errors.get(errors.size() - 1), v.name(), lastX == null ? "-" : lastX.toPlainString());
        }
        CasResult r = cas.limit(lim.body(), v, lim.point());
        boolean casAgrees = r.isDone() && r.formula().isPresent()
                && cas.provesZero(Formulas.minus(r.formula().get(), value), ctx.forCas()).isDone();
        return verdict(overall, casAgrees, r, numericNote);
    }

    Finding order(Relation claim, Context ctx, DomainSampler sampler) {
        Var v = claim.asymptoticVar().orElseThrow();
        Formula ratio = Formulas.divide(claim.lhs(), claim.rhs());
        var params = ctx.used(Formulas.freeVariables(claim)).stream().filter(p -> !p.name().equals(v.name())).toList();
        Evidence overall = Evidence.SUPPORTS;
        String note = "";
        for (int s = 0; s < OTHER_SAMPLES; s++) {
            Map<String, BigDecimal> p = sampler.sample(params, ctx.assumptions());
            List<double[]> pts = new ArrayList<>();
            for (int k = 8; k <= 40; k += 4) {
                Map<String, BigDecimal> q = new LinkedHashMap<>(p);
                q.put(v.name(), BigDecimal.valueOf(2).pow(k));
                Optional<BigDecimal> r = numerics.value(ratio, q);
                if (r.isPresent() && r.get().signum() != 0) {
                    pts.add(new double[] {k * Math.log(2), Math.log(r.get().abs().round(MathContext.DECIMAL64).doubleValue())});
                }
            }
            if (pts.size() < 4) {
                overall = Evidence.INCONCLUSIVE;
                continue;
            }
            double slope = slope(pts.subList(pts.size() - 4, pts.size()));
            note = String.format(java.util.Locale.ROOT, "log-log slope of |lhs/rhs| %.3f on %s = 2^28..2^40", slope, v.name());
            if (slope > 0.2) {
                Map<String, String> at = new LinkedHashMap<>();
                p.forEach((k, val) -> at.put(k, val.toPlainString()));
                at.put(v.name(), "2^8..2^40");
                return new Finding(Verdict.FAILED, "lhs/rhs grows like a power of " + v.name() + ": " + note,
                        Optional.of(new Counterexample(at, "slope " + String.format(java.util.Locale.ROOT, "%.3f", slope),
                                "slope <= 0")));
            }
            if (slope > 0.05) {
                overall = Evidence.INCONCLUSIVE;
            }
        }
        CasResult r = cas.limit(ratio, v, Const.INFINITY);
        boolean finite = r.isDone() && r.formula().isPresent() && !r.text().contains("Infinity");
        return verdict(overall, finite, r, note);
    }

    private static Finding verdict(Evidence evidence, boolean casAgrees, CasResult cas, String note) {
        String casNote = cas.isDone() ? "CAS: " + cas.text() : "CAS " + cas.status().name().toLowerCase(java.util.Locale.ROOT)
                + ": " + cas.reason();
        if (evidence == Evidence.SUPPORTS) {
            return casAgrees ? new Finding(Verdict.PROVED, casNote + "; numerics agree (" + note + ")", Optional.empty())
                    : new Finding(Verdict.CHECKED, "numerics support the claim (" + note + "); " + casNote
                            + (cas.isDone() ? " (disagrees: a known weakness of Symja's Limit)" : ""), Optional.empty());
        }
        return new Finding(Verdict.UNKNOWN, "numerics inconclusive (" + note + "); " + casNote, Optional.empty());
    }

    private static Evidence judge(List<Double> e) {
        if (e.size() < 3) {
            return Evidence.INCONCLUSIVE;
        }
        double last = e.get(e.size() - 1);
        double prev = e.get(e.size() - 2);
        double prev2 = e.get(e.size() - 3);
        if (last <= 1e-6 || last <= 1e-3 && last < prev && prev < prev2) {
            return Evidence.SUPPORTS;
        }
        if (last > 1e-2 && last >= 0.5 * prev) {
            return Evidence.CONTRADICTS;
        }
        return Evidence.INCONCLUSIVE;
    }

    private static double slope(List<double[]> pts) {
        double mx = pts.stream().mapToDouble(p -> p[0]).average().orElse(0);
        double my = pts.stream().mapToDouble(p -> p[1]).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (double[] p : pts) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
        }
        return sxy / sxx;
    }
}

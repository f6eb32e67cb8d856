package hdae.proofs.check;

import hdae.numeric.interval.BoxProver;
import hdae.symbolic.bound.Domain;
import hdae.symbolic.cas.Cas;
import hdae.symbolic.cas.CasResult;
import hdae.symbolic.formula.Call;
import hdae.symbolic.formula.Const;
import hdae.symbolic.formula.Constant;
import hdae.symbolic.formula.Fn;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.Formulas;
import hdae.symbolic.formula.Limit;
import hdae.symbolic.formula.Num;
import hdae.symbolic.formula.Rel;
import hdae.symbolic.formula.Relation;
import hdae.symbolic.formula.Var;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Limits and asymptotic orders. Numerics are evidence, never a proof and never a refutation: a
 * function sampled at finitely many points says nothing about its limit (1/ln n is 0.014 at
 * \(n = 10^{32}\)), and a log factor hides below any slope threshold (ln n against 1 has log-log
 * slope \(1/\ln n\)).
 *
 * <p>Verdicts:
 * <ul>
 * <li>PROVED: the CAS's limit (of the function, or of the ratio lhs/rhs for {@code isbigo}) confirms
 * the claim and the numerics agree with the CAS's value; or, for {@code isbigo}, the explicit-constant
 * twin \(|f/g| \le C\) for \(v \ge v_0\) is proved by outward-rounded interval bisection after
 * compactifying \(v = 1/m\), \(m \in (0, 1/v_0]\).</li>
 * <li>FAILED: the CAS's value contradicts the claim and the numerics agree with the CAS's value.</li>
 * <li>CHECKED: the CAS gave no answer and the numerics are consistent with the claim.</li>
 * <li>UNKNOWN: the CAS and the numerics disagree (both figures are given), or neither decides.</li>
 * </ul>
 *
 * <p>Numerics for a limit \(L\) at infinity: the relative errors \(e_k = |f(10^k) - L|/\max(1,|L|)\)
 * for \(k = 1, 2, 3, 4, 8, 16, 32\) (up to the first point that cannot be evaluated) agree with \(L\) when \(e\) is below \(10^{-6}\) at the last point (and \(10^{-3}\) at the one before) or
 * strictly decreasing over the last three points and at most half of \(e\) two points before, evaluated at four points at least. For an order: the ratio \(r = f/g\) at
 * \(v = 2^8, 2^{16}, \dots, 2^{64}\) agrees with a finite CAS limit \(L\) when its last two values lie
 * within \(0.1 \max(1, |L|)\) of \(L\), and with an infinite one when \(|r|\) increases strictly over
 * the grid and at least doubles. A NaN or infinite value is inconclusive.
 */
final class AsymptoticCheck {
    private static final int OTHER_SAMPLES = 3;
    /** Box budget of the explicit twin: a bounded ratio is usually proved within a few hundred boxes. */
    private static final long TWIN_BOXES = 2_000;
    private static final int[] LIMIT_POWERS = {1, 2, 3, 4, 8, 16, 32};
    private static final int[] ORDER_POWERS = {8, 16, 24, 32, 40, 48, 56, 64};
    private final Cas cas;
    private final Numerics numerics;
    private final CheckSettings settings;

    AsymptoticCheck(Cas cas, Numerics numerics, CheckSettings settings) {
        this.cas = cas;
        this.numerics = numerics;
        this.settings = settings;
    }

    /** What the samples say about a candidate value. */
    private enum Evidence { AGREES, DISAGREES, INCONCLUSIVE }

    Finding limit(Relation claim, Context ctx, DomainSampler sampler) {
        Limit lim = (Limit) claim.lhs();
        boolean atInfinity = lim.point() instanceof Const c && c.constant() == Constant.INFINITY;
        CasResult r = cas.limit(lim.body(), lim.var(), lim.point());
        Optional<Formula> casValue = r.isDone() && !r.text().contains("Indeterminate") ? r.formula() : Optional.empty();
        boolean casInfinite = r.isDone() && r.text().contains("Infinity");
        boolean casConfirms = casValue.isPresent() && !casInfinite
                && cas.provesZero(Formulas.minus(casValue.get(), claim.rhs()), ctx.forCas()).isDone();
        var params = ctx.used(Formulas.freeVariables(claim));
        int samples = samples(params);
        Evidence forClaim = Evidence.AGREES;
        Evidence forCas = casValue.isPresent() && !casInfinite ? Evidence.AGREES : Evidence.INCONCLUSIVE;
        String note = "";
        String casNote = "";
        Optional<Counterexample> witness = Optional.empty();
        for (int s = 0; s < samples; s++) {
            Map<String, BigDecimal> p = sampler.sample(params, ctx.assumptions());
            List<BigDecimal[]> values = limitSamples(lim, atInfinity, p);
            Optional<BigDecimal> target = numerics.value(claim.rhs(), p);
            Evidence e = target.map(t -> approaches(values, t)).orElse(Evidence.INCONCLUSIVE);
            forClaim = weaker(forClaim, e);
            note = describe(values, target, lim.var().name());
            if (!values.isEmpty() && target.isPresent()) {
                Map<String, String> at = new LinkedHashMap<>();
                p.forEach((k, x) -> at.put(k, x.toPlainString()));
                BigDecimal[] last = values.get(values.size() - 1);
                at.put(lim.var().name(), last[0].toString());
                witness = Optional.of(new Counterexample(at, Numerics.show(last[1]), Numerics.show(target.get())));
            }
            if (forCas == Evidence.AGREES || forCas == Evidence.DISAGREES) {
                Optional<BigDecimal> cv = numerics.value(casValue.get(), p);
                Evidence c = cv.map(t -> approaches(values, t)).orElse(Evidence.INCONCLUSIVE);
                forCas = weaker(forCas, c);
                casNote = describe(values, cv, lim.var().name());
            }
        }
        String casText = casText(r);
        if (casConfirms) {
            return forClaim == Evidence.AGREES
                    ? finding(Verdict.PROVED, casText + " equals the claimed value; numerics agree (" + note + ")")
                    : finding(Verdict.UNKNOWN, casText + " equals the claimed value, but the numerics do not confirm it ("
                            + note + ")");
        }
        if (casValue.isPresent() && !casInfinite && forCas == Evidence.AGREES && forClaim != Evidence.AGREES) {
            return new Finding(Verdict.FAILED, casText + ", not the claimed value, and the numerics agree with the CAS ("
                    + casNote + ")", witness);
        }
        if (casInfinite && forClaim == Evidence.DISAGREES && growing(lim, atInfinity, ctx, sampler)) {
            return new Finding(Verdict.FAILED, casText + ", and the numerics grow without settling (" + note + ")", witness);
        }
        if (r.isDone()) {
            return finding(Verdict.UNKNOWN, "the CAS and the numerics disagree: " + casText + "; numerics: " + note);
        }
        return forClaim == Evidence.AGREES
                ? finding(Verdict.CHECKED, "numerics consistent with the claim (" + note + "); " + casText
                        + "; numerics alone never prove a limit")
                : finding(Verdict.UNKNOWN, "numerics inconclusive (" + note + "); " + casText);
    }

    Finding order(Relation claim, Context ctx, DomainSampler sampler) {
        Var v = claim.asymptoticVar().orElseThrow();
        Formula ratio = Formulas.divide(claim.lhs(), claim.rhs());
        var params = ctx.used(Formulas.freeVariables(claim)).stream().filter(p -> !p.name().equals(v.name())).toList();
        List<Map<String, BigDecimal>> points = new ArrayList<>();
        List<List<BigDecimal>> ratios = new ArrayList<>();
        for (int s = 0; s < samples(params); s++) {
            points.add(sampler.sample(params, ctx.assumptions()));
            ratios.add(orderSamples(ratio, v, points.get(s)));
        }
        Optional<Finding> twin = explicitTwin(ratio, v, ctx, ratios);
        if (twin.isPresent()) {
            return twin.get();
        }
        CasResult r = cas.limit(ratio, v, Const.INFINITY);
        boolean casInfinite = r.isDone() && r.text().contains("Infinity");
        Optional<Formula> casFinite = r.isDone() && !casInfinite && !r.text().contains("Indeterminate")
                ? r.formula() : Optional.empty();
        boolean agreeFinite = casFinite.isPresent();
        boolean agreeInfinite = casInfinite;
        boolean nonIncreasing = true;
        String note = "";
        for (int s = 0; s < points.size(); s++) {
            Map<String, BigDecimal> p = points.get(s);
            List<BigDecimal> rs = ratios.get(s);
            note = "|lhs/rhs| = " + rs.stream().map(Numerics::show).toList() + " at " + v.name() + " = 2^8, 2^16, ..., 2^64";
            if (rs.size() < ORDER_POWERS.length - 2) {
                agreeFinite = false;
                agreeInfinite = false;
                nonIncreasing = false;
                continue;
            }
            if (casFinite.isPresent()) {
                Optional<BigDecimal> l = numerics.value(casFinite.get(), p);
                double tol = 0.1 * Math.max(1, l.map(x -> x.abs().doubleValue()).orElse(1.0));
                agreeFinite &= l.isPresent() && Math.abs(rs.get(rs.size() - 1).subtract(l.get().abs()).doubleValue()) <= tol
                        && Math.abs(rs.get(rs.size() - 2).subtract(l.get().abs()).doubleValue()) <= tol;
            }
            agreeInfinite &= strictlyIncreasing(rs) && rs.get(rs.size() - 1).compareTo(rs.get(0).multiply(BigDecimal.valueOf(2))) >= 0;
            nonIncreasing &= nonIncreasing(rs);
        }
        String casText = casText(r) + " (limit of lhs/rhs)";
        if (agreeFinite) {
            return finding(Verdict.PROVED, casText + " is finite, so lhs = O(rhs); numerics agree (" + note + ")");
        }
        if (agreeInfinite) {
            return new Finding(Verdict.FAILED, casText + " is infinite, so lhs is not O(rhs); numerics agree: |lhs/rhs|"
                    + " grows strictly over the grid (" + note + ")", Optional.of(new Counterexample(Map.of(v.name(),
                    "2^8..2^64"), "|lhs/rhs| unbounded (CAS limit Infinity)", "bounded")));
        }
        if (r.isDone()) {
            return finding(Verdict.UNKNOWN, "the CAS and the numerics disagree: " + casText + "; numerics: " + note);
        }
        return nonIncreasing
                ? finding(Verdict.CHECKED, "numerics consistent with the claim: |lhs/rhs| does not increase (" + note
                        + "); " + casText + "; numerics alone never prove an order")
                : finding(Verdict.UNKNOWN, "numerics inconclusive (" + note + "); " + casText);
    }

    /**
     * The explicit-constant twin: \(|f/g| \le C\) on \(v \ge v_0 = 2^8\) with \(C\) twice the largest
     * sampled ratio, proved by interval bisection on \(m = 1/v \in (0, 2^{-8}]\) (and the other
     * parameters' domains). Empty when it cannot be proved (the evaluator cannot enclose the ratio
     * near m = 0, or the ratio is unbounded).
     */
    private Optional<Finding> explicitTwin(Formula ratio, Var v, Context ctx, List<List<BigDecimal>> ratios) {
        double max = 0;
        for (List<BigDecimal> rs : ratios) {
            if (rs.size() < ORDER_POWERS.length) {
                return Optional.empty();
            }
            for (BigDecimal x : rs) {
                max = Math.max(max, x.doubleValue());
            }
        }
        if (!(max > 0 && Double.isFinite(max))) {
            return Optional.empty();
        }
        BigDecimal c = new BigDecimal(2 * max, new MathContext(3, java.math.RoundingMode.UP));
        String m = v.name().equals("m") ? "mm" : "m";
        Formula compact = Formulas.substitute(Call.of(Fn.ABS, ratio),
                Map.of(v.name(), Formulas.divide(new Num(BigDecimal.ONE), new Var(m))));
        Map<String, Domain> domains = new LinkedHashMap<>(ctx.domains());
        domains.remove(v.name());
        domains.put(m, new Domain(false, 0, true, Math.scalb(1.0, -8), false));
        try {
            BoxProver.Outcome o = new BoxProver(Math.min(settings.maxBoxes(), TWIN_BOXES)).prove(Relation.of(compact, Rel.LE, new Num(c)),
                    domains, ctx.assumptions().stream().filter(a -> !Formulas.freeVariables(a).contains(v.name())).toList());
            if (o.status() == BoxProver.Status.PROVED) {
                return Optional.of(finding(Verdict.PROVED, "explicit twin |lhs/rhs| <= " + c.toPlainString() + " for "
                        + v.name() + " >= 2^8, proved by interval bisection on " + m + " = 1/" + v.name() + " in (0, 2^-8] ("
                        + o.boxes() + " boxes, outward rounding)"));
            }
        } catch (IllegalArgumentException | ArithmeticException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Points of the other parameters: three, or one when there are none (every draw would be the same). */
    private static int samples(List<hdae.symbolic.bound.Parameter> params) {
        return params.isEmpty() ? 1 : OTHER_SAMPLES;
    }

    private List<BigDecimal[]> limitSamples(Limit lim, boolean atInfinity, Map<String, BigDecimal> p) {
        List<BigDecimal[]> out = new ArrayList<>();
        Optional<BigDecimal> point = atInfinity ? Optional.empty() : numerics.value(lim.point(), p);
        if (!atInfinity && point.isEmpty()) {
            return out;
        }
        for (int k : LIMIT_POWERS) {
            BigDecimal x = atInfinity ? BigDecimal.TEN.pow(k) : point.get().add(BigDecimal.ONE.movePointLeft(k + 1));
            Map<String, BigDecimal> q = new LinkedHashMap<>(p);
            q.put(lim.var().name(), x);
            Optional<BigDecimal> f = numerics.value(lim.body(), q);
            if (f.isEmpty()) {
                break; // farther points are no easier to evaluate (Gamma at 10^8 already fails): stop early
            }
            out.add(new BigDecimal[] {x, f.get()});
        }
        return out;
    }

    private List<BigDecimal> orderSamples(Formula ratio, Var v, Map<String, BigDecimal> p) {
        List<BigDecimal> out = new ArrayList<>();
        for (int k : ORDER_POWERS) {
            Map<String, BigDecimal> q = new LinkedHashMap<>(p);
            q.put(v.name(), BigDecimal.valueOf(2).pow(k));
            numerics.value(ratio, q).ifPresent(x -> out.add(x.abs()));
        }
        return out;
    }

    /** Whether the body's magnitude increases strictly over the sample points (an infinite limit's evidence). */
    private boolean growing(Limit lim, boolean atInfinity, Context ctx, DomainSampler sampler) {
        var params = ctx.used(Formulas.freeVariables(lim));
        List<BigDecimal[]> values = limitSamples(lim, atInfinity, sampler.sample(params, ctx.assumptions()));
        List<BigDecimal> abs = values.stream().map(x -> x[1].abs()).toList();
        return abs.size() == LIMIT_POWERS.length && strictlyIncreasing(abs)
                && abs.get(abs.size() - 1).compareTo(abs.get(0).multiply(BigDecimal.valueOf(2))) >= 0;
    }

    private static Evidence approaches(List<BigDecimal[]> values, BigDecimal target) {
        if (values.size() < 2) {
            return Evidence.INCONCLUSIVE;
        }
        double scale = Math.max(1, target.abs().doubleValue());
        List<Double> e = values.stream().map(x -> x[1].subtract(target).abs().doubleValue() / scale).toList();
        double last = e.get(e.size() - 1);
        double prev = e.get(e.size() - 2);
        double prev2 = e.size() >= 3 ? e.get(e.size() - 3) : Double.NaN;
        if (!(Double.isFinite(last) && Double.isFinite(prev))) {
            return Evidence.INCONCLUSIVE;
        }
        // agreement: tiny, or shrinking by half at least over the last two points (an error that levels off
        // at a wrong value shrinks ever more slowly), and seen at four points at least (up to 10^8)
        if (last <= 1e-6 && prev <= 1e-3 || values.size() >= 4 && last < prev && prev < prev2 && last <= 0.5 * prev2) {
            return Evidence.AGREES;
        }
        return values.size() >= 3 && last > 1e-3 && last >= 0.9 * prev2 ? Evidence.DISAGREES : Evidence.INCONCLUSIVE;
    }

    private static Evidence weaker(Evidence a, Evidence b) {
        if (a == Evidence.DISAGREES || b == Evidence.DISAGREES) {
            return Evidence.DISAGREES;
        }
        return a == Evidence.INCONCLUSIVE || b == Evidence.INCONCLUSIVE ? Evidence.INCONCLUSIVE : Evidence.AGREES;
    }

    private static boolean strictlyIncreasing(List<BigDecimal> xs) {
        for (int i = 1; i < xs.size(); i++) {
            if (xs.get(i).compareTo(xs.get(i - 1)) <= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean nonIncreasing(List<BigDecimal> xs) {
        for (int i = 1; i < xs.size(); i++) {
            if (xs.get(i).compareTo(xs.get(i - 1)) > 0) {
                return false;
            }
        }
        return true;
    }

    private static String describe(List<BigDecimal[]> values, Optional<BigDecimal> target, String var) {
        if (values.isEmpty()) {
            return "no point could be evaluated";
        }
        BigDecimal[] last = values.get(values.size() - 1);
        return String.format(Locale.ROOT, "value %s at %s = %s%s", Numerics.show(last[1]), var, last[0].toString(),
                target.map(t -> ", target " + Numerics.show(t)).orElse(""));
    }

    private static String casText(CasResult r) {
        return r.isDone() ? "CAS limit " + r.text() : "CAS " + r.status().name().toLowerCase(Locale.ROOT) + ": " + r.reason();
    }

    private static Finding finding(Verdict v, String detail) {
        return new Finding(v, detail, Optional.empty());
    }
}

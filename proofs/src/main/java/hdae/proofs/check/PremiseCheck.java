package hdae.proofs.check;

import hdae.proofs.format.Derivation;
import hdae.proofs.format.Premise;
import hdae.proofs.format.Step;
import hdae.symbolic.bound.Domain;
import hdae.symbolic.bound.Parameter;
import hdae.symbolic.cas.Cas;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.Formulas;
import hdae.symbolic.formula.Rel;
import hdae.symbolic.formula.Relation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A step with premises ({@code from}): its claim must follow from the premises' claims by the rules of
 * {@link Inference}, after instantiating them as the step says ({@code from 12 with s = Sqrt(2*Pi)*t}).
 * An instantiation must respect the premise's domains and its own assumptions ({@code where}): each
 * such side condition is checked in this step's context like a claim (interval bisection, else random
 * points). The step's verdict is PROVED when the premises combine and every side condition is proved,
 * CHECKED when a side condition is only checked, FAILED (with the reason) when the premises do not
 * combine or a side condition fails, and UNKNOWN when a side condition cannot be decided. Whether the
 * premises themselves hold is the business of the derived verdict (docs/derivation-format.md).
 */
final class PremiseCheck {
    private final Cas cas;
    private final Numerics numerics;
    private final CheckSettings settings;

    PremiseCheck(Cas cas, Numerics numerics, CheckSettings settings) {
        this.cas = cas;
        this.numerics = numerics;
        this.settings = settings;
    }

    Finding check(Derivation d, Step s, Context ctx, DomainSampler sampler) {
        Relation claim = s.claim().orElseThrow();
        List<Relation> premises = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        Verdict weakest = Verdict.PROVED;
        Map<String, Domain> premiseDomains = new LinkedHashMap<>(ctx.domains());
        Map<String, Domain> here = ctx.domains();
        // a variable that two premises give different domains has no one domain a rule could rely on under a binder
        Map<String, Domain> fromPremises = new LinkedHashMap<>();
        java.util.Set<String> conflicting = new java.util.TreeSet<>();
        // every premise, instantiated: a side condition that one of them states is discharged by it
        List<Relation> stated = s.premises().stream().map(p -> instantiate(d.step(p.step()).claim().orElseThrow(),
                p.with())).toList();
        for (Premise p : s.premises()) {
            Step earlier = d.step(p.step());
            names.add("step " + p.step());
            Relation r = earlier.claim().orElseThrow();
            Context theirs = Context.of(d, earlier);
            theirs.domains().forEach((k, v) -> {
                if (!p.with().containsKey(k)) {
                    Domain before = fromPremises.put(k, v);
                    if (before != null && !before.equals(v)) {
                        conflicting.add(k);
                    }
                    premiseDomains.put(k, v);
                }
            });
            // a premise variable left free must range here within the premise's domain
            for (String v : Formulas.freeVariables(r)) {
                Domain there = theirs.domains().get(v);
                if (!p.with().containsKey(v) && here.containsKey(v) && there != null && !Inference.within(here.get(v), there)) {
                    return fail("step " + p.step() + " holds for " + v + " in " + there + ", but here " + v + " ranges over "
                            + here.get(v));
                }
            }
            List<Relation> sides = new ArrayList<>();
            for (Map.Entry<String, Formula> w : p.with().entrySet()) {
                Parameter param = theirs.parameters().stream().filter(q -> q.name().equals(w.getKey())).findFirst()
                        .orElseThrow();
                if (param.domain().integer() && !Inference.integral(w.getValue(), here)) {
                    return new Finding(Verdict.UNKNOWN, "cannot show that " + w.getValue().toInputForm()
                            + " is an integer, as parameter " + param.name() + " of step " + p.step() + " must be",
                            Optional.empty());
                }
                sides.addAll(Inference.domainConditions(param, w.getValue()));
            }
            for (Relation a : earlier.where()) {
                Relation inst = instantiate(a, p.with());
                if (!ctx.assumptions().contains(inst)) {
                    sides.add(inst);
                }
            }
            for (Relation side : sides) {
                Finding f = stated.contains(side) || stated.contains(flipped(side))
                        ? new Finding(Verdict.PROVED, "a premise", Optional.empty()) : side(side, ctx, sampler);
                conditions.add(side.toInputForm() + " " + f.verdict().name());
                if (f.verdict() == Verdict.FAILED) {
                    return new Finding(Verdict.FAILED, "instantiating step " + p.step() + " needs " + side.toInputForm()
                            + ", which fails here", f.counterexample());
                }
                weakest = weaker(weakest, f.verdict());
            }
            premises.add(instantiate(r, p.with()));
        }
        conflicting.forEach(premiseDomains::remove);
        Optional<String> why = new Inference().combine(claim, premises, names, premiseDomains);
        if (why.isPresent()) {
            return fail(why.get());
        }
        String detail = "follows from " + String.join(", ", names) + " (transitivity and substitution of equals)"
                + (conditions.isEmpty() ? "" : "; side conditions: " + String.join("; ", conditions));
        return new Finding(weakest, detail, Optional.empty());
    }

    private Finding side(Relation side, Context ctx, DomainSampler sampler) {
        if (Formulas.hasDeclared(side)) {
            return new Finding(Verdict.UNKNOWN, "a side condition on a declared symbol cannot be checked", Optional.empty());
        }
        if (side.rel().isInequality() && enclosed(side, ctx)) {
            return new Finding(Verdict.PROVED, "one outward-rounded interval enclosure of the whole domain", Optional.empty());
        }
        try {
            return side.rel() == Rel.EQ ? new EqualityCheck(cas, numerics, settings).check(side, ctx, sampler)
                    : new InequalityCheck(numerics, settings).check(side, ctx, sampler);
        } catch (IllegalArgumentException | ArithmeticException e) {
            return new Finding(Verdict.UNKNOWN, "the side condition could not be checked: " + e.getMessage(), Optional.empty());
        }
    }

    /**
     * Whether one interval enclosure of lhs - rhs over the whole domain, unbounded ends included, lies on
     * the claimed side of 0 (for example Sqrt(2*Pi)*t >= 0 for t in [0, Infinity)).
     */
    private static boolean enclosed(Relation side, Context ctx) {
        Map<String, hdae.numeric.interval.Interval> box = new LinkedHashMap<>();
        for (String v : Formulas.freeVariables(side)) {
            Domain d = ctx.domains().get(v);
            if (d == null) {
                return false;
            }
            box.put(v, hdae.numeric.interval.Interval.of(d.lower(), d.upper()));
        }
        try {
            hdae.numeric.interval.Interval gap = Formulas.minus(side.lhs(), side.rhs())
                    .accept(new hdae.numeric.interval.IntervalEvaluator(box));
            return switch (side.rel()) {
                case GE -> gap.lo() >= 0;
                case GT -> gap.lo() > 0;
                case LE -> gap.hi() <= 0;
                case LT -> gap.hi() < 0;
                default -> false;
            };
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Relation flipped(Relation r) {
        return r.rel() == Rel.IS_BIG_O ? r : Relation.of(r.rhs(), Inference.flip(r.rel()), r.lhs());
    }

    private static Relation instantiate(Relation r, Map<String, Formula> with) {
        if (with.isEmpty()) {
            return r;
        }
        return new Relation(Formulas.substitute(r.lhs(), with), r.rel(), Formulas.substitute(r.rhs(), with),
                r.asymptoticVar());
    }

    private static Verdict weaker(Verdict a, Verdict b) {
        // side conditions are PROVED, CHECKED or UNKNOWN (FAILED returns at once); the enum lists them in that order
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    private static Finding fail(String why) {
        return new Finding(Verdict.FAILED, why, Optional.empty());
    }
}

package hdae.proofs.check;

import hdae.proofs.format.Derivation;
import hdae.proofs.format.Step;
import hdae.symbolic.bound.Bound;
import hdae.symbolic.bound.BoundCatalogue;
import hdae.symbolic.cas.Cas;
import hdae.symbolic.cas.CasResult;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.Formulas;
import hdae.symbolic.formula.Integral;
import hdae.symbolic.formula.Limit;
import hdae.symbolic.formula.Rel;
import hdae.symbolic.formula.Relation;
import hdae.symbolic.formula.Sum;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives every step of a derivation one verdict (DESIGN.md): equalities by a symbolic zero test and a
 * high-precision numeric test, inequalities by interval bisection or sampling, limits and orders by
 * the CAS cross-checked numerically, citations as CITED after a numeric spot check. A step that
 * concludes a catalogue bound must state exactly that bound.
 */
public final class StepChecker implements AutoCloseable {
    private final BoundCatalogue catalogue;
    private final CheckSettings settings;
    private final Cas cas;
    private final Numerics numerics;

    public StepChecker(BoundCatalogue catalogue, CheckSettings settings) {
        this.catalogue = catalogue;
        this.settings = settings;
        this.cas = new Cas(settings.casLimit());
        this.numerics = new Numerics(cas, settings.digits());
    }

    public List<StepResult> check(Derivation d) {
        List<StepResult> out = new ArrayList<>();
        for (Step s : d.steps()) {
            out.add(check(d, s));
        }
        return out;
    }

    public StepResult check(Derivation d, Step s) {
        long start = System.nanoTime();
        Duration casStart = cas.cpuUsed();
        // every step draws from its own stream, so its verdict does not depend on the steps before it
        DomainSampler sampler = new DomainSampler(settings.seed() * 31 + d.id().hashCode() * 17L + s.number());
        Context ctx = Context.of(d, s);
        Finding f = link(d, s).or(() -> empty(d, s, ctx)).orElseGet(() -> s.premises().isEmpty() || s.justification().cited()
                ? judge(s, ctx, sampler) : new PremiseCheck(cas, numerics, settings).check(d, s, ctx, sampler));
        return new StepResult(d.id(), s.number(), s.displayName(), f.verdict(), f.detail(), f.counterexample(),
                s.expected().map(Verdict::valueOf), Duration.ofNanos(System.nanoTime() - start),
                cas.cpuUsed().minus(casStart));
    }

    private Finding judge(Step s, Context ctx, DomainSampler sampler) {
        try {
            if (s.justification().cited()) {
                return cited(s, ctx, sampler);
            }
            Relation claim = s.claim().orElseThrow();
            if (Formulas.hasDeclared(claim)) {
                return new Finding(Verdict.UNKNOWN, "the claim names a declared symbol, which has no value: it can only"
                        + " follow from premises ('from') or a citation", Optional.empty());
            }
            if (claim.rel() == Rel.IS_BIG_O) {
                return new AsymptoticCheck(cas, numerics, settings).order(claim, ctx, sampler);
            }
            if (claim.lhs() instanceof Limit && claim.rel() == Rel.EQ) {
                return new AsymptoticCheck(cas, numerics, settings).limit(claim, ctx, sampler);
            }
            if (s.antiderivative().isPresent()) {
                return new AntiderivativeCheck(cas, numerics, settings).check(claim, s.antiderivative().get(), ctx, sampler,
                        settings.points());
            }
            if (claim.rel() == Rel.EQ) {
                return new EqualityCheck(cas, numerics, settings).check(claim, ctx, sampler);
            }
            return new InequalityCheck(numerics, settings).check(claim, ctx, sampler);
        } catch (IllegalArgumentException | ArithmeticException e) {
            return new Finding(Verdict.UNKNOWN, "the check could not run: " + e.getMessage(), Optional.empty());
        }
    }

    /** Cited claims are taken as given, but a formal one is spot-checked so a mistyped citation is caught. */
    private Finding cited(Step s, Context ctx, DomainSampler sampler) {
        String ref = "cited: " + s.justification().text();
        if (s.claim().isEmpty() || s.claim().get().lhs() instanceof Limit || s.claim().get().rel() == Rel.IS_BIG_O
                || Formulas.hasDeclared(s.claim().get())) {
            return new Finding(Verdict.CITED, ref, Optional.empty());
        }
        Relation claim = s.claim().get();
        Finding spot = claim.rel() == Rel.EQ
                ? new EqualityCheck(cas, numerics, settings).numeric(claim, ctx, sampler, settings.points())
                : new InequalityCheck(numerics, settings).sampled(claim, ctx, sampler, settings.points(), "cited");
        if (spot.verdict() == Verdict.FAILED) {
            return new Finding(Verdict.FAILED, "the cited claim fails a numeric spot check", spot.counterexample());
        }
        return new Finding(Verdict.CITED, ref + (spot.verdict() == Verdict.CHECKED ? " (numeric spot check passed)" : ""),
                Optional.empty());
    }

    /** A step that concludes a bound must state it as the catalogue does. */
    private Optional<Finding> link(Derivation d, Step s) {
        for (String id : s.concludes()) {
            Optional<Bound> b = catalogue.find(id);
            if (b.isEmpty()) {
                return Optional.of(broken("concludes bound " + id + ", which is not in the catalogue"));
            }
            Bound bound = b.get();
            if (!bound.derivation().equals(d.id())) {
                return Optional.of(broken("concludes " + id + ", whose catalogue derivation is " + bound.derivation()));
            }
            if (s.claim().isEmpty()) {
                return Optional.of(broken("concludes " + id + " with a claim in words; a conclusion must be formal"));
            }
            Relation claim = s.claim().get();
            Relation expected = bound.relation();
            if (!claim.equals(expected)) {
                return Optional.of(broken("does not state bound " + id + " as catalogued: the catalogue has "
                        + expected.toInputForm() + ", the step has " + claim.toInputForm()));
            }
            // the step must not assume more than the bound: no extra assumptions, domains at least the bound's
            Context ctx = Context.of(d, s);
            if (!ctx.assumptions().isEmpty()) {
                return Optional.of(broken("concludes " + id + " under assumptions the catalogue bound does not make: "
                        + ctx.assumptions().stream().map(Relation::toInputForm).toList()));
            }
            for (hdae.symbolic.bound.Parameter p : bound.parameters()) {
                var here = ctx.domains().get(p.name());
                if (here != null && !Inference.within(p.domain(), here)) {
                    return Optional.of(broken("concludes " + id + " for " + p.name() + " in " + here
                            + " only; the catalogue bound has " + p.domain()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A claim about declared symbols that holds whatever they mean states nothing: with each distinct
     * symbol application replaced by a fresh free variable, the CAS reduces lhs - rhs to 0 (an equality)
     * or to a constant of the claimed sign (an inequality).
     */
    private Optional<Finding> empty(Derivation d, Step s, Context ctx) {
        if (s.claim().isEmpty() || !Formulas.hasDeclared(s.claim().get()) || s.claim().get().rel() == Rel.IS_BIG_O) {
            return Optional.empty();
        }
        Relation c = s.claim().get();
        var vars = Inference.abstraction(c);
        Formula diff = Formulas.minus(Inference.abstracted(c.lhs(), vars), Inference.abstracted(c.rhs(), vars));
        // only plain algebra can hold whatever the symbols mean; integrals, sums and limits would cost CAS time
        if (Formulas.contains(diff, hdae.symbolic.formula.Declared.class) || Formulas.contains(diff, Integral.class)
                || Formulas.contains(diff, Sum.class) || Formulas.contains(diff, Limit.class)) {
            return Optional.empty();
        }
        try {
            CasResult r = cas.simplify(diff, ctx.forCas());
            boolean tautology = r.isDone() && r.formula().isPresent()
                    && Formulas.freeVariables(r.formula().get()).isEmpty()
                    && numerics.value(r.formula().get(), java.util.Map.of()).map(v -> c.rel().holds(v.signum(), 0))
                            .orElse(false);
            return tautology ? Optional.of(new Finding(Verdict.FAILED, d.file() + ":" + s.line() + ": step " + s.number()
                    + " states nothing: it holds whatever its declared symbols mean (lhs - rhs simplifies to " + r.text()
                    + ")", Optional.empty())) : Optional.empty();
        } catch (IllegalArgumentException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static Finding broken(String why) {
        return new Finding(Verdict.FAILED, "step " + why, Optional.empty());
    }

    @Override
    public void close() {
        cas.close();
    }
}

package hdae.proofs.check;

import hdae.numeric.NumericException;
import hdae.numeric.interval.IntervalEvaluator;
import hdae.symbolic.cas.Assumptions;
import hdae.symbolic.cas.Cas;
import hdae.symbolic.cas.CasResult;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.Formulas;
import hdae.symbolic.formula.Integral;
import hdae.symbolic.formula.Rel;
import hdae.symbolic.formula.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A claim {@code Integrate(f, v, a, b) == rhs} with an {@code antiderivative H} line, by the fundamental theorem of
 * calculus: if H is continuously differentiable on [a, b] and H' = f on (a, b), then the integral of f over [a, b] is
 * H(b) - H(a). PROVED needs all of:
 * <ol>
 *   <li>a and b are finite constants, and the claim has no parameters;</li>
 *   <li>H is analytic on a neighbourhood of [a, b], shown by interval arithmetic ({@link Smoothness}), so its
 *       derivative exists, is continuous on [a, b], and is what the rules of differentiation give;</li>
 *   <li>the CAS reduces D(H, v) - f to 0 under a &lt; v &lt; b ({@link Cas#provesDerivative});</li>
 *   <li>the CAS reduces rhs - (H(b) - H(a)) to 0;</li>
 *   <li>and, as for every equality, the sides agree numerically (the integral by quadrature).</li>
 * </ol>
 * A numeric disagreement is FAILED; when one of the other parts is not shown, the step is CHECKED on its numeric
 * evidence with the reason, and the CAS is not asked to integrate f itself (the author chose this route, often because
 * the CAS cannot find H within its limit).
 */
final class AntiderivativeCheck {
    private final Cas cas;
    private final EqualityCheck equality;

    AntiderivativeCheck(Cas cas, Numerics numerics, CheckSettings settings) {
        this.cas = cas;
        this.equality = new EqualityCheck(cas, numerics, settings);
    }

    Finding check(Relation claim, Formula h, Context ctx, DomainSampler sampler, int points) {
        Finding numeric = equality.numeric(claim, ctx, sampler, points);
        if (numeric.verdict() == Verdict.FAILED || numeric.verdict() == Verdict.UNKNOWN) {
            return numeric;
        }
        Integral integral = (Integral) claim.lhs();
        String v = integral.var().name();
        Optional<String> problem = problem(claim, integral, h);
        if (problem.isPresent()) {
            return checked(numeric, problem.get());
        }
        double lo = IntervalEvaluator.constant(integral.lower()).lo();
        double hi = IntervalEvaluator.constant(integral.upper()).hi();
        Optional<String> rough = Smoothness.problem(h, v, lo, hi);
        if (rough.isPresent()) {
            return checked(numeric, "H is not shown analytic on a neighbourhood of [a, b]: " + rough.get());
        }
        // the integration variable is bound: what the context assumes of a parameter of the same name does not hold
        // for it (and could contradict a < v < b, under which anything would reduce to 0)
        List<Relation> open = new ArrayList<>(ctx.forCas().conditions().stream()
                .filter(c -> !Formulas.freeVariables(c).contains(v)).toList());
        open.add(Relation.of(integral.var(), Rel.GT, integral.lower()));
        open.add(Relation.of(integral.var(), Rel.LT, integral.upper()));
        java.util.Set<String> integers = new java.util.TreeSet<>(ctx.forCas().integers());
        integers.remove(v);
        CasResult derivative = cas.provesDerivative(h, integral.var(), integral.body(), new Assumptions(open, integers));
        if (!derivative.isDone()) {
            return checked(numeric, "the CAS does not show D(H, " + v + ") = integrand ("
                    + derivative.status().name().toLowerCase(Locale.ROOT) + ": " + derivative.reason() + ")");
        }
        Formula ends = Formulas.minus(Formulas.substitute(h, Map.of(v, integral.upper())),
                Formulas.substitute(h, Map.of(v, integral.lower())));
        CasResult value = cas.provesZero(Formulas.minus(claim.rhs(), ends), ctx.forCas());
        if (!value.isDone()) {
            return checked(numeric, "the CAS does not reduce rhs - (H(b) - H(a)) to 0 ("
                    + value.status().name().toLowerCase(Locale.ROOT) + ": " + value.reason() + ")");
        }
        return new Finding(Verdict.PROVED, "fundamental theorem of calculus with H = " + h.toInputForm()
                + ": H analytic on a neighbourhood of [" + integral.lower().toInputForm() + ", "
                + integral.upper().toInputForm() + "] (interval arithmetic), the CAS reduces D(H, " + v
                + ") - integrand and rhs - (H(b) - H(a)) to 0; " + numeric.detail(), Optional.empty());
    }

    /** What rules the route out before any work: limits that are not finite constants, parameters. */
    private static Optional<String> problem(Relation claim, Integral integral, Formula h) {
        if (!Formulas.freeVariables(claim).isEmpty()) {
            return Optional.of("the antiderivative route takes claims without parameters; this one has "
                    + Formulas.freeVariables(claim));
        }
        for (Formula end : List.of(integral.lower(), integral.upper())) {
            try {
                var e = IntervalEvaluator.constant(end);
                if (!Double.isFinite(e.lo()) || !Double.isFinite(e.hi())) {
                    return Optional.of("the limit " + end.toInputForm() + " is not finite");
                }
            } catch (NumericException e) {
                return Optional.of("the limit " + end.toInputForm() + " has no value: " + e.getMessage());
            }
        }
        if (!(IntervalEvaluator.constant(integral.lower()).hi() < IntervalEvaluator.constant(integral.upper()).lo())) {
            return Optional.of("the antiderivative route takes a lower limit below the upper one");
        }
        var ends = new java.util.TreeSet<>(Formulas.freeVariables(h));
        ends.remove(integral.var().name());
        if (!ends.isEmpty()) {
            return Optional.of("H may depend on the integration variable only; it has " + ends);
        }
        return Optional.empty();
    }

    private static Finding checked(Finding numeric, String why) {
        return new Finding(Verdict.CHECKED, numeric.detail() + "; antiderivative route not completed: " + why,
                Optional.empty());
    }
}

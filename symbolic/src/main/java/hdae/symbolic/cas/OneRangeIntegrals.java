package hdae.symbolic.cas;

import hdae.symbolic.formula.Binary;
import hdae.symbolic.formula.Const;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.Formulas;
import hdae.symbolic.formula.Integral;
import hdae.symbolic.formula.Neg;
import hdae.symbolic.formula.Num;
import hdae.symbolic.formula.Op;
import hdae.symbolic.formula.Rel;
import hdae.symbolic.formula.Relation;
import hdae.symbolic.formula.Var;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A linear combination of integrals over one range, merged into one integral: when
 * \(f = \sum_k c_k \int_a^b g_k \,\mathrm{d}v\), each coefficient \(c_k\) free of integrals and of \(v\), then
 * \(f = \int_a^b \sum_k c_k g_k \,\mathrm{d}v\) (linearity of the integral), so \(f = 0\) when the integrand
 * \(\sum_k c_k g_k\) is 0 at every \(v \in (a, b)\). That pointwise identity is plain algebra, where the CAS is quick,
 * while evaluating the integrals may take it longer than any limit (Gilmer's cap distance written two ways).
 *
 * <p>Linearity needs the integrals to converge, as holding equal integrals as one symbol does
 * ({@link HeldIntegrals}); an equality check evaluates them at each of its random points.
 */
final class OneRangeIntegrals {
    /** The merged integral \(\int_a^b h \,\mathrm{d}v\) and the range \(a < v < b\) on which \(h\) must vanish. */
    record Merged(Formula integrand, List<Relation> range) {
    }

    /** One term \(c \int_a^b g \,\mathrm{d}v\) of the combination. */
    private record Term(Formula coefficient, Integral integral) {
    }

    private OneRangeIntegrals() {
    }

    /**
     * The merged integrand, or empty unless {@code f} is a combination of at least two integrals over the same
     * variable and bounds, with no term outside the integrals and no coefficient that names the variable or is named by
     * the assumptions (the integration variable is bound: a condition on a parameter of that name is not about it).
     */
    static Optional<Merged> of(Formula f, Assumptions assumptions) {
        Optional<List<Term>> terms = terms(f);
        if (terms.isEmpty() || terms.get().size() < 2) {
            return Optional.empty();
        }
        Integral first = terms.get().get(0).integral();
        String v = first.var().name();
        if (assumptions.integers().contains(v)
                || assumptions.conditions().stream().anyMatch(r -> Formulas.freeVariables(r).contains(v))) {
            return Optional.empty();
        }
        Formula integrand = null;
        for (Term t : terms.get()) {
            Integral i = t.integral();
            if (!i.var().equals(first.var()) || !i.lower().equals(first.lower()) || !i.upper().equals(first.upper())
                    || Formulas.freeVariables(t.coefficient()).contains(v)) {
                return Optional.empty();
            }
            Formula term = Formulas.times(t.coefficient(), i.body());
            integrand = integrand == null ? term : new Binary(Op.ADD, integrand, term);
        }
        List<Relation> range = new ArrayList<>();
        if (!infinite(first.lower())) {
            range.add(Relation.of(first.var(), Rel.GT, first.lower()));
        }
        if (!infinite(first.upper())) {
            range.add(Relation.of(first.var(), Rel.LT, first.upper()));
        }
        return Optional.of(new Merged(integrand, range));
    }

    /** {@code f} as a sum of terms coefficient times integral, or empty when it is not one. */
    private static Optional<List<Term>> terms(Formula f) {
        if (f instanceof Integral i) {
            return Optional.of(List.of(new Term(new Num(BigDecimal.ONE), i)));
        }
        if (f instanceof Neg n) {
            return terms(n.arg()).map(OneRangeIntegrals::negated);
        }
        if (!(f instanceof Binary b)) {
            return Optional.empty();
        }
        return switch (b.op()) {
            case ADD, SUB -> terms(b.left()).flatMap(l -> terms(b.right()).map(r -> {
                List<Term> all = new ArrayList<>(l);
                all.addAll(b.op() == Op.ADD ? r : negated(r));
                return all;
            }));
            case MUL -> free(b.left()) ? terms(b.right()).map(ts -> scaled(ts, b.left(), Op.MUL))
                    : free(b.right()) ? terms(b.left()).map(ts -> scaled(ts, b.right(), Op.MUL)) : Optional.empty();
            case DIV -> free(b.right()) ? terms(b.left()).map(ts -> scaled(ts, b.right(), Op.DIV)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static List<Term> negated(List<Term> terms) {
        return terms.stream().map(t -> new Term(new Neg(t.coefficient()), t.integral())).toList();
    }

    private static List<Term> scaled(List<Term> terms, Formula by, Op op) {
        return terms.stream().map(t -> new Term(op == Op.MUL ? Formulas.times(by, t.coefficient())
                : Formulas.divide(t.coefficient(), by), t.integral())).toList();
    }

    private static boolean free(Formula f) {
        return !Formulas.contains(f, Integral.class);
    }

    private static boolean infinite(Formula bound) {
        return Cas.isInfinity(bound) || bound instanceof Neg n && Cas.isInfinity(n.arg());
    }
}

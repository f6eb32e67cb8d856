package hdae.proofs.check;

import hdae.proofs.format.Derivation;
import hdae.proofs.format.Step;
import hdae.symbolic.bound.Domain;
import hdae.symbolic.bound.Parameter;
import hdae.symbolic.cas.Assumptions;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.Neg;
import hdae.symbolic.formula.Num;
import hdae.symbolic.formula.Rel;
import hdae.symbolic.formula.Relation;
import hdae.symbolic.formula.Var;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The parameters, domains and assumptions in force at one step: the derivation's plus the step's own. */
record Context(List<Parameter> parameters, List<Relation> assumptions) {

    static Context of(Derivation d, Step s) {
        List<Parameter> ps = new ArrayList<>(d.parameters());
        ps.addAll(s.parameters());
        List<Relation> as = new ArrayList<>(d.assumptions());
        as.addAll(s.where());
        return new Context(ps, as);
    }

    Map<String, Domain> domains() {
        Map<String, Domain> m = new LinkedHashMap<>();
        parameters.forEach(p -> m.put(p.name(), p.domain()));
        return m;
    }

    /** Parameters that occur in the formulas, in declaration order. */
    List<Parameter> used(Set<String> names) {
        return parameters.stream().filter(p -> names.contains(p.name())).toList();
    }

    /** Everything the CAS may assume: the domains as inequalities, integrality, and the assumptions. */
    Assumptions forCas() {
        List<Relation> conditions = new ArrayList<>(assumptions);
        Set<String> integers = new TreeSet<>();
        for (Parameter p : parameters) {
            Domain d = p.domain();
            Var v = new Var(p.name());
            if (Double.isFinite(d.lower())) {
                conditions.add(Relation.of(v, d.lowerOpen() ? Rel.GT : Rel.GE, literal(d.lower())));
            }
            if (Double.isFinite(d.upper())) {
                conditions.add(Relation.of(v, d.upperOpen() ? Rel.LT : Rel.LE, literal(d.upper())));
            }
            if (d.integer()) {
                integers.add(p.name());
            }
        }
        return new Assumptions(conditions, integers);
    }

    static Formula literal(double x) {
        BigDecimal b = new BigDecimal(x);
        return b.signum() < 0 ? new Neg(new Num(b.negate())) : new Num(b);
    }
}

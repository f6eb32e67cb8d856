package hdae.proofs.check;

import hdae.symbolic.bound.Domain;
import hdae.symbolic.bound.Parameter;
import hdae.symbolic.formula.Binary;
import hdae.symbolic.formula.Call;
import hdae.symbolic.formula.Declared;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.Formulas;
import hdae.symbolic.formula.Integral;
import hdae.symbolic.formula.Limit;
import hdae.symbolic.formula.Neg;
import hdae.symbolic.formula.Num;
import hdae.symbolic.formula.Rel;
import hdae.symbolic.formula.Relation;
import hdae.symbolic.formula.Sum;
import hdae.symbolic.formula.Var;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the premises of a step combine into its claim (docs/derivation-format.md, "Premise chains").
 * Two rules, as in a calculational proof:
 * <ul>
 * <li><b>substitution of equals</b>: an equality premise {@code a == b} rewrites every occurrence of
 * {@code a} by {@code b} (or back) in another premise or in the claim; inside a binder only when the
 * binder's variable does not occur in {@code a == b}, except under a limit at infinity of a variable
 * whose domain in the premise is unbounded above (the premise then holds at every point the limit
 * visits), and under an integral with constant limits strictly between which the variable's domain in the
 * premise lies (the integrands then agree on the open range);</li>
 * <li><b>transitivity</b>: premises {@code x0 R1 x1}, {@code x1 R2 x2}, ... (each read in either
 * direction) compose into {@code x0 R xk}: == with anything keeps it; <= and < compose to <= (to < when
 * one is strict); >= and > likewise; an upward and a downward step never compose; {@code isbigo}
 * composes with == and isbigo, and {@code 0 <= x0 <= x1 = O(x2)} gives {@code x0 = O(x2)} when a premise
 * states {@code x0 >= 0}. The claim holds when its relation is implied by the composed one.</li>
 * </ul>
 * Terms match when they are equal as trees (after {@code @} expansion); there is no other normalisation,
 * so a chain must be written with its intermediate terms as the premises state them.
 */
final class Inference {
    private static final int MAX_FACTS = 400;

    /** A directed edge of the chain graph: {@code from REL to}, from premise {@code source}. */
    private record Edge(Formula from, Rel rel, Formula to) {
    }

    /**
     * @param claim the step's claim
     * @param premises the premises' claims, instantiated, in the order the step lists them
     * @param premiseNames "step 5", ... for messages
     * @return empty when the premises combine into the claim, else why not
     */
    Optional<String> combine(Relation claim, List<Relation> premises, List<String> premiseNames,
            Map<String, Domain> premiseDomains) {
        List<Relation> rules = premises.stream().filter(p -> p.rel() == Rel.EQ).toList();
        Set<Relation> facts = new LinkedHashSet<>(premises);
        // one or two rounds of substitution of equals into the premises
        for (int round = 0; round < 2 && facts.size() < MAX_FACTS; round++) {
            for (Relation f : List.copyOf(facts)) {
                for (Relation r : rules) {
                    if (r.equals(f)) {
                        continue;
                    }
                    rewrite(f, r.lhs(), r.rhs(), premiseDomains).ifPresent(facts::add);
                    rewrite(f, r.rhs(), r.lhs(), premiseDomains).ifPresent(facts::add);
                }
            }
        }
        Set<Relation> goals = new LinkedHashSet<>();
        goals.add(claim);
        for (Relation r : rules) {
            rewrite(claim, r.lhs(), r.rhs(), premiseDomains).ifPresent(goals::add);
            rewrite(claim, r.rhs(), r.lhs(), premiseDomains).ifPresent(goals::add);
        }
        for (Relation goal : goals) {
            // substitution alone may make the two sides one term: x == x (and <=, >=) holds
            boolean reflexive = goal.lhs().equals(goal.rhs()) && (goal.rel() == Rel.EQ || goal.rel() == Rel.LE
                    || goal.rel() == Rel.GE);
            if (reflexive || chains(goal, facts)) {
                return Optional.empty();
            }
        }
        return Optional.of("the premises (" + String.join(", ", premiseNames) + ") do not combine into the claim: no"
                + " chain of their relations (read either way, with equals substituted for equals) leads from "
                + claim.lhs().toInputForm() + " to " + claim.rhs().toInputForm() + " with relation " + claim.rel().symbol());
    }

    /** Breadth-first search for a chain from the goal's lhs to its rhs whose composed relation implies the goal's. */
    private static boolean chains(Relation goal, Set<Relation> facts) {
        List<Edge> edges = new ArrayList<>();
        for (Relation f : facts) {
            if (f.rel() == Rel.IS_BIG_O) {
                if (f.asymptoticVar().equals(goal.asymptoticVar()) || goal.rel() != Rel.IS_BIG_O) {
                    edges.add(new Edge(f.lhs(), Rel.IS_BIG_O, f.rhs()));
                }
            } else {
                edges.add(new Edge(f.lhs(), f.rel(), f.rhs()));
                edges.add(new Edge(f.rhs(), flip(f.rel()), f.lhs()));
            }
        }
        boolean nonNegativeStart = facts.stream().anyMatch(f -> nonNegative(f, goal.lhs()));
        record State(Formula at, Rel rel) {
        }
        Deque<State> queue = new ArrayDeque<>();
        Set<State> seen = new LinkedHashSet<>();
        for (Edge e : edges) {
            if (e.from().equals(goal.lhs())) {
                State s = new State(e.to(), e.rel());
                if (seen.add(s)) {
                    queue.add(s);
                }
            }
        }
        while (!queue.isEmpty()) {
            State s = queue.poll();
            if (s.at().equals(goal.rhs()) && implies(s.rel(), goal.rel(), nonNegativeStart)) {
                return true;
            }
            for (Edge e : edges) {
                if (e.from().equals(s.at())) {
                    Optional<Rel> next = compose(s.rel(), e.rel(), nonNegativeStart);
                    if (next.isPresent()) {
                        State n = new State(e.to(), next.get());
                        if (seen.add(n)) {
                            queue.add(n);
                        }
                    }
                }
            }
        }
        return false;
    }

    private static boolean nonNegative(Relation f, Formula x) {
        boolean zeroRight = f.rhs() instanceof Num n && n.value().signum() == 0;
        boolean zeroLeft = f.lhs() instanceof Num n && n.value().signum() == 0;
        return f.lhs().equals(x) && zeroRight && (f.rel() == Rel.GE || f.rel() == Rel.GT)
                || f.rhs().equals(x) && zeroLeft && (f.rel() == Rel.LE || f.rel() == Rel.LT);
    }

    /** The relation of a chain {@code x0 a x1 b x2}, if the two compose. */
    static Optional<Rel> compose(Rel a, Rel b, boolean nonNegativeStart) {
        if (a == Rel.EQ) {
            return Optional.of(b);
        }
        if (b == Rel.EQ) {
            return Optional.of(a);
        }
        if (a == Rel.IS_BIG_O || b == Rel.IS_BIG_O) {
            boolean upward = a == Rel.LE || a == Rel.LT;
            return a == b || upward && nonNegativeStart ? Optional.of(Rel.IS_BIG_O) : Optional.empty();
        }
        boolean aUp = a == Rel.LE || a == Rel.LT;
        boolean bUp = b == Rel.LE || b == Rel.LT;
        if (aUp != bUp) {
            return Optional.empty();
        }
        boolean strict = a == Rel.LT || a == Rel.GT || b == Rel.LT || b == Rel.GT;
        return Optional.of(aUp ? (strict ? Rel.LT : Rel.LE) : (strict ? Rel.GT : Rel.GE));
    }

    /** Whether a chain with relation {@code have} establishes a claim with relation {@code want}. */
    static boolean implies(Rel have, Rel want, boolean nonNegativeStart) {
        return switch (want) {
            case EQ -> have == Rel.EQ;
            case LE -> have == Rel.EQ || have == Rel.LE || have == Rel.LT;
            case LT -> have == Rel.LT;
            case GE -> have == Rel.EQ || have == Rel.GE || have == Rel.GT;
            case GT -> have == Rel.GT;
            case IS_BIG_O -> have == Rel.IS_BIG_O || have == Rel.EQ
                    || nonNegativeStart && (have == Rel.LE || have == Rel.LT);
        };
    }

    static Rel flip(Rel r) {
        return switch (r) {
            case LE -> Rel.GE;
            case LT -> Rel.GT;
            case GE -> Rel.LE;
            case GT -> Rel.LT;
            default -> r;
        };
    }

    /** {@code f} with every allowed occurrence of {@code a} replaced by {@code b}; empty when nothing changed. */
    private static Optional<Relation> rewrite(Relation f, Formula a, Formula b, Map<String, Domain> domains) {
        Set<String> ruleVars = Formulas.freeVariables(a);
        ruleVars.addAll(Formulas.freeVariables(b));
        Formula l = replace(f.lhs(), a, b, ruleVars, domains);
        Formula r = replace(f.rhs(), a, b, ruleVars, domains);
        if (l.equals(f.lhs()) && r.equals(f.rhs())) {
            return Optional.empty();
        }
        return Optional.of(new Relation(l, f.rel(), r, f.asymptoticVar()));
    }

    private static Formula replace(Formula f, Formula a, Formula b, Set<String> ruleVars, Map<String, Domain> domains) {
        if (f.equals(a)) {
            return b;
        }
        if (f instanceof Neg n) {
            return new Neg(replace(n.arg(), a, b, ruleVars, domains));
        } else if (f instanceof Binary x) {
            return new Binary(x.op(), replace(x.left(), a, b, ruleVars, domains), replace(x.right(), a, b, ruleVars, domains));
        } else if (f instanceof Call c) {
            return new Call(c.fn(), c.args().stream().map(g -> replace(g, a, b, ruleVars, domains)).toList());
        } else if (f instanceof Declared d) {
            return new Declared(d.name(), d.args().stream().map(g -> replace(g, a, b, ruleVars, domains)).toList());
        } else if (f instanceof Integral i) {
            if (ruleVars.contains(i.var().name()) && !covers(domains.get(i.var().name()), i.lower(), i.upper())) {
                return f;
            }
            return new Integral(i.var(), replace(i.lower(), a, b, ruleVars, domains),
                    replace(i.upper(), a, b, ruleVars, domains), replace(i.body(), a, b, ruleVars, domains));
        } else if (f instanceof Sum s) {
            return ruleVars.contains(s.var().name()) ? f : new Sum(s.var(), replace(s.lower(), a, b, ruleVars, domains),
                    replace(s.upper(), a, b, ruleVars, domains), replace(s.body(), a, b, ruleVars, domains));
        } else if (f instanceof Limit l) {
            String v = l.var().name();
            boolean visitsDomain = l.point() instanceof hdae.symbolic.formula.Const c
                    && c.constant() == hdae.symbolic.formula.Constant.INFINITY && domains.containsKey(v)
                    && domains.get(v).upper() == Double.POSITIVE_INFINITY;
            if (ruleVars.contains(v) && !visitsDomain) {
                return f;
            }
            return new Limit(l.var(), l.point(), replace(l.body(), a, b, ruleVars, domains));
        }
        return f;
    }

    /**
     * Whether a premise whose variable ranges over {@code domain} holds at every point strictly between the constant
     * limits of an integral over that variable: then its integrands agree there, and the integrals are equal (the ends
     * have measure zero). Limits that are not constants, or an integer domain, never qualify.
     */
    private static boolean covers(Domain domain, Formula lower, Formula upper) {
        if (domain == null || domain.integer() || !Formulas.freeVariables(lower).isEmpty()
                || !Formulas.freeVariables(upper).isEmpty()) {
            return false;
        }
        try {
            var a = hdae.numeric.interval.IntervalEvaluator.constant(lower);
            var b = hdae.numeric.interval.IntervalEvaluator.constant(upper);
            return Math.min(a.lo(), b.lo()) >= domain.lower() && Math.max(a.hi(), b.hi()) <= domain.upper();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The conditions under which instantiating {@code name := value} is allowed: value lies in the
     * parameter's domain. Returned as relations to check in the current step's context.
     */
    static List<Relation> domainConditions(Parameter p, Formula value) {
        List<Relation> out = new ArrayList<>();
        Domain d = p.domain();
        if (Double.isFinite(d.lower())) {
            out.add(Relation.of(value, d.lowerOpen() ? Rel.GT : Rel.GE, Context.literal(d.lower())));
        }
        if (Double.isFinite(d.upper())) {
            out.add(Relation.of(value, d.upperOpen() ? Rel.LT : Rel.LE, Context.literal(d.upper())));
        }
        return out;
    }

    /** Whether {@code value} is an integer wherever the context's parameters range: an integer literal or an integer parameter. */
    static boolean integral(Formula value, Map<String, Domain> domains) {
        if (value instanceof Num n) {
            return n.value().stripTrailingZeros().scale() <= 0;
        }
        return value instanceof Var v && domains.containsKey(v.name()) && domains.get(v.name()).integer();
    }

    /** Whether every value of {@code inner} lies in {@code outer}. */
    static boolean within(Domain inner, Domain outer) {
        boolean lowerOk = inner.lower() > outer.lower()
                || inner.lower() == outer.lower() && (inner.lowerOpen() || !outer.lowerOpen());
        boolean upperOk = inner.upper() < outer.upper()
                || inner.upper() == outer.upper() && (inner.upperOpen() || !outer.upperOpen());
        return lowerOk && upperOk && (inner.integer() || !outer.integer());
    }

    /** Distinct declared-symbol applications replaced by fresh variables {@code zz1, zz2, ...}. */
    static Map<Declared, Var> abstraction(Relation r) {
        Map<Declared, Var> out = new HashMap<>();
        List<Declared> all = new ArrayList<>(Formulas.declared(r.lhs()));
        all.addAll(Formulas.declared(r.rhs()));
        for (Declared d : all) {
            out.computeIfAbsent(d, k -> new Var("zz" + (out.size() + 1)));
        }
        return out;
    }

    static Formula abstracted(Formula f, Map<Declared, Var> vars) {
        return Formulas.replace(f, g -> g instanceof Declared d && vars.containsKey(d)
                ? Optional.of(vars.get(d)) : Optional.empty());
    }
}

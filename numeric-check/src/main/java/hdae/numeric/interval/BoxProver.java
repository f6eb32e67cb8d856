package hdae.numeric.interval;

import hdae.numeric.NumericException;
import hdae.symbolic.bound.Domain;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.Formulas;
import hdae.symbolic.formula.Rel;
import hdae.symbolic.formula.Relation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Proves an inequality on a whole bounded domain by interval bisection: the domain (the closure of
 * the product of parameter intervals, integers kept integral) is split until, on every box, the
 * enclosure of the gap \(g = \mathrm{rhs} - \mathrm{lhs}\) (for \(\le, <\); reversed for \(\ge, >\))
 * lies in \([0, \infty)\) (strictly above 0 for strict relations), or the box is excluded by an
 * assumption that is false on all of it. It refutes when the gap is negative on a whole box
 * where every assumption holds. Otherwise it is undecided: when the box budget runs out, or when some box can
 * be neither decided nor split further and no refutation turned up elsewhere.
 */
public final class BoxProver {
    /** PROVED: holds on every box. REFUTED: fails on a whole box. UNDECIDED: neither within the budget. */
    public enum Status { PROVED, REFUTED, UNDECIDED }

    /**
     * @param status the outcome
     * @param boxes how many boxes were examined
     * @param witness for REFUTED, the centre of a box where the relation fails everywhere
     * @param reason why it is undecided, or a summary
     */
    public record Outcome(Status status, long boxes, Map<String, Double> witness, String reason) {
    }

    private final long maxBoxes;

    public BoxProver(long maxBoxes) {
        if (!(maxBoxes > 0)) {
            throw NumericException.expected("a positive box budget", "maxBoxes", maxBoxes);
        }
        this.maxBoxes = maxBoxes;
    }

    public Outcome prove(Relation claim, Map<String, Domain> domains, List<Relation> assumptions) {
        if (!claim.rel().isInequality()) {
            throw NumericException.expected("an inequality", "claim", claim.toInputForm());
        }
        for (String v : Formulas.freeVariables(claim)) {
            Domain d = domains.get(v);
            if (d == null) {
                return new Outcome(Status.UNDECIDED, 0, Map.of(), "variable " + v + " has no declared domain");
            }
            if (!d.isBounded()) {
                return new Outcome(Status.UNDECIDED, 0, Map.of(), "the domain of " + v + " is unbounded: " + d);
            }
        }
        boolean lessThan = claim.rel() == Rel.LE || claim.rel() == Rel.LT;
        Formula gap = lessThan ? Formulas.minus(claim.rhs(), claim.lhs()) : Formulas.minus(claim.lhs(), claim.rhs());
        boolean strict = claim.rel() == Rel.LT || claim.rel() == Rel.GT;

        Map<String, Interval> start = new LinkedHashMap<>();
        for (String v : Formulas.freeVariables(claim)) {
            Domain d = domains.get(v);
            double lo = d.integer() ? Math.ceil(d.lower() + (d.lowerOpen() ? 0.5 : 0)) : d.lower();
            double hi = d.integer() ? Math.floor(d.upper() - (d.upperOpen() ? 0.5 : 0)) : d.upper();
            start.put(v, Interval.of(lo, hi));
        }
        Deque<Map<String, Interval>> todo = new ArrayDeque<>();
        todo.push(start);
        long boxes = 0;
        // a box that is neither decided nor splittable rules out a proof, but a refutation elsewhere may remain
        String stuck = null;
        while (!todo.isEmpty()) {
            if (boxes >= maxBoxes) {
                return new Outcome(Status.UNDECIDED, boxes, Map.of(), "no proof within " + maxBoxes + " boxes");
            }
            Map<String, Interval> box = todo.pop();
            boxes++;
            Verdict v = decide(gap, strict, box, assumptions);
            if (v == Verdict.HOLDS || v == Verdict.EXCLUDED) {
                continue;
            }
            if (v == Verdict.FAILS) {
                Map<String, Double> w = new LinkedHashMap<>();
                box.forEach((k, iv) -> w.put(k, domains.get(k).integer() ? Math.rint(iv.mid()) : iv.mid()));
                return new Outcome(Status.REFUTED, boxes, w, "the relation fails on the whole box " + box);
            }
            String widest = widest(box, domains);
            if (widest == null) {
                stuck = stuck == null ? "a box cannot be split further: " + box : stuck;
                continue;
            }
            Interval iv = box.get(widest);
            double cut = domains.get(widest).integer() ? Math.floor(iv.mid()) : iv.mid();
            double nextLo = domains.get(widest).integer() ? cut + 1 : cut;
            Map<String, Interval> left = new LinkedHashMap<>(box);
            Map<String, Interval> right = new LinkedHashMap<>(box);
            left.put(widest, Interval.of(iv.lo(), cut));
            right.put(widest, Interval.of(nextLo, iv.hi()));
            todo.push(right);
            todo.push(left);
        }
        if (stuck != null) {
            return new Outcome(Status.UNDECIDED, boxes, Map.of(), stuck);
        }
        return new Outcome(Status.PROVED, boxes, Map.of(), "holds on all " + boxes + " boxes");
    }

    private enum Verdict { HOLDS, FAILS, EXCLUDED, UNCLEAR }

    private static Verdict decide(Formula gap, boolean strict, Map<String, Interval> box, List<Relation> assumptions) {
        IntervalEvaluator ev = new IntervalEvaluator(box);
        boolean allAssumptionsHold = true;
        for (Relation a : assumptions) {
            Verdict va;
            try {
                va = decide(a.rel() == Rel.LE || a.rel() == Rel.LT ? Formulas.minus(a.rhs(), a.lhs())
                        : Formulas.minus(a.lhs(), a.rhs()), a.rel() == Rel.LT || a.rel() == Rel.GT, box, List.of());
            } catch (NumericException e) {
                va = Verdict.UNCLEAR;
            }
            if (va == Verdict.FAILS) {
                return Verdict.EXCLUDED;
            }
            allAssumptionsHold &= va == Verdict.HOLDS;
        }
        Interval g;
        try {
            g = gap.accept(ev);
        } catch (NumericException e) {
            return Verdict.UNCLEAR;
        }
        if (strict ? g.lo() > 0 : g.lo() >= 0) {
            return Verdict.HOLDS;
        }
        if ((strict ? g.hi() <= 0 : g.hi() < 0) && allAssumptionsHold) {
            return Verdict.FAILS;
        }
        return Verdict.UNCLEAR;
    }

    private static String widest(Map<String, Interval> box, Map<String, Domain> domains) {
        String best = null;
        double bestWidth = 0;
        for (Map.Entry<String, Interval> e : box.entrySet()) {
            Interval iv = e.getValue();
            boolean integer = domains.get(e.getKey()).integer();
            double w = iv.width() / Math.max(1.0, Math.abs(iv.mid()));
            boolean splittable = integer ? iv.width() >= 1 : iv.width() > 4 * Math.ulp(iv.mid()) && w > 1e-13;
            if (splittable && (best == null || w > bestWidth)) {
                best = e.getKey();
                bestWidth = w;
            }
        }
        return best;
    }
}

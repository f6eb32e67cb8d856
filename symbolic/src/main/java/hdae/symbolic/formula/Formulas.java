package hdae.symbolic.formula;

import hdae.symbolic.SymbolicException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Structural operations on formulas: free variables, substitution, and node queries. */
public final class Formulas {
    private Formulas() {
    }

    /** The free variables of {@code f} (binder variables of Integrate, Sum and Limit excluded), sorted. */
    public static Set<String> freeVariables(Formula f) {
        Set<String> out = new TreeSet<>();
        collect(f, Set.of(), out);
        return out;
    }

    /** Free variables of both sides of a relation. */
    public static Set<String> freeVariables(Relation r) {
        Set<String> out = new TreeSet<>(freeVariables(r.lhs()));
        out.addAll(freeVariables(r.rhs()));
        return out;
    }

    private static void collect(Formula f, Set<String> bound, Set<String> out) {
        if (f instanceof Var v) {
            if (!bound.contains(v.name())) {
                out.add(v.name());
            }
        } else if (f instanceof Neg n) {
            collect(n.arg(), bound, out);
        } else if (f instanceof Binary b) {
            collect(b.left(), bound, out);
            collect(b.right(), bound, out);
        } else if (f instanceof Call c) {
            c.args().forEach(a -> collect(a, bound, out));
        } else if (f instanceof Declared d) {
            d.args().forEach(a -> collect(a, bound, out));
        } else if (f instanceof Integral i) {
            collectBinder(i.var(), List.of(i.lower(), i.upper()), i.body(), bound, out);
        } else if (f instanceof Sum s) {
            collectBinder(s.var(), List.of(s.lower(), s.upper()), s.body(), bound, out);
        } else if (f instanceof Limit l) {
            collectBinder(l.var(), List.of(l.point()), l.body(), bound, out);
        }
    }

    private static void collectBinder(Var v, List<Formula> outer, Formula body, Set<String> bound, Set<String> out) {
        outer.forEach(o -> collect(o, bound, out));
        Set<String> inner = new TreeSet<>(bound);
        inner.add(v.name());
        collect(body, inner, out);
    }

    /**
     * Replaces free occurrences of the named variables. A value that would be captured by a binder (t in
     * {@code Integrate(x*t, t, 0, 1)} with x := t) is refused rather than silently changing the meaning.
     */
    public static Formula substitute(Formula f, Map<String, Formula> values) {
        if (f instanceof Var v) {
            return values.getOrDefault(v.name(), v);
        } else if (f instanceof Neg n) {
            return new Neg(substitute(n.arg(), values));
        } else if (f instanceof Binary b) {
            return new Binary(b.op(), substitute(b.left(), values), substitute(b.right(), values));
        } else if (f instanceof Call c) {
            List<Formula> args = new ArrayList<>();
            c.args().forEach(a -> args.add(substitute(a, values)));
            return new Call(c.fn(), args);
        } else if (f instanceof Declared d) {
            return new Declared(d.name(), d.args().stream().map(a -> substitute(a, values)).toList());
        } else if (f instanceof Integral i) {
            Map<String, Formula> inner = inside(values, i.var().name(), i.body());
            return new Integral(i.var(), substitute(i.lower(), values), substitute(i.upper(), values),
                    substitute(i.body(), inner));
        } else if (f instanceof Sum s) {
            Map<String, Formula> inner = inside(values, s.var().name(), s.body());
            return new Sum(s.var(), substitute(s.lower(), values), substitute(s.upper(), values),
                    substitute(s.body(), inner));
        } else if (f instanceof Limit l) {
            return new Limit(l.var(), substitute(l.point(), values), substitute(l.body(), inside(values, l.var().name(), l.body())));
        }
        return f;
    }

    /** The substitution inside a binder of {@code name}: without {@code name}, and refusing to capture it. */
    private static Map<String, Formula> inside(Map<String, Formula> values, String name, Formula body) {
        Map<String, Formula> inner = without(values, name);
        Set<String> free = freeVariables(body);
        for (Map.Entry<String, Formula> e : inner.entrySet()) {
            if (free.contains(e.getKey()) && freeVariables(e.getValue()).contains(name)) {
                throw SymbolicException.expected("a value free of the bound variable " + name,
                        "substitution of " + e.getKey(), e.getValue().toInputForm());
            }
        }
        return inner;
    }

    private static Map<String, Formula> without(Map<String, Formula> values, String name) {
        if (!values.containsKey(name)) {
            return values;
        }
        Map<String, Formula> copy = new java.util.HashMap<>(values);
        copy.remove(name);
        return copy;
    }

    /** Whether any node of {@code f} is an instance of {@code type}. */
    public static boolean contains(Formula f, Class<? extends Formula> type) {
        if (type.isInstance(f)) {
            return true;
        } else if (f instanceof Neg n) {
            return contains(n.arg(), type);
        } else if (f instanceof Binary b) {
            return contains(b.left(), type) || contains(b.right(), type);
        } else if (f instanceof Call c) {
            return c.args().stream().anyMatch(a -> contains(a, type));
        } else if (f instanceof Declared d) {
            return d.args().stream().anyMatch(a -> contains(a, type));
        } else if (f instanceof Integral i) {
            return contains(i.lower(), type) || contains(i.upper(), type) || contains(i.body(), type);
        } else if (f instanceof Sum s) {
            return contains(s.lower(), type) || contains(s.upper(), type) || contains(s.body(), type);
        } else if (f instanceof Limit l) {
            return contains(l.point(), type) || contains(l.body(), type);
        }
        return false;
    }

    /** Whether {@code r} names a declared symbol on either side. */
    public static boolean hasDeclared(Relation r) {
        return contains(r.lhs(), Declared.class) || contains(r.rhs(), Declared.class);
    }

    /** Every distinct declared-symbol application in {@code f}, in order of appearance. */
    public static List<Declared> declared(Formula f) {
        List<Declared> out = new ArrayList<>();
        replace(f, g -> {
            if (g instanceof Declared d && !out.contains(d)) {
                out.add(d);
            }
            return java.util.Optional.empty();
        });
        return out;
    }

    /**
     * Rewrites {@code f} bottom-up: every node for which {@code rule} answers a formula is replaced by
     * it (after its children were rewritten). Binder variables are not renamed: the caller makes sure
     * a replacement does not capture them.
     */
    public static Formula replace(Formula f, java.util.function.Function<Formula, java.util.Optional<Formula>> rule) {
        Formula g;
        if (f instanceof Neg n) {
            g = new Neg(replace(n.arg(), rule));
        } else if (f instanceof Binary b) {
            g = new Binary(b.op(), replace(b.left(), rule), replace(b.right(), rule));
        } else if (f instanceof Call c) {
            g = new Call(c.fn(), c.args().stream().map(a -> replace(a, rule)).toList());
        } else if (f instanceof Declared d) {
            g = new Declared(d.name(), d.args().stream().map(a -> replace(a, rule)).toList());
        } else if (f instanceof Integral i) {
            g = new Integral(i.var(), replace(i.lower(), rule), replace(i.upper(), rule), replace(i.body(), rule));
        } else if (f instanceof Sum s) {
            g = new Sum(s.var(), replace(s.lower(), rule), replace(s.upper(), rule), replace(s.body(), rule));
        } else if (f instanceof Limit l) {
            g = new Limit(l.var(), replace(l.point(), rule), replace(l.body(), rule));
        } else {
            g = f;
        }
        return rule.apply(g).orElse(g);
    }

    /** Convenience builders used by code that assembles formulas (never for typing a formula twice). */
    public static Formula minus(Formula a, Formula b) {
        return new Binary(Op.SUB, a, b);
    }

    public static Formula divide(Formula a, Formula b) {
        return new Binary(Op.DIV, a, b);
    }

    public static Formula times(Formula a, Formula b) {
        return new Binary(Op.MUL, a, b);
    }
}

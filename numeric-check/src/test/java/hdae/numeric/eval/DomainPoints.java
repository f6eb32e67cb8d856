package hdae.numeric.eval;

import hdae.symbolic.bound.Bound;
import hdae.symbolic.bound.Domain;
import hdae.symbolic.bound.Parameter;
import hdae.symbolic.formula.Formulas;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Points of a bound's parameter domains, one number in [0, 1] per parameter, for the contract and property tests.
 * Integers unbounded above are reached log-uniformly up to {@link #MAX_INTEGER} (10^6), so that small and huge
 * dimensions are tried alike; bounded reals are uniform on half of [0, 1] and log-uniform towards the lower end
 * (down to 10^-20 of the width) on the other half, where cancellation in 1 - (1 - 2 eps)^n would show. An
 * unbounded real end is reached log-uniformly from 10^-3 to 10^3 beyond the finite end, as proofs' DomainSampler
 * does: real parameters (eps, t, s) are scales, not dimensions.
 */
final class DomainPoints {
    /** Largest value tried for an integer parameter without an upper end: the n = 10^6 of the issue. */
    static final double MAX_INTEGER = 1e6;
    /** Decades below the width of a bounded real domain reached by the log-uniform half. */
    private static final int DECADES = 20;

    private DomainPoints() {
    }

    /**
     * The variables of the bound's closed form: its parameters, and its limit variable when the closed form uses
     * it (the rate n^(-1/2) of an ASYMPTOTIC bound), taken as a dimension: an integer from 1 on.
     */
    static List<Parameter> variables(Bound bound) {
        List<Parameter> out = new ArrayList<>(bound.parameters());
        bound.limitVar().filter(v -> Formulas.freeVariables(bound.closedForm()).contains(v.name()))
                .filter(v -> bound.parameter(v.name()).isEmpty())
                .ifPresent(v -> out.add(Parameter.of(v.name(), Domain.integersAtLeast(1), "limit variable")));
        return out;
    }

    /** The point of {@code bound} given by {@code uniforms} (at least one per variable, each in [0, 1]). */
    static Map<String, Double> point(Bound bound, List<Double> uniforms) {
        Map<String, Double> p = new LinkedHashMap<>();
        List<Parameter> params = variables(bound);
        for (int i = 0; i < params.size(); i++) {
            p.put(params.get(i).name(), value(params.get(i).domain(), uniforms.get(i)));
        }
        return p;
    }

    /** Every corner of the domain box: each variable at the lowest and the highest value this class reaches. */
    static List<Map<String, Double>> corners(Bound bound) {
        int k = variables(bound).size();
        List<Map<String, Double>> out = new ArrayList<>();
        for (int mask = 0; mask < 1 << k; mask++) {
            List<Double> u = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                u.add((mask >> i & 1) == 1 ? 1.0 : 0.0);
            }
            out.add(point(bound, u));
        }
        return out;
    }

    static double value(Domain d, double u) {
        double lo = d.lower();
        double hi = d.upper();
        if (d.integer()) {
            double a = Math.ceil(lo + (d.lowerOpen() && lo == Math.rint(lo) ? 1 : 0));
            double b = Double.isInfinite(hi) ? Math.max(a, MAX_INTEGER)
                    : Math.floor(hi - (d.upperOpen() && hi == Math.rint(hi) ? 1 : 0));
            double v = Double.isInfinite(hi) ? Math.rint((a + 1) * Math.pow((b + 1) / (a + 1), u) - 1)
                    : a + Math.floor(u * (b - a + 1));
            return Math.min(b, Math.max(a, v));
        }
        double x;
        if (d.isBounded()) {
            x = u <= 0.5 ? hi - 2 * u * (hi - lo) : lo + (hi - lo) * Math.pow(10, -DECADES * (2 * u - 1));
        } else if (Double.isFinite(lo)) {
            x = lo + Math.pow(10, -3 + 6 * u);
        } else if (Double.isFinite(hi)) {
            x = hi - Math.pow(10, -3 + 6 * u);
        } else {
            x = (u < 0.5 ? -1 : 1) * Math.pow(10, -3 + 12 * Math.abs(u - 0.5));
        }
        // an open end is never returned: step inside by one ulp
        if (!d.contains(x)) {
            x = x <= lo ? Math.nextUp(lo) : Math.nextDown(hi);
        }
        return x;
    }
}

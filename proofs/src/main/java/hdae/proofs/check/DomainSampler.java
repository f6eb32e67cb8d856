package hdae.proofs.check;

import hdae.numeric.eval.Assignment;
import hdae.numeric.eval.DoubleEvaluator;
import hdae.proofs.ProofsException;
import hdae.symbolic.bound.Domain;
import hdae.symbolic.bound.Parameter;
import hdae.symbolic.formula.Relation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Seeded random points of a product of parameter domains that satisfy the assumptions (by
 * rejection). Bounded domains are sampled uniformly; an unbounded end is reached log-uniformly up
 * to \(10^3\) beyond the finite end (\(10^4\) for integers), so that both small and large values are
 * tried. Values are rounded to 12 significant digits so that the CAS gets exact decimals.
 */
final class DomainSampler {
    private static final int MAX_TRIES = 2000;
    private static final MathContext DIGITS = new MathContext(12);
    private final UniformRandomProvider rng;

    DomainSampler(long seed) {
        this.rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    }

    Map<String, BigDecimal> sample(List<Parameter> params, List<Relation> assumptions) {
        for (int t = 0; t < MAX_TRIES; t++) {
            Map<String, BigDecimal> p = new LinkedHashMap<>();
            for (Parameter q : params) {
                p.put(q.name(), value(q.domain()));
            }
            if (satisfies(p, assumptions)) {
                return p;
            }
        }
        throw new ProofsException("no point satisfying the assumptions " + assumptions.stream()
                .map(Relation::toInputForm).toList() + " found in " + MAX_TRIES + " random draws");
    }

    static Assignment assignment(Map<String, BigDecimal> point) {
        Map<String, Double> m = new LinkedHashMap<>();
        point.forEach((k, v) -> m.put(k, v.doubleValue()));
        return Assignment.of(m);
    }

    static boolean satisfies(Map<String, BigDecimal> point, List<Relation> assumptions) {
        Assignment a = assignment(point);
        for (Relation r : assumptions) {
            double l = DoubleEvaluator.value(r.lhs(), a);
            double rr = DoubleEvaluator.value(r.rhs(), a);
            if (!r.rel().holds(l, rr)) {
                return false;
            }
        }
        return true;
    }

    private BigDecimal value(Domain d) {
        double lo = d.lower();
        double hi = d.upper();
        if (d.integer()) {
            long a = (long) Math.ceil(Double.isInfinite(lo) ? -1e4 : lo + (d.lowerOpen() && lo == Math.rint(lo) ? 1 : 0));
            long b = (long) Math.floor(Double.isInfinite(hi) ? a + Math.pow(10, 4 * rng.nextDouble()) + 30
                    : hi - (d.upperOpen() && hi == Math.rint(hi) ? 1 : 0));
            if (Double.isInfinite(hi) && rng.nextBoolean()) {
                b = Math.min(b, a + 30);
            }
            return BigDecimal.valueOf(a + (long) Math.floor(rng.nextDouble() * (b - a + 1)));
        }
        double x;
        if (d.isBounded()) {
            do {
                x = lo + (hi - lo) * rng.nextDouble();
            } while (!d.contains(x) || x == lo || x == hi);
        } else if (Double.isFinite(lo)) {
            x = lo + Math.pow(10, -3 + 6 * rng.nextDouble());
        } else if (Double.isFinite(hi)) {
            x = hi - Math.pow(10, -3 + 6 * rng.nextDouble());
        } else {
            x = (rng.nextBoolean() ? 1 : -1) * Math.pow(10, -3 + 6 * rng.nextDouble());
        }
        BigDecimal rounded = new BigDecimal(x).round(DIGITS).stripTrailingZeros();
        // rounding may land on an excluded end, such as 0.5 of (0, 1/2): draw again
        return d.contains(rounded.doubleValue()) ? rounded : value(d);
    }
}

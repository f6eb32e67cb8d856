package hdae.proofs.check;

import hdae.numeric.eval.DoubleEvaluator;
import hdae.symbolic.cas.Cas;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.Formulas;
import hdae.symbolic.formula.Integral;
import hdae.symbolic.formula.Sum;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;

/**
 * Values of formulas at points, in high precision where possible: through the CAS's arbitrary
 * precision (apfloat) for closed forms; in double precision, by quadrature, for integrals and sums,
 * whose tolerance is then looser and says so.
 */
final class Numerics {
    /** Relative tolerance in double precision (integrals by quadrature at 1e-12 relative accuracy). */
    static final double DOUBLE_TOLERANCE = 1e-9;

    private final Cas cas;
    private final int digits;
    private final Map<String, Optional<BigDecimal>> constants = new java.util.HashMap<>();

    Numerics(Cas cas, int digits) {
        this.cas = cas;
        this.digits = digits;
    }

    /** Relative tolerance of {@link #value} for this formula. */
    double tolerance(Formula f) {
        return highPrecision(f) ? Math.pow(10, -(digits - 12)) : DOUBLE_TOLERANCE;
    }

    boolean highPrecision(Formula f) {
        return !Formulas.contains(f, Integral.class) && !Formulas.contains(f, Sum.class);
    }

    /**
     * The value, or empty when it is not a finite real there (or no method finished). Integrals and
     * sums are evaluated by hdae's own quadrature in double precision, never by the CAS: Symja 3.0.0
     * returns 0 for the integral of t^2 (1 - t^2)^(5/2) over [-1, 1] (the value is 5 pi/128).
     */
    Optional<BigDecimal> value(Formula f, Map<String, BigDecimal> point) {
        if (Formulas.freeVariables(f).isEmpty()) {
            String key = f.toInputForm();
            if (!constants.containsKey(key)) {
                constants.put(key, compute(f, point));
            }
            return constants.get(key);
        }
        return compute(f, point);
    }

    private Optional<BigDecimal> compute(Formula f, Map<String, BigDecimal> point) {
        if (highPrecision(f)) {
            return cas.numeric(f, point, digits);
        }
        try {
            double d = DoubleEvaluator.value(f, DomainSampler.assignment(point));
            return Double.isFinite(d) ? Optional.of(new BigDecimal(d)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** |a - b| <= tol * max(1, |a|, |b|). */
    static boolean close(BigDecimal a, BigDecimal b, double tol) {
        BigDecimal scale = a.abs().max(b.abs()).max(BigDecimal.ONE);
        return a.subtract(b).abs().compareTo(scale.multiply(BigDecimal.valueOf(tol))) <= 0;
    }

    static String show(BigDecimal v) {
        return v.round(new MathContext(15)).stripTrailingZeros().toString();
    }
}

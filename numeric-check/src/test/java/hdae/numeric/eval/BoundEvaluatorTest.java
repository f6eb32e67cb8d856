package hdae.numeric.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import hdae.numeric.NumericException;
import hdae.symbolic.bound.Bound;
import hdae.symbolic.bound.BoundCatalogue;
import hdae.symbolic.bound.Direction;
import hdae.symbolic.bound.Domain;
import hdae.symbolic.bound.Parameter;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.Num;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Every catalogue bound, evaluated over its domain up to n = 10^6. */
class BoundEvaluatorTest {
    /** Dimensions sampled for integer parameters and limit variables: small, and up to 10^6 (log-space territory). */
    private static final double[] DIMENSIONS = {1, 2, 3, 4, 5, 6, 7, 10, 100, 1000, 1e4, 1e5, 1e6};
    /** Relative positions inside a bounded real domain, including points next to each end. */
    private static final double[] POSITIONS = {1e-9, 1e-6, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1 - 1e-9};

    /**
     * Slack on the safe side of an UPPER bound: both sides are evaluated in double with Gamma's few-ulp error, so at
     * the maximiser (V_5 = 8 pi^2/15) they may differ by rounding; 1e-14 relative covers that.
     */
    private static final double ROUNDING_SLACK = 1e-14;
    /** Distance from the limit allowed at n = 10^6 for eps >= 0.01: (1 - 0.01)^(10^6) = e^(-10050) is 0 in double. */
    private static final double LIMIT_DISTANCE_AT_A_MILLION = 1e-12;

    private static List<Double> samples(Domain d) {
        List<Double> out = new ArrayList<>();
        if (d.integer()) {
            if (Double.isFinite(d.lower()) && d.contains(d.lower())) {
                out.add(d.lower());
            }
            for (double n : DIMENSIONS) {
                if (d.contains(n) && !out.contains(n)) {
                    out.add(n);
                }
            }
        } else if (d.isBounded()) {
            for (double p : POSITIONS) {
                double x = d.lower() + p * (d.upper() - d.lower());
                if (d.contains(x)) {
                    out.add(x);
                }
            }
            if (d.contains(d.lower())) {
                out.add(d.lower());
            }
            if (d.contains(d.upper())) {
                out.add(d.upper());
            }
        } else {
            out.addAll(List.of(-1e6, -1.0, 0.0, 1.0, 1e6));
            out.removeIf(x -> !d.contains(x));
        }
        assertTrue(!out.isEmpty(), "no sample in " + d);
        return out;
    }

    /** Every combination of parameter samples; the limit variable of a LIMIT bound is sampled like a dimension. */
    private static List<Assignment> grid(Bound b) {
        List<Assignment> out = new ArrayList<>(List.of(Assignment.of(Map.of())));
        List<Parameter> params = new ArrayList<>(b.parameters());
        b.limitVar().ifPresent(v -> params.add(Parameter.of(v.name(), Domain.integersAtLeast(1), "limit variable")));
        for (Parameter p : params) {
            List<Assignment> next = new ArrayList<>();
            for (Assignment a : out) {
                for (double x : samples(p.domain())) {
                    next.add(a.with(p.name(), x));
                }
            }
            out = next;
        }
        return out;
    }

    private static double[] range(Bound b) {
        double[] r = QuantityRanges.RANGES.get(b.quantity().key());
        if (r == null) {
            fail("quantity " + b.quantity().key() + " of " + b.id() + " has no range in QuantityRanges.RANGES");
        }
        return r;
    }

    /** Whether {@code f} really exceeds the double range at {@code at}, decided in log space. */
    private static boolean beyondDoubleRange(Formula f, Assignment at) {
        return DoubleEvaluator.compare(f, new Num(new BigDecimal(Double.MAX_VALUE)), at) > 0;
    }

    @Test
    void everyClosedFormIsFiniteAndInRangeOverItsDomain() {
        for (Bound b : BoundCatalogue.standard().all()) {
            double[] range = range(b);
            ToDoubleFunction<Assignment> closed = BoundEvaluator.compile(b);
            for (Assignment at : grid(b)) {
                double v = closed.applyAsDouble(at);
                boolean finite = Double.isFinite(v)
                        || v == Double.POSITIVE_INFINITY && range[1] == v && beyondDoubleRange(b.closedForm(), at);
                assertTrue(finite, b.id() + " at " + at + " = " + v);
                if (b.direction() == Direction.EQUALITY) {
                    assertTrue(v >= range[0] && v <= range[1], b.id() + " at " + at + " = " + v + " outside "
                            + range[0] + ".." + range[1]);
                }
            }
        }
    }

    /**
     * The quantity's value as a formula: the subject itself when it has no declared symbol (1 - Phi(s)),
     * else the closed form of the catalogue's equality bound on the same quantity (the volume of the unit
     * ball for its limit and its maximum); empty when the catalogue has none.
     */
    private static java.util.Optional<Formula> value(Bound b) {
        Formula s = b.subject().orElseThrow();
        if (!hdae.symbolic.formula.Formulas.contains(s, hdae.symbolic.formula.Declared.class)) {
            return java.util.Optional.of(s);
        }
        return BoundCatalogue.standard().all().stream().filter(e -> e.direction() == Direction.EQUALITY
                && e.quantity().key().equals(b.quantity().key()) && e.subject().equals(b.subject()))
                .map(Bound::closedForm).findFirst();
    }

    @Test
    void everySubjectWithAValueIsFiniteAndInRangeOverItsDomain() {
        int evaluated = 0;
        for (Bound b : BoundCatalogue.standard().all()) {
            if (value(b).isEmpty() || b.direction() == Direction.EQUALITY) {
                continue;
            }
            evaluated++;
            double[] range = range(b);
            Formula subject = value(b).get();
            for (Assignment at : grid(b)) {
                double v = DoubleEvaluator.value(subject, at);
                assertTrue(Double.isFinite(v) && v >= range[0] && v <= range[1],
                        b.id() + " subject at " + at + " = " + v);
            }
        }
        assertTrue(evaluated >= 5, "the limits, the maximum of the ball volume and the normal tail: " + evaluated);
    }

    @Test
    void upperBoundsHoldOverTheSampledDomain() {
        for (Bound b : BoundCatalogue.standard().all()) {
            if (b.direction() != Direction.UPPER || value(b).isEmpty()) {
                continue;
            }
            ToDoubleFunction<Assignment> closed = BoundEvaluator.compile(b);
            for (Assignment at : grid(b)) {
                double bound = closed.applyAsDouble(at);
                double v = DoubleEvaluator.value(value(b).get(), at);
                assertTrue(v <= bound * (1 + ROUNDING_SLACK), b.id() + " at " + at + ": " + v + " > " + bound);
            }
        }
    }

    @Test
    void limitSubjectsAreAtTheirLimitByAMillion() {
        for (Bound b : BoundCatalogue.standard().all()) {
            if (b.direction() != Direction.LIMIT || value(b).isEmpty()) {
                continue;
            }
            String n = b.limitVar().orElseThrow().name();
            double limit = BoundEvaluator.compile(b).applyAsDouble(Assignment.of(Map.of()));
            for (Assignment at : grid(b)) {
                boolean farFromZero = at.asMap().entrySet().stream()
                        .allMatch(e -> e.getKey().equals(n) || e.getValue() >= 0.01);
                if (at.get(n) == 1e6 && farFromZero) {
                    double v = DoubleEvaluator.value(value(b).get(), at);
                    assertTrue(Math.abs(v - limit) <= LIMIT_DISTANCE_AT_A_MILLION, b.id() + " at " + at + ": " + v);
                }
            }
        }
    }

    @Test
    void ballVolumeAtAMillionDimensionsIsZeroNotNan() {
        // pi^500000 and Gamma(500001) both overflow; the log-space value e^(-5.9e6) underflows to 0
        for (String id : List.of("unit-ball-volume-eq", "ball-cube-volume-ratio-eq")) {
            assertEquals(0.0, BoundEvaluator.compile(BoundCatalogue.standard().get(id)).applyAsDouble(Assignment.of("n", 1e6)));
        }
    }

    @Test
    void rejectsAValueOutsideTheParameterDomain() {
        ToDoubleFunction<Assignment> volume = BoundEvaluator.compile(BoundCatalogue.standard().get("unit-ball-volume-eq"));
        NumericException e = assertThrows(NumericException.class, () -> volume.applyAsDouble(Assignment.of("n", 0)));
        assertEquals("expected a value in integers in [1, Infinity) for n of unit-ball-volume-eq, got 0.0", e.getMessage());
        assertThrows(NumericException.class, () -> volume.applyAsDouble(Assignment.of("n", 2.5)));
        ToDoubleFunction<Assignment> shell = BoundEvaluator.compile(BoundCatalogue.standard().get("cube-shell-fraction-eq"));
        NumericException eps = assertThrows(NumericException.class,
                () -> shell.applyAsDouble(Assignment.of("n", 3, "eps", 0.5)));
        assertTrue(eps.getMessage().startsWith("expected a value in reals in (0, 0.5) for eps of cube-shell-fraction-eq"),
                eps.getMessage());
        assertThrows(NumericException.class, () -> shell.applyAsDouble(Assignment.of("n", 3, "eps", Double.NaN)));
    }

    @Test
    void gridCoversEveryDeclaredParameter() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Bound b : BoundCatalogue.standard().all()) {
            counts.put(b.id().value(), grid(b).size());
        }
        counts.forEach((id, size) -> assertTrue(size >= 1, id));
        assertEquals(DIMENSIONS.length * POSITIONS.length, counts.get("cube-shell-fraction-eq"));
        // k from 0: the lower end of an integer domain is always sampled
        assertEquals(DIMENSIONS.length * (DIMENSIONS.length + 1), counts.get("sign-model-index-prob-eq"));
    }
}

package hdae.numeric.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.symbolic.bound.Bound;
import hdae.symbolic.bound.BoundCatalogue;
import hdae.symbolic.bound.Parameter;
import hdae.symbolic.cas.Cas;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The numeric contract of every catalogue bound with parameters (a limit variable that the
 * closed form uses counts as an integer parameter from 1 on): at the corners of its domain
 * and at seeded random points of it (integers up to 10^6, see {@link DomainPoints}), the double value of its
 * closed form ({@link BoundEvaluator}) is finite and agrees with the CAS's own 40-digit value, which is the
 * reference here (Symja {@code N(..., 40)} through {@link Cas#numeric}, at the exact binary value of each
 * coordinate).
 *
 * <p>Tolerance, relative (to the larger of the exact value and the smallest normal double, so that a value
 * below the double range must come out 0 or subnormal): \( 10^{-12} + 8u\Lambda \), \( u = 2^{-53} \). The
 * \( 10^{-12} \) covers a few roundings amplified by the formulas' condition numbers at these points (at most
 * about \( 2|n \log(1 - 2\varepsilon)| (1 - 2\varepsilon)^n/(1 - (1 - 2\varepsilon)^n) \le 2 \) ulps for the
 * shell fractions, thanks to the log1p form). The second term is for values computed through logarithms
 * (\( \ln\Gamma \), \( \ln\binom nk \), \( n \ln 2 \), \( \tfrac n2 \ln\pi \)): their sum carries an absolute error
 * of a few ulps of the largest term, so the value a relative \( 8u\Lambda \), with
 * \( \Lambda = \sum_p 2p(\ln(p+1) + 1) \) over the integer parameters p, which exceeds the sizes of those
 * logarithms (\( \ln\Gamma(n+1) \le n \ln(n+1) \)). At n = 10^6 the tolerance is about \( 2.6 \times 10^{-8} \),
 * at n = 100 about \( 10^{-12} \). Where the exact value exceeds the double range (\( 2^n - 2 \) for
 * \( n \ge 1024 \)) the correctly rounded value is \( +\infty \), and that is what is required instead of
 * finiteness.
 */
class BoundContractTest {
    private static final long SEED = 20_180_101L;
    private static final int RANDOM_POINTS = 6;
    private static final int DIGITS = 40;
    private static final double U = 0x1p-53;
    /** Time limit of one CAS evaluation (the slowest that finish take 0.5 s); a point that needs longer is skipped. */
    private static final Duration CAS_LIMIT = Duration.ofSeconds(3);
    /**
     * Points where a formula is at its most delicate, beyond what random points reach, per bound id: the central
     * binomial probability on both sides of n = 1030, where the evaluation of C(n, k) changes method. (At
     * n = 10^6, k = n/2 Symja does not finish within a minute; DoubleEvaluatorTest checks that value against
     * mpmath, log-fallback.psv.)
     */
    private static final Map<String, List<Map<String, Double>>> SPECIAL = Map.of("sign-model-index-prob-eq", List.of(
            Map.of("n", 1030.0, "k", 515.0), Map.of("n", 1029.0, "k", 514.0), Map.of("n", 1000.0, "k", 500.0),
            Map.of("n", 60.0, "k", 0.0)));
    private static Cas cas;

    @BeforeAll
    static void open() {
        cas = new Cas(CAS_LIMIT);
    }

    @AfterAll
    static void close() {
        cas.close();
    }

    static Stream<Arguments> points() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(SEED);
        List<Arguments> out = new ArrayList<>();
        for (Bound b : BoundCatalogue.standard().all()) {
            if (DomainPoints.variables(b).isEmpty()) {
                continue;
            }
            List<Map<String, Double>> ps = new ArrayList<>(DomainPoints.corners(b));
            for (int i = 0; i < RANDOM_POINTS; i++) {
                List<Double> u = new ArrayList<>();
                DomainPoints.variables(b).forEach(p -> u.add(rng.nextDouble()));
                ps.add(DomainPoints.point(b, u));
            }
            ps.addAll(SPECIAL.getOrDefault(b.id().value(), List.of()));
            ps.forEach(p -> out.add(Arguments.of(b.id().value(), p)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("points")
    void doubleValueAgreesWithTheCasValue(String id, Map<String, Double> point) {
        Bound bound = BoundCatalogue.standard().get(id);
        Map<String, BigDecimal> exactPoint = new LinkedHashMap<>();
        point.forEach((k, v) -> exactPoint.put(k, new BigDecimal(v)));
        Optional<BigDecimal> reference;
        try {
            reference = cas.numeric(bound.closedForm(), exactPoint, DIGITS);
        } catch (NumberFormatException e) {
            // Cas.numeric (module symbolic) cannot read a decimal exponent beyond the int range, such as the
            // 10^-217147240952 of exp(-s^2/2) at s = 10^6: such a value is 0 in double, but it is not checked here
            reference = Optional.empty();
        }
        Assumptions.assumeTrue(reference.isPresent(), () -> "the CAS gave no finite real value of " + id + " at "
                + point + " within " + CAS_LIMIT.toSeconds() + " s: point skipped, not passed");
        BigDecimal exact = reference.get();
        double actual = BoundEvaluator.compile(bound).applyAsDouble(Assignment.of(point));
        double rounded = exact.doubleValue();
        if (Double.isInfinite(rounded)) {
            assertEquals(rounded, actual, () -> id + " at " + point + ": the exact value " + exact.round(
                    MathContext.DECIMAL64) + " is beyond the double range, so its correctly rounded value is "
                    + rounded);
            return;
        }
        assertTrue(Double.isFinite(actual), () -> id + " at " + point + ": got " + actual + ", exact " + exact);
        double tolerance = 1e-12 + 8 * U * lambda(bound, point);
        BigDecimal scale = exact.abs().max(new BigDecimal(Double.MIN_NORMAL));
        double relative = new BigDecimal(actual).subtract(exact).abs().divide(scale, MathContext.DECIMAL64)
                .doubleValue();
        assertTrue(relative <= tolerance, () -> String.format(Locale.ROOT,
                "%s at %s: double %.17g, CAS %s: relative error %.3g, %.1f times the tolerance %.3g", id, point,
                actual, exact.round(new MathContext(20)), relative, relative / tolerance, tolerance));
    }

    /** \( \Lambda = \sum_p 2p(\ln(p+1) + 1) \) over the integer parameters: a bound on the logarithms summed. */
    private static double lambda(Bound bound, Map<String, Double> point) {
        double sum = 0;
        for (Parameter p : DomainPoints.variables(bound)) {
            if (p.domain().integer()) {
                double v = Math.abs(point.get(p.name()));
                sum += 2 * v * (Math.log1p(v) + 1);
            }
        }
        return sum;
    }
}

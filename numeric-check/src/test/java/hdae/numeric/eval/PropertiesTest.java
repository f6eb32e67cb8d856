package hdae.numeric.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import hdae.symbolic.bound.Bound;
import hdae.symbolic.bound.BoundCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties, by QuickTheories with fixed seeds: the L-infinity gain identity behind the
 * paper's linear argument (the catalogue's {@code linf-max-gain-eq-eps-mul-l1}), the norm inequality between L1
 * and L2, monotone shell fractions (from the catalogue),
 * and finite, in-range values of every catalogue bound across its domain.
 *
 * <p>Rounding slack is always on the safe side and derived, not tuned: \( u = 2^{-53} \); a sum of n terms of
 * one sign carries a relative error of at most \( (n-1)u \) (recursive summation).
 */
class PropertiesTest {
    private static final double U = 0x1p-53;
    private static final int EXAMPLES = 300;
    private static final BoundCatalogue CATALOGUE = BoundCatalogue.standard();
    /** The catalogue's eps |w|_1 (PRIOR, Goodfellow et al. 2015, Sec. 3), the value the L-infinity tests expect. */
    private static final ToDoubleFunction<Assignment> LINF_GAIN = BoundEvaluator.compile(
            CATALOGUE.get("linf-max-gain-eq-eps-mul-l1"));

    private static Gen<List<Double>> vectors(int maxDimension) {
        return lists().of(doubles().between(-1e3, 1e3)).ofSizeBetween(1, maxDimension);
    }

    private static double l1(List<Double> w) {
        double s = 0;
        for (double x : w) {
            s += Math.abs(x);
        }
        return s;
    }

    private static double l2(List<Double> w) {
        double s = 0;
        for (double x : w) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private static double dot(List<Double> w, double[] eta) {
        double s = 0;
        for (int i = 0; i < eta.length; i++) {
            s += w.get(i) * eta[i];
        }
        return s;
    }

    /**
     * \( \max_{\|\eta\|_\infty \le \varepsilon} w^\top\eta = \varepsilon\|w\|_1 \), attained by
     * \( \varepsilon\,\mathrm{sign}(w) \). The LP optimum computed coordinate-wise (each \( \eta_i \in
     * [-\varepsilon, \varepsilon] \) maximises \( w_i\eta_i \) alone) equals \( \varepsilon\|w\|_1 \) within
     * \( 2nu \); the sign vector reaches it exactly (the same products, rounded alike, summed in the same order);
     * 64 random feasible \( \eta \) (uniform in the box, and random vertices) never exceed it by more than the
     * rounding of two n-term sums, \( 3nu \).
     */
    @Test
    void linfBallGainIsEpsTimesL1NormAttainedBySign() {
        qt().withFixedSeed(5_001L).withExamples(EXAMPLES)
                .forAll(vectors(200), doubles().between(1e-6, 1e3), longs().all())
                .checkAssert((w, eps, seed) -> {
                    int n = w.size();
                    double sum = 0;
                    double[] sign = new double[n];
                    for (int i = 0; i < n; i++) {
                        sum += Math.max(eps * w.get(i), -eps * w.get(i));
                        sign[i] = eps * Math.signum(w.get(i));
                    }
                    double optimum = sum;
                    double expected = LINF_GAIN.applyAsDouble(Assignment.of("eps", eps, "l1", l1(w)));
                    assertTrue(Math.abs(optimum - expected) <= 2 * n * U * expected, () -> optimum + " vs " + expected);
                    assertEquals(optimum, dot(w, sign), "eps sign(w) attains the coordinate-wise optimum");
                    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
                    double[] eta = new double[n];
                    for (int t = 0; t < 64; t++) {
                        boolean vertex = t % 2 == 1;
                        for (int i = 0; i < n; i++) {
                            eta[i] = vertex ? (rng.nextBoolean() ? eps : -eps) : eps * (2 * rng.nextDouble() - 1);
                        }
                        double gain = dot(w, eta);
                        assertTrue(gain <= optimum + 3 * n * U * optimum, () -> "feasible eta gains " + gain
                                + " > " + optimum);
                    }
                });
    }

    /**
     * The same maximum by an LP solver (Commons Math simplex) on \( \max w^\top\eta \) subject to
     * \( -\varepsilon \le \eta_i \le \varepsilon \), n up to 16. Tolerance: the tableau's coefficients are
     * \( \pm1 \) and its right-hand sides \( \varepsilon \), so the optimum is exact up to the roundings of the
     * objective, \( 10^{-12} \) relative with room to spare; and the solver stops once no reduced cost exceeds its
     * epsilon \( 10^{-6} \), so a coordinate with \( |w_i| < 10^{-6} \) may stay anywhere in its interval, which
     * costs up to \( 2\varepsilon|w_i| \) (added to the tolerance).
     */
    @Test
    void simplexSolverFindsTheSameLinfMaximum() {
        qt().withFixedSeed(5_002L).withExamples(100)
                .forAll(vectors(16), doubles().between(1e-3, 1e3))
                .checkAssert((w, eps) -> {
                    int n = w.size();
                    double[] coefficients = w.stream().mapToDouble(Double::doubleValue).toArray();
                    List<LinearConstraint> box = new ArrayList<>();
                    double loose = 0;
                    for (int i = 0; i < n; i++) {
                        double[] e = new double[n];
                        e[i] = 1;
                        box.add(new LinearConstraint(e, Relationship.LEQ, eps));
                        box.add(new LinearConstraint(e, Relationship.GEQ, -eps));
                        loose += Math.abs(w.get(i)) < 1e-6 ? 2 * eps * Math.abs(w.get(i)) : 0;
                    }
                    double slack = loose;
                    double lp = new SimplexSolver().optimize(new MaxIter(10_000),
                            new LinearObjectiveFunction(coefficients, 0), new LinearConstraintSet(box),
                            GoalType.MAXIMIZE, new NonNegativeConstraint(false)).getValue();
                    double expected = LINF_GAIN.applyAsDouble(Assignment.of("eps", eps, "l1", l1(w)));
                    double tolerance = 1e-12 * expected + slack;
                    assertTrue(Math.abs(lp - expected) <= tolerance, () -> "simplex " + lp + " vs eps |w|_1 "
                            + expected + " (tolerance " + tolerance + ")");
                });
    }

    /**
     * \( \|w\|_1 \le \sqrt n\,\|w\|_2 \) (Cauchy-Schwarz with the all-ones vector), with equality when all
     * \( |w_i| \) are equal. Slack \( 2(n+2)u \) relative: the computed \( \|w\|_1 \) is at most \( (n-1)u \) too
     * large, the computed \( \|w\|_2 \) at most \( (n/2+2)u \) too small, \( \sqrt n \) and the product one rounding
     * each.
     */
    @Test
    void l1NormIsAtMostSqrtNTimesL2Norm() {
        qt().withFixedSeed(5_003L).withExamples(EXAMPLES).forAll(vectors(1000), doubles().between(1e-3, 1e3))
                .checkAssert((w, c) -> {
                    int n = w.size();
                    double slack = 2 * (n + 2) * U;
                    double bound = Math.sqrt(n) * l2(w);
                    assertTrue(l1(w) <= bound * (1 + slack), () -> "|w|_1 = " + l1(w) + " > sqrt(n) |w|_2 = " + bound);
                    List<Double> flat = new ArrayList<>();
                    w.forEach(x -> flat.add(x < 0 ? -c : c));
                    double flatBound = Math.sqrt(n) * l2(flat);
                    assertTrue(Math.abs(l1(flat) - flatBound) <= slack * flatBound,
                            () -> "equal magnitudes: |w|_1 = " + l1(flat) + " vs sqrt(n) |w|_2 = " + flatBound);
                });
    }

    /**
     * The catalogue's shell fractions \( 1 - (1 - 2\varepsilon)^n \) (cube) and \( 1 - (1 - \varepsilon)^n \)
     * (ball), through {@link BoundEvaluator}, for n up to 10^6 and \( \varepsilon \) over its whole domain down to
     * \( 10^{-20} \) of its width: in double precision they lie in (0, 1] and never decrease as n grows. Exactly they
     * lie in (0, 1) and increase; in double, 1 is reached only by rounding, so the test requires a value below 1
     * whenever the gap \( g = (1 - 2\varepsilon)^n \) is at least \( 2^{-50} \) (the computed value, within a few
     * ulps, is then at most \( 1 - 2^{-51} \)), and a strict increase whenever the exact increment
     * \( 2\varepsilon g \) exceeds \( 8u \) (the error of the two values together is below \( 8u \)).
     */
    @Test
    void shellFractionsRiseWithTheDimensionAndLieInTheUnitInterval() {
        for (String id : List.of("cube-shell-fraction-eq", "ball-shell-fraction-eq")) {
            Bound bound = CATALOGUE.get(id);
            ToDoubleFunction<Assignment> f = BoundEvaluator.compile(bound);
            double width = id.startsWith("cube") ? 2 : 1;
            qt().withFixedSeed(5_004L).withExamples(EXAMPLES)
                    .forAll(integers().between(1, 1_000_000), doubles().between(0, 1))
                    .checkAssert((n, u) -> {
                        double eps = DomainPoints.value(bound.parameter("eps").orElseThrow().domain(), u);
                        double now = f.applyAsDouble(Assignment.of("n", n, "eps", eps));
                        double next = f.applyAsDouble(Assignment.of("n", n + 1, "eps", eps));
                        String at = id + " at n = " + n + ", eps = " + eps + ": " + now + ", then " + next;
                        assertTrue(now > 0 && now <= 1 && next <= 1, at);
                        assertTrue(now <= next, at);
                        double gap = Math.exp(n * Math.log1p(-width * eps));
                        if (gap >= 0x1p-50) {
                            assertTrue(now < 1, at + " (gap " + gap + ")");
                        }
                        if (width * eps * gap > 8 * U) {
                            assertTrue(now < next, at + " (increment " + width * eps * gap + ")");
                        }
                    });
        }
    }



    /**
     * Every catalogue bound's closed form, at the corners of its domain (n = 1 and n = 10^6, eps at both ends) and
     * at random points of it, is never NaN, lies in its quantity's range, and is finite unless its magnitude
     * exceeds the double range (judged by the evaluation with signs and logarithms, {@link LogEvaluator}); in that
     * case it must be \( +\infty \), the correctly rounded value. BoundContractTest compares the values with the
     * CAS.
     */
    @Test
    void everyBoundIsFiniteAndInItsRangeAcrossItsDomain() {
        List<Bound> all = CATALOGUE.all();
        for (Bound b : all) {
            for (Map<String, Double> corner : DomainPoints.corners(b)) {
                assertInRange(b, corner);
            }
        }
        int variables = all.stream().mapToInt(b -> DomainPoints.variables(b).size()).max().orElse(0);
        qt().withFixedSeed(5_005L).withExamples(1000)
                .forAll(integers().between(0, all.size() - 1), lists().of(doubles().between(0, 1)).ofSize(variables))
                .checkAssert((i, u) -> assertInRange(all.get(i), DomainPoints.point(all.get(i), u)));
    }

    private static void assertInRange(Bound b, Map<String, Double> point) {
        Assignment at = Assignment.of(point);
        double v = BoundEvaluator.compile(b).applyAsDouble(at);
        String where = b.id() + " at " + point + ": " + v;
        assertFalse(Double.isNaN(v), where);
        double[] range = QuantityRanges.RANGES.get(b.quantity().key());
        assertTrue(range != null, "quantity " + b.quantity().key() + " of " + b.id() + " has no range in QuantityRanges");
        if (Double.isInfinite(v)) {
            double log = b.closedForm().accept(new LogEvaluator(at)).log();
            assertTrue(range[1] == Double.POSITIVE_INFINITY && log > Math.log(Double.MAX_VALUE),
                    where + " (ln|value| = " + log + ")");
            return;
        }
        assertTrue(v >= range[0] && v <= range[1], where + " outside [" + range[0] + ", " + range[1] + "]");
    }
}

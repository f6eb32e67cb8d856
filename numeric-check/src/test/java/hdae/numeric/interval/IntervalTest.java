package hdae.numeric.interval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import hdae.numeric.NumericException;
import hdae.symbolic.formula.FormulaParser;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Containment: for every interval operand and every point inside it, the exact result lies in the interval
 * result. Arithmetic results are checked exactly in BigDecimal (a double converts to BigDecimal exactly);
 * a quotient q = x/y is checked through lo*y <= x <= hi*y. Library functions (exp, log) are checked against
 * StrictMath (fdlibm, error below 1 ulp): both neighbours of its value must lie inside, so the exact value does.
 */
class IntervalTest {
    private static final long SEED = 20260511L;
    private static final int EXAMPLES = 2000;

    /** Magnitudes from 1e-6 to 1e6, both signs and zero. */
    private static Gen<Double> values() {
        return doubles().between(-1, 1).zip(integers().between(-6, 6), (m, e) -> m * Math.pow(10, e))
                .mix(doubles().between(-3, 3), 30);
    }

    /** Intervals with finite ends, including points and intervals around 0. */
    private static Gen<Interval> intervals() {
        return values().zip(values(), (a, b) -> Interval.of(Math.min(a, b), Math.max(a, b)));
    }

    private static Gen<Interval> positiveIntervals() {
        return intervals().map(i -> Interval.of(Math.abs(i.lo()) == 0 ? 1e-3 : Math.abs(i.lo()),
                Math.abs(i.lo()) == 0 ? 1e-3 + Math.abs(i.hi()) : Math.abs(i.lo()) + i.width()));
    }

    /** A point of the interval, at relative position t in [0, 1]. */
    private static double inside(Interval i, double t) {
        return Math.min(i.hi(), Math.max(i.lo(), i.lo() + t * (i.hi() - i.lo())));
    }

    private static Gen<Double> positions() {
        return doubles().between(0, 1);
    }

    private static BigDecimal big(double x) {
        return new BigDecimal(x);
    }

    private static boolean contains(Interval r, BigDecimal exact) {
        boolean above = r.lo() == Double.NEGATIVE_INFINITY || big(r.lo()).compareTo(exact) <= 0;
        boolean below = r.hi() == Double.POSITIVE_INFINITY || big(r.hi()).compareTo(exact) >= 0;
        return above && below;
    }

    private static boolean containsLibraryValue(Interval r, double strict) {
        return r.lo() <= Math.nextDown(strict) && Math.nextUp(strict) <= r.hi();
    }

    @Test
    void sumContainsEveryPointSum() {
        qt().withExamples(EXAMPLES).withFixedSeed(SEED).forAll(intervals(), intervals(), positions(), positions())
                .check((a, b, s, t) -> contains(a.plus(b), big(inside(a, s)).add(big(inside(b, t)))));
    }

    @Test
    void differenceContainsEveryPointDifference() {
        qt().withExamples(EXAMPLES).withFixedSeed(SEED + 1).forAll(intervals(), intervals(), positions(), positions())
                .check((a, b, s, t) -> contains(a.minus(b), big(inside(a, s)).subtract(big(inside(b, t)))));
    }

    @Test
    void productContainsEveryPointProduct() {
        qt().withExamples(EXAMPLES).withFixedSeed(SEED + 2).forAll(intervals(), intervals(), positions(), positions())
                .check((a, b, s, t) -> contains(a.times(b), big(inside(a, s)).multiply(big(inside(b, t)))));
    }

    @Test
    void quotientContainsEveryPointQuotient() {
        qt().withExamples(EXAMPLES).withFixedSeed(SEED + 3).forAll(intervals(), intervals(), positions(), positions())
                .check((a, b, s, t) -> {
                    double x = inside(a, s);
                    double y = inside(b, t);
                    if (b.containsZero()) {
                        return refused(() -> a.divide(b));
                    }
                    Interval q = a.divide(b);
                    // q in [lo, hi]  <=>  lo*y <= x <= hi*y for y > 0 (reversed for y < 0)
                    BigDecimal bx = big(x);
                    BigDecimal by = big(y);
                    boolean lowOk = q.lo() == Double.NEGATIVE_INFINITY
                            || big(q.lo()).multiply(by).compareTo(bx) * Integer.signum(by.signum()) <= 0;
                    boolean highOk = q.hi() == Double.POSITIVE_INFINITY
                            || big(q.hi()).multiply(by).compareTo(bx) * Integer.signum(by.signum()) >= 0;
                    return lowOk && highOk;
                });
    }

    @Test
    void integerPowerContainsEveryPointPower() {
        qt().withExamples(EXAMPLES).withFixedSeed(SEED + 4).forAll(intervals(), integers().between(-4, 7), positions())
                .check((a, k, t) -> {
                    double x = inside(a, t);
                    if (k < 0 && a.containsZero()) {
                        return refused(() -> a.pow(k));
                    }
                    Interval r = a.pow(k);
                    if (k >= 0) {
                        return contains(r, big(x).pow(k));
                    }
                    // 1/p in [lo, hi] with p = x^|k| exact  <=>  lo*p <= 1 <= hi*p for p > 0 (reversed for p < 0)
                    BigDecimal p = big(x).pow(-k);
                    int sign = p.signum();
                    boolean lowOk = r.lo() == Double.NEGATIVE_INFINITY || big(r.lo()).multiply(p).compareTo(BigDecimal.ONE) * sign <= 0;
                    boolean highOk = r.hi() == Double.POSITIVE_INFINITY || big(r.hi()).multiply(p).compareTo(BigDecimal.ONE) * sign >= 0;
                    return lowOk && highOk;
                });
    }

    private static Interval enclose(String formula, Interval x) {
        return FormulaParser.parse(formula).accept(new IntervalEvaluator(Map.of("x", x)));
    }

    @Test
    void expContainsEveryPointExp() {
        qt().withExamples(EXAMPLES).withFixedSeed(SEED + 5).forAll(intervals(), positions())
                .assuming((a, t) -> a.hi() < 700)
                .check((a, t) -> containsLibraryValue(enclose("Exp(x)", a), StrictMath.exp(inside(a, t))));
    }

    @Test
    void logContainsEveryPointLog() {
        qt().withExamples(EXAMPLES).withFixedSeed(SEED + 6).forAll(positiveIntervals(), positions())
                .check((a, t) -> containsLibraryValue(enclose("Log(x)", a), StrictMath.log(inside(a, t))));
    }

    @Test
    void sqrtContainsEveryPointSqrt() {
        // r in [lo, hi]  <=>  lo^2 <= x <= hi^2 (for lo >= 0), exactly in BigDecimal
        qt().withExamples(EXAMPLES).withFixedSeed(SEED + 7).forAll(positiveIntervals(), positions())
                .check((a, t) -> {
                    BigDecimal x = big(inside(a, t));
                    Interval r = enclose("Sqrt(x)", a);
                    return (r.lo() <= 0 || big(r.lo()).pow(2).compareTo(x) <= 0) && big(r.hi()).pow(2).compareTo(x) >= 0;
                });
    }

    @Test
    void evenPowerOfAnIntervalAroundZeroStartsAtZero() {
        Interval r = Interval.of(-1, 2).pow(2);
        assertEquals(0.0, r.lo());
        assertTrue(r.hi() >= 4 && r.hi() <= Math.nextUp(Math.nextUp(4.0)), r.toString());
    }

    @Test
    void divisionByAnIntervalAroundZeroIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(hdae.numeric.NumericException.class,
                () -> Interval.of(1, 2).divide(Interval.of(-1, 1)));
        org.junit.jupiter.api.Assertions.assertThrows(hdae.numeric.NumericException.class,
                () -> Interval.point(0).pow(-2));
    }

    /** Whether the operation refuses (a quotient by an interval containing 0 has no enclosure). */
    private static boolean refused(Runnable op) {
        try {
            op.run();
            return false;
        } catch (hdae.numeric.NumericException e) {
            return true;
        }
    }

    @Test
    void expBeyondTheDoubleRangeIsAnUnboundedEnclosure() {
        // e^800 overflows: the enclosure must still be a valid interval [large, +inf), not an error
        Interval r = enclose("Exp(x)", Interval.of(800, 900));
        assertEquals(Double.POSITIVE_INFINITY, r.hi());
        assertTrue(r.lo() >= 1e300, r.toString());
        Interval small = enclose("Exp(x)", Interval.of(-900, -800));
        assertTrue(small.lo() <= 0 && small.hi() > 0, small.toString());
    }

    @Test
    void rejectsNanAndReversedEnds() {
        NumericException e = assertThrows(NumericException.class, () -> Interval.of(Double.NaN, 1));
        assertEquals("expected lo <= hi (and neither NaN) for interval, got [NaN, 1.0]", e.getMessage());
        assertThrows(NumericException.class, () -> Interval.of(2, 1));
    }

    @Test
    void logOfANonPositiveIntervalIsRefused() {
        NumericException e = assertThrows(NumericException.class, () -> enclose("Log(x)", Interval.of(-1, 1)));
        assertEquals("expected a positive argument for Log, got [-1.0, 1.0]", e.getMessage());
    }

    @Test
    void decimalLiteralsAreEnclosedOutward() {
        // 0.1 is not a binary number: its enclosure must contain the exact decimal
        Interval r = enclose("0.1", Interval.point(0));
        assertTrue(contains(r, new BigDecimal("0.1")) && r.lo() < r.hi(), r.toString());
        assertEquals(Interval.point(0.25), enclose("0.25", Interval.point(0)));
    }

    @org.junit.jupiter.api.Test
    void exactResultsAreNotWidened() {
        // 1 - 1, 0.5 * 4 and 1/4 are exact in binary floating point: outward rounding must not move them,
        // or no inequality that touches 0 (or another exact value) could ever be proved
        org.junit.jupiter.api.Assertions.assertEquals(Interval.point(0), Interval.point(1).minus(Interval.point(1)));
        org.junit.jupiter.api.Assertions.assertEquals(Interval.point(2), Interval.point(0.5).times(Interval.point(4)));
        org.junit.jupiter.api.Assertions.assertEquals(Interval.point(0.25), Interval.point(1).divide(Interval.point(4)));
    }

    @org.junit.jupiter.api.Test
    void inexactResultsAreWidenedToContainTheTruth() {
        // 0.1 + 0.2 is not representable: the enclosure must be a proper interval around the double sum
        Interval s = Interval.point(0.1).plus(Interval.point(0.2));
        org.junit.jupiter.api.Assertions.assertTrue(s.lo() < s.hi(), s.toString());
        Interval third = Interval.point(1).divide(Interval.point(3));
        org.junit.jupiter.api.Assertions.assertTrue(third.lo() < 1.0 / 3 || third.hi() > 1.0 / 3, third.toString());
        org.junit.jupiter.api.Assertions.assertTrue(new java.math.BigDecimal(third.lo()).multiply(java.math.BigDecimal.valueOf(3))
                .compareTo(java.math.BigDecimal.ONE) <= 0 && new java.math.BigDecimal(third.hi())
                .multiply(java.math.BigDecimal.valueOf(3)).compareTo(java.math.BigDecimal.ONE) >= 0, third.toString());
    }
}

package hdae.numeric.interval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import hdae.numeric.NumericException;
import hdae.symbolic.formula.FormulaParser;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

/**
 * The circular functions and their inverses enclose soundly: every point value (StrictMath, error below
 * 1 ulp, so both of its neighbours must lie inside) lies in the enclosure of every interval holding the
 * point, including intervals over a maximum or minimum; reference values (mpmath at 50 digits) lie in the
 * enclosure of the point; arguments outside the domain (DLMF 4.23.ii: arcsin and arccos on [-1, 1]; the
 * poles of tan) are refused.
 */
class TrigonometricTest {
    private static final long SEED = 20261202L;
    private static final int EXAMPLES = 3000;

    private static Interval enclose(String formula, Interval x) {
        return FormulaParser.parse(formula).accept(new IntervalEvaluator(Map.of("x", x)));
    }

    /** Intervals with ends in [-20, 20] (about three periods each side) and widths from 0 to 8. */
    private static Gen<Interval> intervals(double range) {
        return doubles().between(-range, range).zip(doubles().between(0, 8).mix(doubles().between(0, 1e-3), 40),
                (a, w) -> Interval.of(a, a + w));
    }

    private static Gen<Double> positions() {
        return doubles().between(0, 1);
    }

    private static double inside(Interval i, double t) {
        return Math.min(i.hi(), i.lo() + t * i.width());
    }

    /** Both neighbours of the point value inside; at the exact values -1, 0, 1 (arccos(1) = 0) an end may be the value. */
    private static boolean holds(Interval r, double strict) {
        boolean exact = strict == -1 || strict == 0 || strict == 1;
        return (r.lo() <= Math.nextDown(strict) || exact && r.lo() == strict)
                && (Math.nextUp(strict) <= r.hi() || exact && r.hi() == strict);
    }

    private static boolean pointsInside(String fn, DoubleUnaryOperator f, Interval a, double t) {
        return holds(enclose(fn + "(x)", a), f.applyAsDouble(inside(a, t)));
    }

    @Test
    void sineContainsEveryPointSine() {
        qt().withExamples(EXAMPLES).withFixedSeed(SEED).forAll(intervals(20), positions())
                .check((a, t) -> pointsInside("Sin", StrictMath::sin, a, t));
    }

    @Test
    void cosineContainsEveryPointCosine() {
        qt().withExamples(EXAMPLES).withFixedSeed(SEED + 1).forAll(intervals(20), positions())
                .check((a, t) -> pointsInside("Cos", StrictMath::cos, a, t));
    }

    @Test
    void tangentContainsEveryPointTangentOrRefusesAPole() {
        qt().withExamples(EXAMPLES).withFixedSeed(SEED + 2).forAll(intervals(20).map(i -> Interval.of(i.lo(), i.lo() + i.width() / 8)),
                positions()).check((a, t) -> {
                    try {
                        return pointsInside("Tan", StrictMath::tan, a, t);
                    } catch (NumericException poleInside) {
                        return true;
                    }
                });
    }

    @Test
    void inversesContainEveryPointValue() {
        Gen<Interval> unit = doubles().between(-1, 1).zip(doubles().between(-1, 1),
                (a, b) -> Interval.of(Math.min(a, b), Math.max(a, b)));
        qt().withExamples(EXAMPLES).withFixedSeed(SEED + 3).forAll(unit, positions())
                .check((a, t) -> pointsInside("ArcSin", StrictMath::asin, a, t)
                        && pointsInside("ArcCos", StrictMath::acos, a, t));
        qt().withExamples(EXAMPLES).withFixedSeed(SEED + 4).forAll(intervals(1e6), positions())
                .check((a, t) -> pointsInside("ArcTan", StrictMath::atan, a, t));
    }

    /** mpmath 1.3 at 50 digits; the identities are DLMF 4.14.1 (sin, cos at special angles, Table 4.16.1) and 4.23.ii. */
    @ParameterizedTest(name = "{0} at {1} = {2}")
    @CsvSource(delimiter = ';', value = {
        "Sin; 1; 0.84147098480789650665250232163029899962256306079837",
        "Cos; 1; 0.54030230586813971740093660744297660373231042061792",
        "Cos; 0.5; 0.87758256189037271611628158260382965199164519710974",
        "Tan; 1; 1.5574077246549022305069748074583601730872507723815",
        "ArcSin; 0.5; 0.52359877559829887307710723054658381403286156656252",
        "ArcCos; 0.3333333333333333; 1.2309594173407746821349291782479873757103400093551",
        "ArcTan; 2; 1.1071487177940905030170654601785370400700476454014",
        "ArcCos; -1; 3.1415926535897932384626433832795028841971693993751",
        "ArcCos; 1; 0",
    })
    void referenceValuesLieInThePointEnclosure(String fn, double x, String reference) {
        // arccos(0.3333333333333333) differs from arccos(1/3) by about 3.5e-17, well inside 64 ulps (1.4e-14)
        Interval r = enclose(fn + "(x)", Interval.point(x));
        BigDecimal exact = new BigDecimal(reference);
        assertTrue(new BigDecimal(r.lo()).compareTo(exact) <= 0 && exact.compareTo(new BigDecimal(r.hi())) <= 0,
                fn + "(" + x + ") = " + reference + " outside " + r);
        assertTrue(r.width() < 1e-13, "the enclosure " + r + " is not tight");
    }

    @Test
    void extremaInsideAnIntervalAreReached() {
        // sin has its maximum 1 at pi/2 = 1.5708 and its minimum -1 at 3 pi/2 = 4.7124; cos its minimum -1 at pi
        assertEquals(1.0, enclose("Sin(x)", Interval.of(1.5, 1.7)).hi());
        assertEquals(-1.0, enclose("Sin(x)", Interval.of(4.6, 4.8)).lo());
        assertEquals(-1.0, enclose("Cos(x)", Interval.of(3, 3.3)).lo());
        assertEquals(1.0, enclose("Cos(x)", Interval.of(-0.1, 0.1)).hi());
        // no extremum in [0.1, 1.4]: the enclosure is the hull of the end values
        Interval r = enclose("Sin(x)", Interval.of(0.1, 1.4));
        assertTrue(r.lo() < StrictMath.sin(0.1) && r.hi() > StrictMath.sin(1.4) && r.hi() < 0.99, r.toString());
        // a whole period and arguments beyond 2^20 enclose to [-1, 1]
        assertEquals(Interval.of(-1, 1), enclose("Cos(x)", Interval.of(0, 7)));
        assertEquals(Interval.of(-1, 1), enclose("Sin(x)", Interval.point(1e7)));
    }

    @Test
    void argumentsOutsideTheDomainAreRefused() {
        assertThrows(NumericException.class, () -> enclose("ArcCos(x)", Interval.of(0.5, 1.0000001)));
        assertThrows(NumericException.class, () -> enclose("ArcSin(x)", Interval.of(-1.5, 0)));
        // tan has a pole at pi/2 = 1.5708
        assertThrows(NumericException.class, () -> enclose("Tan(x)", Interval.of(1.5, 1.6)));
    }
}

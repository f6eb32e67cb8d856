package hdae.numeric.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.numeric.NumericException;
import hdae.symbolic.formula.FormulaParser;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Tanh-sinh quadrature against closed forms. Tolerance 1e-12 relative throughout: the rule stops when two
 * levels agree to {@link Quadrature#RELATIVE_ACCURACY} = 1e-12, and its convergence is exponential, so the
 * error of the last level is far below that.
 */
class QuadratureTest {
    private static final double TOLERANCE = 1e-12;

    private static void assertIntegral(double expected, DoubleUnaryOperator f, double lo, double hi, String what) {
        double v = Quadrature.integrate(f, lo, hi);
        double error = Math.abs(v - expected) / Math.abs(expected);
        assertTrue(error <= TOLERANCE, what + ": got " + v + ", expected " + expected + ", relative error " + error);
    }

    @Test
    void halfDiscAreaIsHalfPi() {
        // integrand with square-root singularities of its derivative at both ends
        assertIntegral(Math.PI / 2, t -> Math.sqrt(1 - t * t), -1, 1, "int sqrt(1-t^2), [-1,1]");
    }

    @Test
    void betaTypeIntegralIsFivePiOver128() {
        // B(3/2, 7/2) = Gamma(3/2) Gamma(7/2)/Gamma(5) = 5 pi/128 (the integral Symja 3.0.0 gets wrong)
        assertIntegral(5 * Math.PI / 128, t -> t * t * Math.pow(1 - t * t, 2.5), -1, 1, "int t^2 (1-t^2)^(5/2)");
    }

    @Test
    void gaussianIntegralOverTheRealsIsRootPi() {
        assertIntegral(Math.sqrt(Math.PI), x -> Math.exp(-x * x), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                "int exp(-x^2), R");
    }

    @Test
    void exponentialTailIsOne() {
        assertIntegral(1, x -> Math.exp(-x), 0, Double.POSITIVE_INFINITY, "int exp(-x), [0, inf)");
    }

    @Test
    void inverseSquareRootSingularityIsIntegrable() {
        assertIntegral(2, t -> 1 / Math.sqrt(t), 0, 1, "int t^(-1/2), [0,1]");
    }

    @Test
    void reversedEndsNegateAndEqualEndsGiveZero() {
        assertIntegral(-Math.PI / 2, t -> Math.sqrt(1 - t * t), 1, -1, "reversed");
        assertEquals(0.0, Quadrature.integrate(t -> 1 / t, 0, 0));
    }

    @Test
    void integrateFormulasEvaluateThroughTheSameRule() {
        double v = DoubleEvaluator.value(FormulaParser.parse("Integrate(t^2*(1 - t^2)^(5/2), t, -1, 1)"),
                Assignment.of(java.util.Map.of()));
        assertTrue(Math.abs(v - 5 * Math.PI / 128) <= TOLERANCE * 5 * Math.PI / 128, "got " + v);
        double g = DoubleEvaluator.value(FormulaParser.parse("Integrate(Exp(-x^2), x, -Infinity, Infinity)"),
                Assignment.of(java.util.Map.of()));
        assertTrue(Math.abs(g - Math.sqrt(Math.PI)) <= TOLERANCE * Math.sqrt(Math.PI), "got " + g);
    }

    @Test
    void nonIntegrableEndpointIsAnErrorNotANumber() {
        NumericException e = assertThrows(NumericException.class, () -> Quadrature.integrate(t -> 1 / (t * t), 0, 1));
        assertTrue(e.getMessage().contains("[0.0, 1.0]"), e.getMessage());
    }
}

package hdae.numeric.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.symbolic.formula.FormulaParser;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The operations that have no real value, and near misses that do. */
class DefinednessTest {
    private static Optional<String> at(String formula, double x) {
        return Definedness.undefinedAt(FormulaParser.parse(formula), Assignment.of(Map.of("x", x, "n", 3.0)));
    }

    @ParameterizedTest(name = "{0} at x = {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        "1/0; 1; division by zero",
        "1/(n - n); 1; division by zero",
        "1/(x - x); 2.5; division by zero",
        "Log(n - n); 1; the logarithm of a non-positive number",
        "Log(0 - x); 2; the logarithm of a non-positive number",
        "LogGamma(x); -0.5; the logarithm of a non-positive number",
        "Sqrt(0 - x); 2; the square root of a negative number",
        "(0 - x)^(1/2); 2; a negative number to the non-integer power",
        "(x - x)^(0 - 1); 2; 0 to the negative power",
        "Gamma(1 - n); 1; a pole of Gamma",
        "Factorial(0 - n); 1; a pole of Gamma",
        "2 + Exp(1/(x - 1)); 1; division by zero",
        "ArcCos(x); 1.5; an inverse sine or cosine of a number outside [-1, 1]",
        "ArcSin(x - 3); 1; an inverse sine or cosine of a number outside [-1, 1]",
    })
    void undefinedOperationsAreNamed(String formula, double x, String reason) {
        Optional<String> why = at(formula, x);
        assertTrue(why.isPresent(), formula + " is reported defined");
        assertTrue(why.get().startsWith(reason), why.get());
    }

    @ParameterizedTest(name = "{0} at x = {1} is defined")
    @CsvSource(delimiter = ';', value = {
        "1/Exp(0 - 1000); 1",
        "Gamma(1/2 - n); 1",
        "(0 - x)^3; 2",
        "x^0; 0",
        "Log(Exp(0 - 800)); 1",
        "Sqrt(x - x); 1",
        "Gamma(400)/Gamma(401); 1",
        "Binomial(n, 5); 1",
        "ArcCos(x); -1",
        "ArcSin(x/n); 3",
        "Tan(x); 1.5707963267948966",
    })
    void definedValuesAreNotReported(String formula, double x) {
        assertEquals(Optional.empty(), at(formula, x));
    }
}

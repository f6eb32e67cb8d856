package hdae.symbolic.formula;

import java.util.Arrays;
import java.util.Optional;

/**
 * The allow-list of functions a formula may call. A name outside this list is a syntax error, which
 * is what keeps the CAS sandboxed: no formula can name a function that touches files, the network
 * or processes.
 */
public enum Fn {
    SQRT("Sqrt", 1, "square root"),
    EXP("Exp", 1, "exponential"),
    LOG("Log", 1, "natural logarithm"),
    GAMMA("Gamma", 1, "Euler's Gamma function"),
    LOG_GAMMA("LogGamma", 1, "logarithm of Gamma on the positive reals"),
    ERF("Erf", 1, "error function"),
    ERFC("Erfc", 1, "complementary error function"),
    /** The standard normal distribution function \(\Phi(x) = (1 + \operatorname{erf}(x/\sqrt2))/2\). */
    PHI("Phi", 1, "standard normal distribution function"),
    ABS("Abs", 1, "absolute value"),
    SIGN("Sign", 1, "sign, in {-1, 0, 1}"),
    MIN("Min", 2, "minimum"),
    MAX("Max", 2, "maximum"),
    BINOMIAL("Binomial", 2, "binomial coefficient"),
    FACTORIAL("Factorial", 1, "factorial, Gamma(n+1)"),
    SIN("Sin", 1, "sine (radians)"),
    COS("Cos", 1, "cosine (radians)"),
    /** Undefined at the poles \(\pi/2 + k\pi\). */
    TAN("Tan", 1, "tangent (radians)"),
    /** Principal branch, defined on \([-1, 1]\) with values in \([-\pi/2, \pi/2]\) (DLMF 4.23.ii). */
    ARC_SIN("ArcSin", 1, "inverse sine, principal value"),
    /** Principal branch, defined on \([-1, 1]\) with values in \([0, \pi]\) (DLMF 4.23.ii). */
    ARC_COS("ArcCos", 1, "inverse cosine, principal value"),
    /** Principal branch, values in \((-\pi/2, \pi/2)\) (DLMF 4.23.ii). */
    ARC_TAN("ArcTan", 1, "inverse tangent, principal value");

    private final String inputName;
    private final int arity;
    private final String meaning;

    Fn(String inputName, int arity, String meaning) {
        this.inputName = inputName;
        this.arity = arity;
        this.meaning = meaning;
    }

    public String inputName() {
        return inputName;
    }

    public int arity() {
        return arity;
    }

    public String meaning() {
        return meaning;
    }

    public static Optional<Fn> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.inputName.equals(name)).findFirst();
    }
}

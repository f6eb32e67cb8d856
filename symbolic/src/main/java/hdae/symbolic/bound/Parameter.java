package hdae.symbolic.bound;

import hdae.symbolic.formula.Var;
import java.util.Objects;

/**
 * A named parameter of a bound or derivation, with its domain and meaning.
 *
 * @param name the variable name used in formulas
 * @param domain the values it may take
 * @param meaning one phrase, for reports
 */
public record Parameter(String name, Domain domain, String meaning) {
    public Parameter {
        new Var(name);
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(meaning, "meaning");
    }

    public static Parameter of(String name, Domain domain, String meaning) {
        return new Parameter(name, domain, meaning);
    }
}

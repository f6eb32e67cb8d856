package hdae.symbolic.render;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LaTeX spelling of variable names: Greek names become letters, {@code l1} and {@code l2} the norms
 * \(\|w\|_1, \|w\|_2\) of the weight vector, and otherwise a trailing number becomes a subscript.
 */
final class Symbols {
    private static final Map<String, String> GREEK = Map.ofEntries(
            Map.entry("alpha", "\\alpha"), Map.entry("beta", "\\beta"), Map.entry("gamma", "\\gamma"),
            Map.entry("delta", "\\delta"), Map.entry("eps", "\\varepsilon"), Map.entry("epsilon", "\\varepsilon"),
            Map.entry("eta", "\\eta"), Map.entry("theta", "\\theta"), Map.entry("kappa", "\\kappa"),
            Map.entry("lambda", "\\lambda"), Map.entry("mu", "\\mu"), Map.entry("nu", "\\nu"),
            Map.entry("xi", "\\xi"), Map.entry("rho", "\\rho"), Map.entry("sigma", "\\sigma"),
            Map.entry("tau", "\\tau"), Map.entry("phi", "\\varphi"), Map.entry("chi", "\\chi"),
            Map.entry("psi", "\\psi"), Map.entry("omega", "\\omega"),
            // the catalogue's names for the norms of a weight vector w (Audit bounds)
            Map.entry("l1", "\\|w\\|_1"), Map.entry("l2", "\\|w\\|_2"),
            // the largest covariance eigenvalue, a class-density bound and a Lipschitz constant (Resolution, Neighbours)
            Map.entry("lmax", "\\lambda_{\\max}"), Map.entry("uc", "U_c"), Map.entry("lip", "L"));
    private static final Pattern INDEXED = Pattern.compile("([a-zA-Z]+?)(\\d+)");

    private Symbols() {
    }

    static String of(String name) {
        String greek = GREEK.get(name);
        if (greek != null) {
            return greek;
        }
        Matcher m = INDEXED.matcher(name);
        if (m.matches()) {
            return of(m.group(1)) + "_{" + m.group(2) + "}";
        }
        return name.length() == 1 ? name : "\\mathit{" + name + "}";
    }
}

package hdae.symbolic.cas;

import hdae.symbolic.formula.Refused;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last gate before Symja: every input is scanned, and one that names a function outside the
 * allow-list (for example {@code Import}, {@code Run}, {@code URLFetch}) is refused with the reason.
 * Formulas cannot name such functions at all; this gate also covers hdae's own wrapper calls.
 */
final class Sandbox {
    /** Functions hdae itself sends: the formula vocabulary plus the CAS operations the facade uses. */
    static final Set<String> ALLOWED = Set.of(
            "Sqrt", "Exp", "Log", "Gamma", "LogGamma", "Erf", "Erfc", "Abs", "Sign", "Min", "Max", "Binomial",
            "Factorial", "Sin", "Cos", "Tan", "ArcSin", "ArcCos", "ArcTan", "Integrate", "Sum", "Limit", "Simplify", "FullSimplify", "Refine", "Assuming", "Element",
            "N", "Expand", "ExpandAll", "Together", "Factor", "Series", "Normal", "Coefficient", "FunctionExpand",
            "PowerExpand", "TrigToExp", "Re", "Im", "D");
    private static final Pattern CALL = Pattern.compile("([A-Za-z][A-Za-z0-9]*)\\s*[\\(\\[]");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private Sandbox() {
    }

    /** Throws {@link CasSandboxException} unless {@code input} only calls allowed functions. */
    static void check(String input) {
        Matcher words = WORD.matcher(input);
        while (words.find()) {
            String w = words.group();
            if (Refused.reason(w).isPresent()) {
                throw new CasSandboxException(w, Refused.reason(w).get());
            }
        }
        if (input.indexOf('"') >= 0) {
            throw new CasSandboxException("a string literal", "may name a file or code");
        }
        Matcher calls = CALL.matcher(input);
        while (calls.find()) {
            if (!ALLOWED.contains(calls.group(1))) {
                throw new CasSandboxException(calls.group(1), "is not on the allow-list of the CAS facade");
            }
        }
    }
}

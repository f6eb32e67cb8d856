package hdae.proofs.format;

import hdae.symbolic.formula.Fn;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.SymbolDeclaration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two lines of the format that refer to other things: {@code symbol Name(p, q) -- meaning} (a
 * declared symbol) and {@code from 5, 6} or {@code from 12 with s = Sqrt(2*Pi)*t} (premises). A problem
 * is thrown as {@link Problem}, which the parser turns into {@code file:line:column: ...}.
 */
final class ReferenceSyntax {
    private static final Pattern SYMBOL = Pattern.compile(
            "([A-Z][A-Za-z0-9]*)\\(\\s*([a-z][A-Za-z0-9]*(\\s*,\\s*[a-z][A-Za-z0-9]*)*)?\\s*\\)\\s+--\\s+(\\S.*)");
    private static final Pattern FROM_WITH = Pattern.compile("(\\d+)\\s+with\\s+(.+)");
    private static final Pattern ASSIGN = Pattern.compile("\\s*([a-z][A-Za-z0-9]*)\\s*=(?!=)(.+)");
    private static final Set<String> RESERVED = Set.of("Pi", "E", "Infinity", "Integrate", "Sum", "Limit");

    /** What is wrong with a line, as "expected ..., found ...". */
    static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message);
        }
    }

    private ReferenceSyntax() {
    }

    /** A {@code symbol} line; {@code taken} says whether a name is already defined. */
    static SymbolDeclaration symbol(String value, java.util.function.Predicate<String> taken) {
        Matcher m = SYMBOL.matcher(value);
        if (!m.matches()) {
            throw new Problem("expected 'symbol Name(parameters) -- meaning', found '" + value + "'");
        }
        String name = m.group(1);
        if (taken.test(name) || Fn.byName(name).isPresent() || RESERVED.contains(name)) {
            throw new Problem("expected a new symbol name, found '" + name + "', which is already defined");
        }
        List<String> ps = m.group(2) == null ? List.of() : List.of(m.group(2).split("\\s*,\\s*"));
        return new SymbolDeclaration(name, ps, m.group(4).strip());
    }

    /**
     * A {@code from} line of step {@code number}.
     *
     * @param steps the steps before it
     * @param shared the derivation's parameters (which {@code with} may also instantiate)
     * @param formula reads a formula in the step's scope
     */
    static List<Premise> premises(String value, int number, List<Step> steps, Set<String> shared,
            Function<String, Formula> formula) {
        Matcher w = FROM_WITH.matcher(value);
        if (w.matches()) {
            int n = premiseNumber(w.group(1), number, steps);
            Step earlier = steps.get(n - 1);
            Map<String, Formula> with = new LinkedHashMap<>();
            for (String part : topLevelCommas(w.group(2))) {
                Matcher a = ASSIGN.matcher(part);
                if (!a.matches()) {
                    throw new Problem("expected 'NAME = FORMULA' after 'with', found '" + part.strip() + "'");
                }
                String name = a.group(1);
                boolean known = earlier.parameters().stream().anyMatch(p -> p.name().equals(name)) || shared.contains(name);
                if (!known || with.containsKey(name)) {
                    throw new Problem("expected a parameter of step " + n + " after 'with', found '" + name + "'"
                            + (known ? " twice" : ""));
                }
                with.put(name, formula.apply(a.group(2)));
            }
            return List.of(new Premise(n, with));
        }
        List<Premise> out = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            out.add(new Premise(premiseNumber(part.strip(), number, steps), Map.of()));
        }
        return out;
    }

    private static int premiseNumber(String text, int number, List<Step> steps) {
        if (!text.matches("\\d{1,6}")) {
            throw new Problem("expected step numbers separated by commas (or 'N with NAME = FORMULA'), found '"
                    + text + "'");
        }
        int n = Integer.parseInt(text);
        if (!(n >= 1 && n < number)) {
            throw new Problem("expected an earlier step (1 to " + (number - 1) + ") after 'from', found " + n);
        }
        if (steps.get(n - 1).claim().isEmpty()) {
            throw new Problem("expected a step with a formal claim after 'from', found step " + n + ", a claim in words");
        }
        return n;
    }

    /** Splits at the commas outside parentheses. */
    private static List<String> topLevelCommas(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }
}

package hdae.symbolic.cas;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The integrals of one expression, evaluated before {@link Cas#simplify} rewrites it: innermost first, each once
 * (a facade remembers each integral's outcome for later calls), and every integral that Symja leaves unevaluated
 * held as an opaque symbol {@code hi$1, hi$2, ...}, which is put back into the answer. Equal integrals (the same
 * text) share one symbol, so that \(I - I\) still cancels. An integral whose integrand holds an unevaluated integral
 * is held without a try: Symja's rules have nothing to apply to an unknown function of the variable.
 *
 * <p>Why: Simplify evaluates every integral again for each rewriting it tries, seconds each time for one that Symja
 * cannot do, so that such a claim used to spend its whole time limit. Holding is sound: a difference that is 0 for
 * every value of a symbol is 0 for the integral's value.
 */
final class HeldIntegrals {
    static final String INTEGRATE = "Integrate(";
    private static final Pattern SYMBOL = Pattern.compile("hi\\$(\\d+)");

    /** One integral's evaluation: Symja's answer, or a timeout after {@code budget}, or a failure. */
    record Evaluated(String result, boolean timedOut, String failure, Duration budget) {
    }

    private final Map<String, Evaluated> remembered;
    private final BiFunction<String, Duration, SymjaEngine.Outcome> cas;
    private final CallBudget budget;
    private final Map<String, String> symbolOf = new LinkedHashMap<>();
    private final Map<String, String> integralOf = new LinkedHashMap<>();
    private Evaluated stopped;

    HeldIntegrals(Map<String, Evaluated> remembered, BiFunction<String, Duration, SymjaEngine.Outcome> cas, CallBudget budget) {
        this.remembered = remembered;
        this.cas = cas;
        this.budget = budget;
    }

    /**
     * {@code x} with every integral replaced by its value or its symbol, or empty when an integral did not evaluate
     * within the time left or the CAS failed on it ({@link #stopped()} says which).
     */
    Optional<String> evaluate(String x) {
        return eachIntegral(x, integral -> {
            Optional<String> body = evaluate(integral.substring(INTEGRATE.length(), integral.length() - 1));
            if (body.isEmpty()) {
                return body;
            }
            String inner = INTEGRATE + body.get() + ")";
            if (SYMBOL.matcher(body.get()).find()) {
                return Optional.of("(" + hold(inner) + ")");
            }
            Evaluated e = integral(inner);
            if (e.result() == null) {
                stopped = e;
                return Optional.empty();
            }
            if (!sendable(e.result())) {
                // a value outside hdae's vocabulary (a ConditionalExpression, a hypergeometric function): the
                // expression is simplified as written, Symja evaluating its integrals inside Simplify
                stopped = null;
                return Optional.empty();
            }
            return Optional.of("(" + eachIntegral(e.result(), i -> Optional.of(hold(i))).orElseThrow() + ")");
        });
    }

    /**
     * {@code text} with each outermost {@code Integrate(...)} replaced by what {@code replace} makes of it, or empty
     * as soon as it makes nothing; text after an unbalanced parenthesis (not Symja's output form) is kept as it is.
     */
    private static Optional<String> eachIntegral(String text, Function<String, Optional<String>> replace) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        int at;
        while ((at = text.indexOf(INTEGRATE, from)) >= 0) {
            int end = closing(text, at + INTEGRATE.length() - 1);
            if (end < 0) {
                break;
            }
            Optional<String> r = replace.apply(text.substring(at, end + 1));
            if (r.isEmpty()) {
                return r;
            }
            out.append(text, from, at).append(r.get());
            from = end + 1;
        }
        return Optional.of(out.append(text.substring(from)).toString());
    }

    private static boolean sendable(String symjaText) {
        try {
            Sandbox.check(symjaText);
            return true;
        } catch (CasSandboxException e) {
            return false;
        }
    }

    /**
     * Why {@link #evaluate} came back empty: a timeout (with the budget it had) or a failure; null when an
     * integral's value is outside hdae's vocabulary and the expression is to be simplified as written.
     */
    Evaluated stopped() {
        return stopped;
    }

    private Evaluated integral(String input) {
        Duration left = budget.left();
        Evaluated before = remembered.get(input);
        // a timeout is final for a call with no more time than the one that ran out of it (that one also ran on
        // for up to the engine's grace while it was stopped)
        if (before != null && (!before.timedOut() || before.budget().plus(SymjaEngine.GRACE).compareTo(left) >= 0)) {
            return before;
        }
        if (left.isZero()) {
            return new Evaluated(null, true, "no time left", Duration.ZERO);
        }
        SymjaEngine.Outcome o = cas.apply(input, left);
        Evaluated e = new Evaluated(o.result(), o.timedOut(), o.failure(), left);
        remembered.put(input, e);
        return e;
    }

    private String hold(String integral) {
        return symbolOf.computeIfAbsent(integral, k -> {
            String s = "hi$" + (symbolOf.size() + 1);
            integralOf.put(s, k);
            return s;
        });
    }

    /**
     * The result with the held integrals put back into its text; one that still contains them is a
     * result of Simplify but no formula hdae reads (and so never the literal 0).
     */
    CasResult release(CasResult r, SymjaNames names) {
        String text = r.text();
        if (!SYMBOL.matcher(text).find()) {
            return r;
        }
        // a held integral may hold others in its integrand: put back until none is left
        while (SYMBOL.matcher(text).find()) {
            Matcher m = SYMBOL.matcher(text);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(integralOf.getOrDefault(m.group(), "Undefined")));
            }
            m.appendTail(sb);
            text = sb.toString();
        }
        return new CasResult(r.status(), names.restore(text), Optional.empty(), r.reason(), r.elapsed());
    }

    /** Index of the parenthesis that closes the one at {@code open}, or -1 when none does. */
    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}

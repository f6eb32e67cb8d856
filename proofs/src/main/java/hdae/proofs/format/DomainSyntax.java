package hdae.proofs.format;

import hdae.numeric.eval.Assignment;
import hdae.numeric.eval.DoubleEvaluator;
import hdae.symbolic.SymbolicException;
import hdae.symbolic.bound.Domain;
import hdae.symbolic.formula.FormulaParser;
import hdae.symbolic.formula.FormulaSyntaxException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a parameter domain: {@code integer >= 1}, {@code integer in [2, 50]}, {@code real},
 * {@code real in (0, 1/2]}, {@code real > 0}, {@code real <= Pi}. Ends are constant formulas;
 * {@code Infinity} and {@code -Infinity} are allowed. An end that is not a multiple of 2^-20 (1/3, Pi) is rounded outward by
 * one ulp so that the stored domain covers the declared one.
 */
final class DomainSyntax {
    private static final Pattern RANGE = Pattern.compile("(integer|real)\\s+in\\s+([\\[(])(.+),(.+)([\\])])\\s*");
    private static final Pattern HALF = Pattern.compile("(integer|real)\\s*(>=|>|<=|<)(.+)");
    private static final Pattern ALL = Pattern.compile("(integer|real)\\s*");

    private DomainSyntax() {
    }

    /** @throws FormulaSyntaxException with a column relative to {@code text} */
    static Domain parse(String text) {
        Matcher m = RANGE.matcher(text);
        if (m.matches()) {
            boolean integer = m.group(1).equals("integer");
            double lo = end(m.group(3), m.start(3), true);
            double hi = end(m.group(4), m.start(4), false);
            try {
                return new Domain(integer, lo, m.group(2).equals("("), hi, m.group(5).equals(")"));
            } catch (SymbolicException e) {
                throw new FormulaSyntaxException(1, e.getMessage());
            }
        }
        m = HALF.matcher(text);
        if (m.matches()) {
            boolean integer = m.group(1).equals("integer");
            String op = m.group(2);
            boolean lower = op.startsWith(">");
            double v = end(m.group(3), m.start(3), lower);
            boolean open = op.length() == 1;
            return lower ? new Domain(integer, v, open, Double.POSITIVE_INFINITY, true)
                    : new Domain(integer, Double.NEGATIVE_INFINITY, true, v, open);
        }
        if (ALL.matcher(text).matches()) {
            boolean integer = text.trim().equals("integer");
            return new Domain(integer, Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true);
        }
        throw new FormulaSyntaxException(1, "expected a domain such as 'integer >= 1', 'real in (0, 1/2]' or 'real > 0',"
                + " found '" + text.trim() + "'");
    }

    private static double end(String formula, int offset, boolean lower) {
        double v;
        try {
            v = DoubleEvaluator.value(FormulaParser.parse(formula), Assignment.of(Map.of()));
        } catch (FormulaSyntaxException e) {
            throw new FormulaSyntaxException(offset + e.column(), e.problem());
        } catch (IllegalArgumentException e) {
            throw new FormulaSyntaxException(offset + 1, "expected a constant domain end, found '" + formula.trim() + "'");
        }
        if (Double.isNaN(v)) {
            throw new FormulaSyntaxException(offset + 1, "expected a real domain end, found '" + formula.trim() + "'");
        }
        if (Double.isInfinite(v) || v * 1048576 == Math.rint(v * 1048576)) {
            return v;
        }
        return lower ? Math.nextDown(v) : Math.nextUp(v);
    }
}

package hdae.symbolic.formula;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of formula trees over every node kind, and of strings that look like
 * formulas. Every choice is drawn from the {@link RandomnessSource}, so QuickTheories can shrink a
 * failing tree.
 */
final class RandomFormulas {
    /** Variable names, including ones that are also Symja built-ins or Greek letters in LaTeX. */
    private static final List<String> NAMES = List.of("n", "eps", "t", "x", "m", "k2", "alphaB", "e", "gamma");
    /** Pieces of formula text, including Unicode letters and digits that the syntax does not allow. */
    private static final List<String> TOKENS = List.of(" ", "x", "n", "eps", "2", "0.5", "1e3", "2.5e-2", "+", "-",
            "*", "/", "^", "!", "(", ")", ",", "->", "Sqrt(", "Gamma", "Min(", "Integrate(", "Sum(", "Limit(", "Pi",
            "E", "Infinity", "@cube-shell", "@", "Import(", "Foo(", ".", "e", "=", "<", ">", "\u00e9", "\u03a3",
            "\u0663", "\t", "x1", "Phi", "Binomial(");

    private RandomFormulas() {
    }

    /** Trees of depth at most {@code maxDepth} over all nine node kinds. */
    static Gen<Formula> trees(int maxDepth) {
        return in -> tree(in, maxDepth);
    }

    /** Sequences of up to {@code maxTokens} formula-like tokens, glued together. */
    static Gen<String> tokenSoup(int maxTokens) {
        return in -> {
            int count = pick(in, 0, maxTokens);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < count; i++) {
                sb.append(TOKENS.get(pick(in, 0, TOKENS.size() - 1)));
            }
            return sb.toString();
        };
    }

    /** The input form of a random tree with up to {@code edits} single-character deletions, insertions or swaps. */
    static Gen<String> mutatedInputForms(int maxDepth, int edits) {
        return in -> {
            StringBuilder sb = new StringBuilder(tree(in, maxDepth).toInputForm());
            int count = pick(in, 1, edits);
            for (int i = 0; i < count; i++) {
                int at = pick(in, 0, sb.length());
                int action = pick(in, 0, 2);
                if (action == 0 && at < sb.length()) {
                    sb.deleteCharAt(at);
                } else if (action == 1) {
                    String token = TOKENS.get(pick(in, 0, TOKENS.size() - 1));
                    sb.insert(at, token.charAt(pick(in, 0, token.length() - 1)));
                } else if (at + 1 < sb.length()) {
                    char c = sb.charAt(at);
                    sb.setCharAt(at, sb.charAt(at + 1));
                    sb.setCharAt(at + 1, c);
                }
            }
            return sb.toString();
        };
    }

    private static Formula tree(RandomnessSource in, int depth) {
        int kind = pick(in, 0, depth == 0 ? 2 : 10);
        switch (kind) {
            case 0:
                return number(in);
            case 1:
                return var(in);
            case 2:
                return new Const(Constant.values()[pick(in, 0, Constant.values().length - 1)]);
            case 3:
                return new Neg(tree(in, depth - 1));
            case 4:
            case 5:
            case 6:
                return new Binary(Op.values()[pick(in, 0, Op.values().length - 1)], tree(in, depth - 1),
                        tree(in, depth - 1));
            case 7:
                Fn fn = Fn.values()[pick(in, 0, Fn.values().length - 1)];
                List<Formula> args = new ArrayList<>();
                for (int i = 0; i < fn.arity(); i++) {
                    args.add(tree(in, depth - 1));
                }
                return new Call(fn, args);
            case 8:
                return new Integral(var(in), tree(in, depth - 1), tree(in, depth - 1), tree(in, depth - 1));
            case 9:
                return new Sum(var(in), tree(in, depth - 1), tree(in, depth - 1), tree(in, depth - 1));
            default:
                return new Limit(var(in), tree(in, depth - 1), tree(in, depth - 1));
        }
    }

    /** Non-negative decimals with scales from -3 (as the parser makes of {@code 1e3}) to 6. */
    private static Num number(RandomnessSource in) {
        BigInteger unscaled = BigInteger.valueOf(in.next(Constraint.between(0, 2_000_000)));
        return new Num(new BigDecimal(unscaled, pick(in, -3, 6)));
    }

    private static Var var(RandomnessSource in) {
        return new Var(NAMES.get(pick(in, 0, NAMES.size() - 1)));
    }

    private static int pick(RandomnessSource in, int lo, int hi) {
        return (int) in.next(Constraint.between(lo, hi));
    }
}

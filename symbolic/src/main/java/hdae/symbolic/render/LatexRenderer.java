package hdae.symbolic.render;

import hdae.symbolic.formula.Binary;
import hdae.symbolic.formula.Call;
import hdae.symbolic.formula.Const;
import hdae.symbolic.formula.Declared;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.FormulaVisitor;
import hdae.symbolic.formula.Integral;
import hdae.symbolic.formula.Limit;
import hdae.symbolic.formula.Neg;
import hdae.symbolic.formula.Num;
import hdae.symbolic.formula.Op;
import hdae.symbolic.formula.Precedence;
import hdae.symbolic.formula.Relation;
import hdae.symbolic.formula.Sum;
import hdae.symbolic.formula.Var;
import java.util.stream.Collectors;

/**
 * Renders formulas as LaTeX math (amsmath), one method per node kind. The output is the body of a
 * math environment, without delimiters. This class is the only place where hdae writes LaTeX of a
 * formula; no formula is ever typed in LaTeX by hand.
 */
public final class LatexRenderer implements FormulaVisitor<String> {
    private static final int SHORT_EXPONENT = 24;
    private final RenderSettings settings;

    public LatexRenderer(RenderSettings settings) {
        this.settings = settings;
    }

    public LatexRenderer() {
        this(RenderSettings.DEFAULT);
    }

    public String render(Formula f) {
        return f.accept(this);
    }

    public String render(Relation r) {
        String lhs = render(r.lhs());
        String rhs = render(r.rhs());
        return switch (r.rel()) {
            case EQ -> lhs + " = " + rhs;
            case LE -> lhs + " \\le " + rhs;
            case LT -> lhs + " < " + rhs;
            case GE -> lhs + " \\ge " + rhs;
            case GT -> lhs + " > " + rhs;
            case IS_BIG_O -> lhs + " = O\\left(" + rhs + "\\right) \\quad (" + Symbols.of(r.asymptoticVar().orElseThrow().name())
                    + " \\to \\infty)";
        };
    }

    @Override
    public String visitNum(Num num) {
        return num.value().toPlainString();
    }

    @Override
    public String visitVar(Var var) {
        return Symbols.of(var.name());
    }

    @Override
    public String visitConst(Const c) {
        return switch (c.constant()) {
            case PI -> "\\pi";
            case E -> "e";
            case INFINITY -> "\\infty";
        };
    }

    @Override
    public String visitNeg(Neg neg) {
        return "-" + wrapIf(neg.arg(), Precedence.of(neg.arg()) <= Precedence.SUM);
    }

    @Override
    public String visitBinary(Binary b) {
        if (b.op() == Op.DIV) {
            Binary ratio = gammaRatio(b.left());
            if (ratio != null) {
                // exp(ln Gamma(a) - ln Gamma(b))/r, written through log-Gamma to stay finite, is Gamma(a)/(r Gamma(b))
                return "\\frac{" + gamma(ratio.left()) + "}{" + wrapIf(b.right(), Precedence.of(b.right())
                        < Precedence.PRODUCT) + "\\, " + gamma(ratio.right()) + "}";
            }
            return "\\frac{" + b.left().accept(this) + "}{" + b.right().accept(this) + "}";
        }
        if (b.op() == Op.POW) {
            boolean plainBase = Precedence.of(b.left()) == Precedence.ATOM && !(b.left() instanceof Binary)
                    && !isFunctionCall(b.left());
            return wrapIf(b.left(), !plainBase) + "^{" + b.right().accept(this) + "}";
        }
        String l = wrapIf(b.left(), Precedence.leftNeedsParens(b.op(), b.left()));
        boolean rightParens = b.op() == Op.MUL ? Precedence.of(b.right()) < Precedence.PRODUCT || b.right() instanceof Neg
                : Precedence.rightNeedsParens(b.op(), b.right());
        String r = wrapIf(b.right(), rightParens);
        return switch (b.op()) {
            case ADD -> l + " + " + r;
            case SUB -> l + " - " + r;
            default -> l + product(r);
        };
    }

    private String product(String right) {
        boolean dot = settings.products() == RenderSettings.Products.CDOT
                || right.isEmpty() || Character.isDigit(right.charAt(0)) || right.startsWith("-");
        return dot ? " \\cdot " + right : " " + right;
    }

    /**
     * The difference {@code LogGamma(a) - LogGamma(b)} inside {@code Exp(...)}, or null: the exponential of such a
     * difference is the ratio \( \Gamma(a)/\Gamma(b) \) and is typeset as one.
     */
    private static Binary gammaRatio(Formula f) {
        if (f instanceof Call c && c.fn() == hdae.symbolic.formula.Fn.EXP && c.args().get(0) instanceof Binary d
                && d.op() == Op.SUB && isLogGamma(d.left()) && isLogGamma(d.right())) {
            return d;
        }
        return null;
    }

    /** \( \Gamma(a) \) for the call {@code LogGamma(a)}. */
    private String gamma(Formula logGamma) {
        return "\\Gamma\\left(" + ((Call) logGamma).args().get(0).accept(this) + "\\right)";
    }

    private static boolean isLogGamma(Formula f) {
        return f instanceof Call c && c.fn() == hdae.symbolic.formula.Fn.LOG_GAMMA;
    }

    private static boolean isFunctionCall(Formula f) {
        return f instanceof Call c && c.fn() != hdae.symbolic.formula.Fn.ABS;
    }

    @Override
    public String visitCall(Call call) {
        java.util.List<String> a = call.args().stream().map(x -> x.accept(this)).collect(Collectors.toList());
        String x = a.get(0);
        Binary ratio = gammaRatio(call);
        if (ratio != null) {
            return "\\frac{" + gamma(ratio.left()) + "}{" + gamma(ratio.right()) + "}";
        }
        return switch (call.fn()) {
            case SQRT -> "\\sqrt{" + x + "}";
            case EXP -> settings.exponentials() == RenderSettings.Exponentials.POWER_WHEN_SHORT
                    && x.length() <= SHORT_EXPONENT && !x.contains("\\frac{") ? "e^{" + x + "}"
                    : "\\exp\\left(" + x + "\\right)";
            case LOG -> applied("\\ln", x);
            case GAMMA -> applied("\\Gamma", x);
            case LOG_GAMMA -> applied("\\ln\\Gamma", x);
            case ERF -> applied("\\operatorname{erf}", x);
            case ERFC -> applied("\\operatorname{erfc}", x);
            case PHI -> applied("\\Phi", x);
            case ABS -> "\\left|" + x + "\\right|";
            case SIGN -> applied("\\operatorname{sign}", x);
            case MIN -> "\\min\\left(" + x + ", " + a.get(1) + "\\right)";
            case MAX -> "\\max\\left(" + x + ", " + a.get(1) + "\\right)";
            case BINOMIAL -> "\\binom{" + x + "}{" + a.get(1) + "}";
            case SIN -> applied("\\sin", x);
            case COS -> applied("\\cos", x);
            case TAN -> applied("\\tan", x);
            case ARC_SIN -> applied("\\arcsin", x);
            case ARC_COS -> applied("\\arccos", x);
            case ARC_TAN -> applied("\\arctan", x);
            case FACTORIAL -> wrapIf(call.args().get(0), !(call.args().get(0) instanceof Var
                    || call.args().get(0) instanceof Num)) + "!";
        };
    }

    /** {@code \ln\left(x\right)}: an operator applied to its argument in growing parentheses. */
    private static String applied(String operator, String x) {
        return operator + "\\left(" + x + "\\right)";
    }

    @Override
    public String visitIntegral(Integral i) {
        return "\\int_{" + i.lower().accept(this) + "}^{" + i.upper().accept(this) + "} "
                + wrapIf(i.body(), Precedence.of(i.body()) <= Precedence.SUM) + " \\,\\mathrm{d}" + Symbols.of(i.var().name());
    }

    @Override
    public String visitSum(Sum s) {
        return "\\sum_{" + Symbols.of(s.var().name()) + "=" + s.lower().accept(this) + "}^{" + s.upper().accept(this) + "} "
                + wrapIf(s.body(), Precedence.of(s.body()) <= Precedence.SUM);
    }

    @Override
    public String visitLimit(Limit l) {
        return "\\lim_{" + Symbols.of(l.var().name()) + " \\to " + l.point().accept(this) + "} "
                + wrapIf(l.body(), Precedence.of(l.body()) <= Precedence.SUM);
    }

    private String wrapIf(Formula f, boolean parens) {
        String s = f.accept(this);
        return parens ? "\\left(" + s + "\\right)" : s;
    }

    /** A declared symbol, upright: {@code \mathrm{MeanDist2}(q)}. */
    @Override
    public String visitDeclared(Declared d) {
        return "\\mathrm{" + d.name() + "}\\left(" + d.args().stream().map(a -> a.accept(this))
                .collect(Collectors.joining(", ")) + "\\right)";
    }
}

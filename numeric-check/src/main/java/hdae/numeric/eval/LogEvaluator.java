package hdae.numeric.eval;

import hdae.symbolic.formula.Binary;
import hdae.symbolic.formula.Call;
import hdae.symbolic.formula.Const;
import hdae.symbolic.formula.Fn;
import hdae.symbolic.formula.FormulaVisitor;
import hdae.symbolic.formula.Integral;
import hdae.symbolic.formula.Limit;
import hdae.symbolic.formula.Neg;
import hdae.symbolic.formula.Num;
import hdae.symbolic.formula.Sum;
import hdae.symbolic.formula.Var;
import java.math.BigDecimal;
import org.apache.commons.numbers.combinatorics.LogBinomialCoefficient;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * Evaluation with signs and logarithms ({@link LogValue}): products, quotients, powers, Gamma and
 * factorials never overflow; sums use log-sum-exp.
 */
final class LogEvaluator implements FormulaVisitor<LogValue> {
    private final Assignment at;
    private final PlainEvaluator plain;

    LogEvaluator(Assignment at) {
        this.at = at;
        this.plain = new PlainEvaluator(at);
    }

    @Override
    public LogValue visitNum(Num num) {
        BigDecimal v = num.value();
        double d = v.doubleValue();
        if (v.signum() == 0 || Double.isFinite(d) && d != 0) {
            return LogValue.of(d);
        }
        // a literal beyond the double range (10^5000 written out): ln|v| = ln m + e ln 10 with v = m 10^e, 1 <= |m| < 10
        int exponent = v.precision() - v.scale() - 1;
        double mantissa = v.movePointLeft(exponent).abs().doubleValue();
        return new LogValue(v.signum(), Math.log(mantissa) + exponent * Math.log(10));
    }

    @Override
    public LogValue visitVar(Var var) {
        return LogValue.of(at.get(var.name()));
    }

    @Override
    public LogValue visitConst(Const c) {
        return LogValue.of(c.accept(plain));
    }

    @Override
    public LogValue visitNeg(Neg neg) {
        return neg.arg().accept(this).negate();
    }

    @Override
    public LogValue visitBinary(Binary b) {
        LogValue l = b.left().accept(this);
        return switch (b.op()) {
            case ADD -> l.plus(b.right().accept(this));
            case SUB -> l.plus(b.right().accept(this).negate());
            case MUL -> l.times(b.right().accept(this));
            case DIV -> l.divide(b.right().accept(this));
            case POW -> power(l, b.right().accept(this).value());
        };
    }

    /** \(x^y = \pm e^{y \ln|x|}\); a negative base needs an integer exponent. */
    private static LogValue power(LogValue base, double y) {
        if (y == 0) {
            return LogValue.of(1);
        }
        if (base.sign() == 0) {
            return y > 0 ? LogValue.ZERO : new LogValue(1, Double.POSITIVE_INFINITY);
        }
        if (base.sign() < 0) {
            if (y != Math.rint(y)) {
                return new LogValue(1, Double.NaN);
            }
            boolean odd = Math.abs(y % 2) == 1;
            return new LogValue(odd ? -1 : 1, y * base.log());
        }
        return new LogValue(1, y * base.log());
    }

    @Override
    public LogValue visitCall(Call call) {
        Fn fn = call.fn();
        if (fn == Fn.EXP) {
            return new LogValue(1, call.args().get(0).accept(this).value());
        }
        if (fn == Fn.SQRT) {
            LogValue x = call.args().get(0).accept(this);
            return x.sign() < 0 ? new LogValue(1, Double.NaN) : new LogValue(x.sign(), x.log() / 2);
        }
        if (fn == Fn.ABS) {
            LogValue x = call.args().get(0).accept(this);
            return new LogValue(Math.abs(x.sign()), x.log());
        }
        if (fn == Fn.LOG) {
            LogValue x = call.args().get(0).accept(this);
            return x.sign() <= 0 ? new LogValue(1, Double.NaN) : LogValue.of(x.log());
        }
        if (fn == Fn.BINOMIAL) {
            // the arguments directly: a round trip through logarithms would make the integer 3 into 3.0000000000000004
            LogValue b = logBinomial(call.args().get(0).accept(plain), call.args().get(1).accept(plain));
            if (b != null) {
                return b;
            }
        }
        if (fn == Fn.GAMMA || fn == Fn.FACTORIAL) {
            double x = call.args().get(0).accept(this).value() + (fn == Fn.FACTORIAL ? 1 : 0);
            if (x > 0) {
                return new LogValue(1, LogGamma.value(x));
            }
        }
        double[] args = call.args().stream().mapToDouble(a -> a.accept(this).value()).toArray();
        if (fn == Fn.BINOMIAL && args[1] >= 0 && args[0] - args[1] >= 0) {
            // C(n, k) = Gamma(n+1)/(Gamma(k+1) Gamma(n-k+1)): C(1e6, 5e5) is far beyond the double range
            return new LogValue(1, LogGamma.value(args[0] + 1) - LogGamma.value(args[1] + 1)
                    - LogGamma.value(args[0] - args[1] + 1));
        }
        return LogValue.of(Functions.apply(fn, args));
    }

    /**
     * \(\ln\binom{n}{k}\) for integers \(0 \le k \le n < 2^{31}\) by Commons Numbers
     * {@link LogBinomialCoefficient} (through \(\ln B(k+1, n-k+1)\) for \(n \ge 1030\), which keeps the
     * relative accuracy that a difference of three \(\ln\Gamma\) values of size \(n \ln n\) loses);
     * \(\ln\Gamma(n+1) - \ln\Gamma(k+1) - \ln\Gamma(n-k+1)\) for other positive arguments; null
     * otherwise (the caller then uses the plain value).
     */
    private static LogValue logBinomial(double n, double k) {
        boolean integers = n == Math.rint(n) && k == Math.rint(k);
        if (integers && k >= 0 && k <= n && n <= Integer.MAX_VALUE) {
            return new LogValue(1, LogBinomialCoefficient.value((int) n, (int) k));
        }
        if (!integers && k > -1 && n - k > -1 && n < Double.POSITIVE_INFINITY) {
            return new LogValue(1, LogGamma.value(n + 1) - LogGamma.value(k + 1) - LogGamma.value(n - k + 1));
        }
        return null;
    }

    @Override
    public LogValue visitIntegral(Integral i) {
        return LogValue.of(i.accept(plain));
    }

    @Override
    public LogValue visitSum(Sum s) {
        return LogValue.of(s.accept(plain));
    }

    @Override
    public LogValue visitLimit(Limit l) {
        return LogValue.of(l.accept(plain));
    }
}

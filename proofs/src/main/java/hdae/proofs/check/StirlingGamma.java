package hdae.proofs.check;

import hdae.numeric.eval.DoubleEvaluator;
import hdae.symbolic.formula.Binary;
import hdae.symbolic.formula.Call;
import hdae.symbolic.formula.Const;
import hdae.symbolic.formula.Fn;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.Formulas;
import hdae.symbolic.formula.Neg;
import hdae.symbolic.formula.Num;
import hdae.symbolic.formula.Op;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Gamma at large arguments for the high-precision numerics, by Stirling's series with its remainder bounded. For
 * real \(x > 0\) (DLMF 5.11.1, 5.11(ii))
 * \[ \ln\Gamma(x) = (x - \tfrac12)\ln x - x + \tfrac12\ln(2\pi) + \sum_{k=1}^{K-1} \frac{B_{2k}}{2k(2k-1)x^{2k-1}}
 * + R_K(x), \]
 * and the remainder \(R_K(x)\) is bounded in magnitude by the first neglected term, \(t_K = |B_{2K}|/(2K(2K-1)x^{2K-1})\).
 * So \(\Gamma(x) = \sqrt{2\pi}\,x^{x-1/2}e^{-x}\exp(\sum_{k<K} \dots)\) up to the factor \(e^{R_K}\), whose distance
 * from 1 is at most \(2t_K\) for \(t_K \le 1\). K is the least with \(2t_K \le 10^{-(d+3)}\) at d digits, so the
 * truncation is below the precision asked for; where no K up to {@link #MAX_TERMS} reaches it, Gamma stays as it is.
 * The d-digit arithmetic of \(x^{x-1/2}\) and \(e^{-x}\) loses about \(\log_{10}(x \ln x)\) digits (as a power such
 * as \(\pi^{n/2}\) beside it does): the series is used only while \(x \ln x \le 10^9\), at most 9 of the 12 digits
 * that the checker's tolerance \(10^{-(d-12)}\) leaves; beyond, Gamma stays as it is (Symja's product, or its
 * overflow), and with it the behaviour before this rewriting.
 *
 * <p>Why: Symja evaluates Gamma at an integer-valued arbitrary-precision argument as a product of about x factors
 * (Gamma(50000001), in the sample of a limit at n = 10^8, took 7 s of the CAS's CPU time), where the series takes
 * milliseconds. Only arguments of at least {@link #MIN_ARGUMENT} are rewritten: below that the product is fast.
 */
final class StirlingGamma {
    /** Smallest argument rewritten (Symja's product at 5 10^4 takes about 60 ms, at 5 10^6 about a second). */
    static final double MIN_ARGUMENT = 1e5;
    /** Largest x ln x rewritten: the d-digit powers lose about log10 of it in digits (see above). */
    static final double MAX_LOG_SIZE = 1e9;
    /** Most terms of the series used (the Bernoulli numbers up to B_80 are computed once). */
    static final int MAX_TERMS = 40;
    /** B_0, B_2, ..., B_{2 MAX_TERMS}: B_m = -1/(m+1) sum_{j<m} C(m+1, j) B_j, with B_1 = -1/2 (odd ones beyond are 0). */
    private static final List<BigFraction> EVEN_BERNOULLI = bernoulliUpTo(MAX_TERMS);

    private StirlingGamma() {
    }

    /**
     * {@code f} with every Gamma whose argument is at least {@link #MIN_ARGUMENT} at {@code point} (in double
     * precision, with a margin) replaced by Stirling's series, exact to {@code digits} digits; other parts unchanged.
     */
    static Formula atPoint(Formula f, Map<String, BigDecimal> point, int digits) {
        if (!Formulas.contains(f, Call.class)) {
            return f;
        }
        return Formulas.replace(f, g -> g instanceof Call c && c.fn() == Fn.GAMMA
                ? series(c.args().get(0), lowerBound(c.args().get(0), point), digits) : Optional.empty());
    }

    /** A lower bound of the argument's value at the point, or NaN when double precision cannot tell. */
    private static double lowerBound(Formula arg, Map<String, BigDecimal> point) {
        try {
            double x = DoubleEvaluator.value(arg, DomainSampler.assignment(point));
            // the double value may be off by a few units in the last place: a relative margin of 1e-9 covers it
            return Double.isFinite(x) ? x * (1 - 1e-9) : Double.NaN;
        } catch (IllegalArgumentException | ArithmeticException e) {
            return Double.NaN;
        }
    }

    /**
     * The series for Gamma(arg) given arg >= x (x a lower bound, within a relative 1e-9 of arg), or empty when x is
     * outside [MIN_ARGUMENT, x ln x <= MAX_LOG_SIZE] or no term count up to MAX_TERMS suffices.
     */
    static Optional<Formula> series(Formula arg, double x, int digits) {
        if (!(x >= MIN_ARGUMENT) || x * Math.log(x) > MAX_LOG_SIZE) {
            return Optional.empty();
        }
        double log10x = Math.log10(x);
        for (int k = 1; k <= MAX_TERMS; k++) {
            // log10 of 2 t_k = 2 |B_2k|/(2k(2k-1) x^(2k-1))
            double log10Bound = Math.log10(2) + log10(EVEN_BERNOULLI.get(k).abs().divide((long) (2 * k) * (2 * k - 1)))
                    - (2 * k - 1) * log10x;
            if (log10Bound <= -(digits + 3)) {
                return Optional.of(stirling(arg, k));
            }
        }
        return Optional.empty();
    }

    /** sqrt(2 pi) arg^(arg - 1/2) exp(-arg + sum_{k < terms} B_2k/(2k(2k-1) arg^(2k-1))). */
    private static Formula stirling(Formula arg, int terms) {
        Formula half = new Binary(Op.DIV, integer(1), integer(2));
        Formula exponent = new Neg(arg);
        for (int k = 1; k < terms; k++) {
            BigFraction c = EVEN_BERNOULLI.get(k).divide((long) (2 * k) * (2 * k - 1));
            Formula coefficient = new Binary(Op.DIV, integer(c.getNumerator().abs()), integer(c.getDenominator()));
            Formula term = Formulas.divide(coefficient, new Binary(Op.POW, arg, integer(BigInteger.valueOf(2L * k - 1))));
            exponent = new Binary(c.signum() < 0 ? Op.SUB : Op.ADD, exponent, term);
        }
        Formula root = Call.of(Fn.SQRT, Formulas.times(integer(2), Const.PI));
        Formula power = new Binary(Op.POW, arg, Formulas.minus(arg, half));
        return Formulas.times(Formulas.times(root, power), Call.of(Fn.EXP, exponent));
    }

    /** The Bernoulli number B_2k, k in [0, MAX_TERMS]. */
    static BigFraction evenBernoulli(int k) {
        return EVEN_BERNOULLI.get(k);
    }

    private static Formula integer(long v) {
        return integer(BigInteger.valueOf(v));
    }

    private static Formula integer(BigInteger v) {
        return new Num(new BigDecimal(v));
    }

    private static double log10(BigFraction f) {
        return Math.log10(new BigDecimal(f.getNumerator())
                .divide(new BigDecimal(f.getDenominator()), java.math.MathContext.DECIMAL64).doubleValue());
    }

    private static List<BigFraction> bernoulliUpTo(int terms) {
        int m = 2 * terms;
        List<BigFraction> b = new ArrayList<>();
        b.add(BigFraction.ONE);
        for (int n = 1; n <= m; n++) {
            BigFraction s = BigFraction.ZERO;
            BigInteger binomial = BigInteger.ONE; // C(n + 1, j), from j = 0
            for (int j = 0; j < n; j++) {
                s = s.add(b.get(j).multiply(binomial));
                binomial = binomial.multiply(BigInteger.valueOf(n + 1 - j)).divide(BigInteger.valueOf(j + 1));
            }
            b.add(s.divide(n + 1).negate());
        }
        List<BigFraction> even = new ArrayList<>();
        for (int k = 0; k <= terms; k++) {
            even.add(b.get(2 * k));
        }
        return List.copyOf(even);
    }
}

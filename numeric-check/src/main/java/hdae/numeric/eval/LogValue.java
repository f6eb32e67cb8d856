package hdae.numeric.eval;

/**
 * A real number as a sign and the logarithm of its magnitude, \(x = s\,e^{\ell}\), so that values such
 * as \(\pi^{500}\) or \(\Gamma(501)\) stay representable while they are multiplied and divided.
 *
 * @param sign -1, 0 or 1
 * @param log \(\ln|x|\) ({@code -Infinity} for zero)
 */
record LogValue(int sign, double log) {
    static final LogValue ZERO = new LogValue(0, Double.NEGATIVE_INFINITY);

    static LogValue of(double x) {
        if (x == 0) {
            return ZERO;
        }
        return new LogValue(x > 0 ? 1 : -1, Math.log(Math.abs(x)));
    }

    double value() {
        return sign == 0 ? 0.0 : sign * Math.exp(log);
    }

    LogValue times(LogValue o) {
        return sign == 0 || o.sign == 0 ? ZERO : new LogValue(sign * o.sign, log + o.log);
    }

    LogValue divide(LogValue o) {
        if (o.sign == 0) {
            return new LogValue(1, Double.NaN);
        }
        return sign == 0 ? ZERO : new LogValue(sign * o.sign, log - o.log);
    }

    LogValue negate() {
        return new LogValue(-sign, log);
    }

    /** Sum by the log-sum-exp identity \(\ln(e^a \pm e^b) = a + \ln(1 \pm e^{b-a})\) with \(a \ge b\). */
    LogValue plus(LogValue o) {
        if (sign == 0) {
            return o;
        }
        if (o.sign == 0) {
            return this;
        }
        LogValue big = log >= o.log ? this : o;
        LogValue small = big == this ? o : this;
        double r = Math.exp(small.log - big.log);
        if (big.sign == small.sign) {
            return new LogValue(big.sign, big.log + Math.log1p(r));
        }
        if (r == 1.0) {
            return ZERO;
        }
        return new LogValue(big.sign, big.log + Math.log1p(-r));
    }
}

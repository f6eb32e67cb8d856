package hdae.validate.certify;

/**
 * Outward rounding for the bound propagation, by a priori error bounds of IEEE 754 double arithmetic with
 * round-to-nearest (Higham, <i>Accuracy and Stability of Numerical Algorithms</i>, 2nd ed., Sec. 2.2 and 3.1):
 * with the unit roundoff \(u = 2^{-53}\), a computed sum of \(k\) products satisfies
 * \[ \Big|\mathrm{fl}\Big(\sum_{i=1}^k x_i y_i\Big) - \sum_{i=1}^k x_i y_i\Big| \le \gamma_k \sum_{i=1}^k |x_i y_i|,
 * \qquad \gamma_k = \frac{k u}{1 - k u}, \]
 * up to underflow, which adds at most \(k \cdot 2^{-1075}\) in absolute value. Here \(\gamma_k\) is replaced by
 * \(\Gamma_k = (k + 2) \cdot 2^{-52} \ge 2\gamma_{k+1}\) (for \(k u \le 1/4\)), so that the computed sum of absolute
 * values (itself within \(\gamma_k\) of the true one) may stand in for the true one, and every result moves by one
 * more ulp outwards ({@link Math#nextDown}, {@link Math#nextUp}). A nonnegative slack accumulated in plain double
 * arithmetic is within a relative \(\gamma_k \ll 10^{-9}\) of its true value; it is multiplied by
 * \(1 + 10^{-9}\) before it is subtracted.
 */
final class Rounding {

    /** Absolute allowance for underflow: far above \(k \cdot 2^{-1075}\) for any \(k < 2^{70}\). */
    static final double TINY = 0x1p-1000;
    /** Relative allowance for a nonnegative slack summed in double precision. */
    static final double SLACK_FACTOR = 1 + 1e-9;
    /** The unit roundoff \(2^{-53}\). */
    static final double UNIT = 0x1p-53;

    private Rounding() {
    }

    /**
     * \(\Gamma_k\), the relative error allowance of a sum of \(k\) products.
     *
     * @param terms k
     * @return \((k + 2) 2^{-52}\)
     */
    static double gamma(long terms) {
        return (terms + 2) * 0x1p-52;
    }

    /**
     * A lower bound of the exact sum of \(k\) products whose computed sum is {@code sum} and computed sum of
     * absolute values {@code abs}.
     *
     * @param sum   \(\mathrm{fl}(\sum x_i y_i)\)
     * @param abs   \(\mathrm{fl}(\sum |x_i y_i|)\)
     * @param terms k
     * @return \(\mathrm{sum} - \Gamma_k\,\mathrm{abs} - 2^{-1000}\), rounded down
     */
    static double down(double sum, double abs, long terms) {
        return Math.nextDown(sum - (gamma(terms) * abs + TINY));
    }

    /**
     * An upper bound of the exact sum, as {@link #down}.
     *
     * @param sum   \(\mathrm{fl}(\sum x_i y_i)\)
     * @param abs   \(\mathrm{fl}(\sum |x_i y_i|)\)
     * @param terms k
     * @return \(\mathrm{sum} + \Gamma_k\,\mathrm{abs} + 2^{-1000}\), rounded up
     */
    static double up(double sum, double abs, long terms) {
        return Math.nextUp(sum + (gamma(terms) * abs + TINY));
    }

    /**
     * An upper bound of \(|x - \mathrm{fl}(x)|\) for a result {@code computed} of one rounded operation.
     *
     * @param computed \(\mathrm{fl}(x)\)
     * @return \(2u|\mathrm{fl}(x)| + 2^{-1000}\)
     */
    static double oneOp(double computed) {
        return 2 * UNIT * Math.abs(computed) + TINY;
    }
}

package hdae.validate.certify;

/**
 * The backward linear relaxation of CROWN (Zhang et al. 2018), for a batch of linear functions \(c_r^\top z_k\)
 * of one layer's pre-activation, with the rounding of every step charged to an explicit slack.
 *
 * <p>Invariant, for every row \(r\) and every \(x\) of the region: \(c_r^\top z_k(x) \ge A_r^\top v(x) + d_r
 * - e_r\), where \(v\) is the current variable (a pre-activation \(z_l\), a layer input \(h_l\) or \(x\)),
 * \(A_r\) the stored coefficients, \(d_r\) the constant (summed in double precision, its error bounded by
 * {@link Rounding#down} from the sum of absolute terms) and \(e_r \ge 0\) the accumulated slack. The stored
 * \(A_r\) need not be the exact product: whatever they are, the invariant holds once the difference is bounded.
 *
 * <p>Linear step \(z_l = W_l^\top h + b_l\): \(A^\top z_l = (W_l A)^\top h + A^\top b_l\); the computed
 * \(\tilde A'_i = \mathrm{fl}(\sum_j W_{ij} A_j)\) differs from the exact one by at most
 * \(\Gamma_{m}\,\max_j|A_j| \sum_j |W_{ij}|\), and \(|h_i| \le H_i\), so
 * \(e \mathrel{+}= \Gamma_m \max_j|A_j| \sum_i H_i \sum_j |W_{ij}|\).
 *
 * <p>ReLU step \(h = \mathrm{relu}(z)\), \(\ell \le z \le u\): inactive (\(u \le 0\)) coefficient 0; active
 * (\(\ell \ge 0\)) unchanged; unstable with \(a \ge 0\): \(a h \ge a \alpha z\) for any \(\alpha \in [0,1]\) (CROWN's
 * adaptive choice \(\alpha = [u \ge -\ell]\), or alpha-CROWN's optimised one), slack \(|a\alpha - \mathrm{fl}(a
 * \alpha)| \max(-\ell, u)\); unstable with \(a < 0\): \(a h \ge a s (z - \ell)\), slack \(|as - \mathrm{fl}(as)|
 * (u - \ell)\).
 *
 * <p>End: at the input, \(\min_{x} A^\top x\) over the region ({@link InputRegion#minimum}); or, for interval
 * bound propagation, at a hidden input \(h \in [\mathrm{relu}(\ell), \mathrm{relu}(u)]\), \(\sum_i \min(A_i
 * h^-_i, A_i h^+_i)\).
 *
 * @see <a href="https://arxiv.org/abs/1811.00866">Zhang, Weng, Chen, Hsieh, Daniel 2018, arXiv 1811.00866</a>
 */
final class BackwardPass {

    private final ReluNetwork net;
    private final LayerBounds bounds;
    /** \(A\), [row][coordinate] of the current variable. */
    private double[][] coef;
    private final double[] constant;
    private final double[] constantAbs;
    private long constantTerms;
    private final double[] slack;

    /**
     * Starts with coefficients on the logits or a hidden pre-activation.
     *
     * @param net    the network
     * @param bounds bounds of the hidden layers below the start
     * @param rows   \(c_r\), [row][neuron]
     */
    BackwardPass(ReluNetwork net, LayerBounds bounds, double[][] rows) {
        this.net = net;
        this.bounds = bounds;
        this.coef = rows;
        this.constant = new double[rows.length];
        this.constantAbs = new double[rows.length];
        this.slack = new double[rows.length];
    }

    /**
     * From coefficients on \(z_l\) to coefficients on the layer's input.
     *
     * @param layer     l
     * @param magnitude \(H_i \ge |h_i|\) of the layer's input over the region
     */
    void linear(int layer, double[] magnitude) {
        double[][] t = net.transposed(layer);
        double[] b = net.bias(layer);
        double[] rowAbs = net.rowAbs(layer);
        int in = rowAbs.length;
        double reach = 0;
        double reachAbs = 0;
        for (int i = 0; i < in; i++) {
            reach += rowAbs[i] * magnitude[i];
            reachAbs += magnitude[i];
        }
        int out = b.length;
        double gamma = Rounding.gamma(out);
        double[][] next = new double[coef.length][in];
        int[] support = new int[out];
        for (int r = 0; r < coef.length; r++) {
            double[] a = coef[r];
            double max = 0;
            double sum = 0;
            double abs = 0;
            int count = 0;
            for (int j = 0; j < out; j++) {
                double aj = a[j];
                if (aj == 0) {
                    continue;
                }
                max = Math.max(max, Math.abs(aj));
                double c = aj * b[j];
                sum += c;
                abs += Math.abs(c);
                support[count++] = j;
            }
            if (max == 0) {
                continue;
            }
            accumulate(next[r], a, t, support, count);
            constant[r] += sum;
            constantAbs[r] += abs;
            slack[r] += gamma * max * reach + Rounding.TINY * (reachAbs + 1);
        }
        constantTerms += out + 1;
        coef = next;
    }

    /**
     * \(n \mathrel{+}= \sum_{j} a_j W_{\cdot j}\) over the support of a, in the support's order: for each i the
     * same additions in the same order as one column at a time, so the same result, but four columns per sweep
     * of n (a quarter of the loads and stores of n).
     */
    private static void accumulate(double[] n, double[] a, double[][] t, int[] support, int count) {
        int k = 0;
        for (; k + 3 < count; k += 4) {
            double a0 = a[support[k]];
            double a1 = a[support[k + 1]];
            double a2 = a[support[k + 2]];
            double a3 = a[support[k + 3]];
            double[] c0 = t[support[k]];
            double[] c1 = t[support[k + 1]];
            double[] c2 = t[support[k + 2]];
            double[] c3 = t[support[k + 3]];
            for (int i = 0; i < n.length; i++) {
                n[i] = n[i] + a0 * c0[i] + a1 * c1[i] + a2 * c2[i] + a3 * c3[i];
            }
        }
        for (; k < count; k++) {
            double aj = a[support[k]];
            double[] column = t[support[k]];
            for (int i = 0; i < n.length; i++) {
                n[i] += aj * column[i];
            }
        }
    }

    /**
     * From coefficients on \(h_l = \mathrm{relu}(z_l)\) to coefficients on \(z_l\).
     *
     * @param layer l, a hidden layer
     * @param alpha lower slopes [row][neuron] in [0, 1], or null for CROWN's adaptive choice
     */
    void relu(int layer, double[][] alpha) {
        double[] lo = bounds.lower[layer];
        double[] hi = bounds.upper[layer];
        double[] s = bounds.upperSlope[layer];
        for (int r = 0; r < coef.length; r++) {
            double[] a = coef[r];
            double sum = 0;
            double abs = 0;
            double e = 0;
            for (int i = 0; i < a.length; i++) {
                if (hi[i] <= 0) {
                    a[i] = 0;
                } else if (lo[i] < 0) {
                    if (a[i] >= 0) {
                        double slope = alpha == null ? (hi[i] >= -lo[i] ? 1 : 0) : alpha[r][i];
                        double g = a[i] * slope;
                        e += Rounding.oneOp(g) * Math.max(-lo[i], hi[i]);
                        a[i] = g;
                    } else {
                        double g = a[i] * s[i];
                        double c = -(g * lo[i]);
                        sum += c;
                        abs += Math.abs(c);
                        e += Rounding.oneOp(g) * (hi[i] - lo[i]) * (1 + 4 * Rounding.UNIT);
                        a[i] = g;
                    }
                }
            }
            constant[r] += sum;
            constantAbs[r] += abs;
            slack[r] += e;
        }
        constantTerms += coef[0].length + 1;
    }

    /**
     * Adds the split constraints of a subdomain with multipliers \(\beta \ge 0\) (beta-CROWN, Wang et al. 2021,
     * arXiv 2103.06624): on the subdomain \(s_i z_i \ge 0\), so \(A^\top z \ge A^\top z - \sum_i \beta_i s_i
     * z_i\) and a lower bound of the right side is one of the left. The stored coefficient is \(A'_i =
     * \mathrm{fl}(A_i - \beta_i s_i)\); rounding to nearest is monotone, so the exact difference \(t_i = A_i -
     * A'_i\) has the sign of \(s_i\) (or is 0) and \(t_i z_i \ge 0\) on the subdomain: no slack is needed.
     *
     * @param sign \(s\) of the layer, in {-1, 0, +1}
     * @param beta \(\beta\) [row][neuron], each at least 0
     */
    void split(int[] sign, double[][] beta) {
        for (int r = 0; r < coef.length; r++) {
            double[] a = coef[r];
            double[] b = beta[r];
            for (int i = 0; i < a.length; i++) {
                if (sign[i] != 0 && b[i] > 0) {
                    a[i] -= b[i] * sign[i];
                }
            }
        }
    }

    /** @return the current coefficients, [row][coordinate] (not a copy) */
    double[][] coefficients() {
        return coef;
    }

    /**
     * Ends at the input.
     *
     * @param region the region
     * @param lo     its lower corner
     * @param hi     its upper corner
     * @param screen whether a bound already positive by the cheaper box and ball bounds may be kept
     * @return rigorous lower bounds of \(c_r^\top z_k\), one per row
     */
    double[] finishAtInput(InputRegion region, double[] lo, double[] hi, boolean screen) {
        double[] out = new double[coef.length];
        for (int r = 0; r < out.length; r++) {
            // screening: a cheap bound that already makes the row positive is kept (it is as sound)
            double enough = screen ? 2 * slack[r] - constant[r] + Math.abs(constant[r]) * 1e-9
                    : Double.POSITIVE_INFINITY;
            out[r] = close(r, region.minimum(coef[r], lo, hi, enough));
        }
        return out;
    }

    /**
     * Ends at a hidden layer's output \(h_l \in [\mathrm{relu}(\ell_l), \mathrm{relu}(u_l)]\) (interval bound
     * propagation).
     *
     * @param layer l
     * @return rigorous lower bounds, one per row
     */
    double[] finishAtHidden(int layer) {
        double[] lo = bounds.lower[layer];
        double[] hi = bounds.upper[layer];
        double[] out = new double[coef.length];
        for (int r = 0; r < out.length; r++) {
            double[] a = coef[r];
            double sum = 0;
            double abs = 0;
            for (int i = 0; i < a.length; i++) {
                double t = a[i] > 0 ? a[i] * Math.max(0, lo[i]) : a[i] * Math.max(0, hi[i]);
                sum += t;
                abs += Math.abs(t);
            }
            out[r] = close(r, Rounding.down(sum, abs, a.length));
        }
        return out;
    }

    private double close(int r, double linearMinimum) {
        double d = Rounding.down(constant[r], constantAbs[r], constantTerms);
        double e = Math.nextUp(slack[r] * Rounding.SLACK_FACTOR);
        return Math.nextDown(Math.nextDown(linearMinimum + d) - e);
    }
}

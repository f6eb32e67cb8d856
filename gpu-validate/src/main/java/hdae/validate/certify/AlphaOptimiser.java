package hdae.validate.certify;

/**
 * The lower slopes of alpha-CROWN (Xu et al. 2021): for each margin row \(r\), hidden layer \(l\) and unstable
 * neuron \(i\), a slope \(\alpha_{r,l,i} \in [0,1]\) of the lower line \(\mathrm{relu}(z) \ge \alpha z\), chosen by
 * projected gradient ascent (Adam, step 0.1, projection onto \([0,1]\)) on the CROWN bound \(B_r(\alpha)\) from
 * CROWN's adaptive slopes. Every choice of slopes gives a sound bound, so the optimisation runs in plain double
 * arithmetic; the bound of the slopes returned is then computed with outward rounding by {@link BackwardPass}.
 *
 * <p>Gradient: the backward pass is \(q^{l} = W_{l+1} p^{l+1}\) (coefficients on \(h_l\)), \(p^l_i = \sigma_i
 * q^l_i\) with \(\sigma_i\) the slope of the chosen line, and \(B = \sum_l (p^{l})^\top b_l + \sum_{i: q_i < 0}
 * -q_i s_i \ell_i + \min_x (W_0 p^0)^\top x\). By the envelope theorem \(\partial B/\partial (W_0 p^0) = x^\ast\),
 * the minimiser, and going forward, \(\gamma^0 = W_0^\top x^\ast + b_0\), \(\partial B/\partial q^l_i = \sigma_i
 * \gamma^l_i - [q^l_i < 0]\, s_i \ell_i\), \(\gamma^{l+1} = W_{l+1}^\top \partial B/\partial q^l + b_{l+1}\), and
 * \(\partial B/\partial \alpha_{l,i} = \gamma^l_i q^l_i\) where \(q^l_i \ge 0\) (the sign pattern held fixed).
 *
 * <p>Over a subdomain of branch and bound the multipliers \(\beta \ge 0\) of its split constraints
 * (beta-CROWN, {@link BackwardPass#split}) are optimised with the slopes: \(p^l \leftarrow p^l - \beta^l \odot
 * s^l\), so \(\partial B/\partial \beta^l_i = -s_i \gamma^l_i\), where \(\gamma^l = \partial B/\partial p^l\) is
 * the forward value above; Adam ascent from \(\beta = 0\) (where the bound is alpha-CROWN's), projected onto
 * \(\beta \ge 0\).
 *
 * @see <a href="https://arxiv.org/abs/2011.13824">Xu et al. 2021, arXiv 2011.13824</a>
 * @see <a href="https://arxiv.org/abs/2103.06624">Wang et al. 2021 (beta-CROWN), arXiv 2103.06624</a>
 */
final class AlphaOptimiser {

    /**
     * What the optimisation returns.
     *
     * @param alpha      the best slopes, [hidden layer][row][neuron]
     * @param beta       the best multipliers, [hidden layer][row][neuron] (zero without splits)
     * @param hidden     the coefficients \(q^l\) on \(h_l\) at the best slopes, [hidden layer][row][neuron]
     * @param minimisers the minimiser of each row's linear bound over the region at the best slopes, [row][n]
     */
    record Result(double[][][] alpha, double[][][] beta, double[][][] hidden, double[][] minimisers) {
    }

    private static final double STEP = 0.1;
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double ADAM_EPS = 1e-8;

    private AlphaOptimiser() {
    }

    /**
     * Optimised slopes for every row.
     *
     * @param net        the network, with at least one hidden layer
     * @param bounds     its intermediate bounds
     * @param rows       coefficients on the logits, [row][class]
     * @param region     the region
     * @param lo         its lower corner
     * @param hi         its upper corner
     * @param iterations Adam steps
     * @return slopes [hidden layer][row][neuron]
     */
    static double[][][] optimise(ReluNetwork net, LayerBounds bounds, double[][] rows, InputRegion region,
            double[] lo, double[] hi, int iterations) {
        return optimise(net, bounds, rows, region, lo, hi, iterations, null).alpha();
    }

    /**
     * Optimised slopes, and multipliers of the splits, for every row.
     *
     * @param net        the network, with at least one hidden layer
     * @param bounds     its intermediate bounds (clamped by the splits)
     * @param rows       coefficients on the logits, [row][class]
     * @param region     the region
     * @param lo         its lower corner
     * @param hi         its upper corner
     * @param iterations Adam steps
     * @param splits     the subdomain's splits, or null for the whole region
     * @return the best slopes and multipliers, with the backward coefficients and minimisers at them
     */
    static Result optimise(ReluNetwork net, LayerBounds bounds, double[][] rows, InputRegion region,
            double[] lo, double[] hi, int iterations, Splits splits) {
        return optimise(net, bounds, rows, net.layers() - 1, region, lo, hi, iterations, splits, null);
    }

    /**
     * {@link #optimise(ReluNetwork, LayerBounds, double[][], InputRegion, double[], double[], int, Splits)} from
     * given slopes and multipliers (a warm start, as beta-CROWN starts a child from its parent's): row r starts from
     * {@code warm[r]} = {alpha, beta}, each [hidden layer][neuron], where it is not null, else from CROWN's slopes
     * and \(\beta = 0\). Any start is as sound as any other: only the bound of the slopes returned counts.
     *
     * @param net        the network, with at least one hidden layer
     * @param bounds     its intermediate bounds (clamped by the splits)
     * @param rows       coefficients on the logits, [row][class]
     * @param region     the region
     * @param lo         its lower corner
     * @param hi         its upper corner
     * @param iterations Adam steps
     * @param splits     the subdomain's splits, or null for the whole region
     * @param warm       per row, {alpha, beta} to start from, or null (entirely or per row)
     * @return the best slopes and multipliers, with the backward coefficients and minimisers at them
     */
    static Result optimise(ReluNetwork net, LayerBounds bounds, double[][] rows, InputRegion region,
            double[] lo, double[] hi, int iterations, Splits splits, double[][][][] warm) {
        return optimise(net, bounds, rows, net.layers() - 1, region, lo, hi, iterations, splits, warm);
    }

    /**
     * Optimised slopes, and multipliers of the splits, for rows of coefficients on the pre-activation \(z_k\) of
     * any layer \(k \ge 1\) (the logits, or a hidden layer for its intermediate bounds: one slope per pair of a
     * bounded neuron and a relu below it, as in auto_LiRPA's alpha-CROWN); entries of layers \(\ge k\) in the
     * result are unused.
     *
     * @param net        the network
     * @param bounds     the intermediate bounds of the layers below k (clamped by the splits)
     * @param rows       coefficients on \(z_k\), [row][neuron]
     * @param top        k, at least 1
     * @param region     the region
     * @param lo         its lower corner
     * @param hi         its upper corner
     * @param iterations Adam steps
     * @param splits     the subdomain's splits, or null for the whole region
     * @param warm       per row, {alpha, beta} to start from, or null (entirely or per row)
     * @return the best slopes and multipliers, with the backward coefficients and minimisers at them
     */
    static Result optimise(ReluNetwork net, LayerBounds bounds, double[][] rows, int top, InputRegion region,
            double[] lo, double[] hi, int iterations, Splits splits, double[][][][] warm) {
        int hidden = net.layers() - 1;
        Result out = new Result(new double[hidden][rows.length][], new double[hidden][rows.length][],
                new double[hidden][rows.length][], new double[rows.length][]);
        for (int r = 0; r < rows.length; r++) {
            double[][] alpha = new double[hidden][];
            double[][] beta = new double[hidden][];
            double[][][] start = warm == null ? null : warm[r];
            for (int l = 0; l < top; l++) {
                if (start != null) {
                    alpha[l] = start[0][l].clone();
                    beta[l] = start[1][l].clone();
                    continue;
                }
                double[] a = new double[net.width(l)];
                for (int i = 0; i < a.length; i++) {
                    a[i] = bounds.upper[l][i] >= -bounds.lower[l][i] ? 1 : 0;
                }
                alpha[l] = a;
                beta[l] = new double[a.length];
            }
            optimiseRow(net, bounds, rows[r], r, top, alpha, beta, splits, out, region, lo, hi, iterations);
        }
        return out;
    }

    private static void optimiseRow(ReluNetwork net, LayerBounds bounds, double[] row, int r, int top,
            double[][] alpha, double[][] beta, Splits splits, Result best, InputRegion region, double[] lo, double[] hi,
            int iterations) {
        int hidden = top;
        double[][] m = new double[hidden][];
        double[][] v = new double[hidden][];
        double[][] mb = new double[hidden][];
        double[][] vb = new double[hidden][];
        for (int l = 0; l < hidden; l++) {
            m[l] = new double[net.width(l)];
            v[l] = new double[net.width(l)];
            mb[l] = new double[net.width(l)];
            vb[l] = new double[net.width(l)];
        }
        double bestBound = Double.NEGATIVE_INFINITY;
        double[][] q = new double[hidden][];
        for (int it = 0; it <= iterations; it++) {
            // the backward pass at the current slopes and multipliers
            double[] p = row;
            double constant = 0;
            for (int l = hidden; l >= 1; l--) {
                constant += dot(p, net.bias(l));
                q[l - 1] = times(net.transposed(l), p);
                p = relax(q[l - 1], alpha[l - 1], bounds, l - 1);
                if (splits != null) {
                    int[] s = splits.layer(l - 1);
                    for (int i = 0; i < p.length; i++) {
                        p[i] -= beta[l - 1][i] * s[i];
                    }
                }
                constant += upperConstant(q[l - 1], bounds, l - 1);
            }
            constant += dot(p, net.bias(0));
            double[] a = times(net.transposed(0), p);
            double[] minimiser = region.minimiser(a, lo, hi);
            double bound = constant + region.minimum(a, lo, hi);
            if (bound > bestBound) {
                bestBound = bound;
                for (int l = 0; l < hidden; l++) {
                    best.alpha()[l][r] = alpha[l].clone();
                    best.beta()[l][r] = beta[l].clone();
                    best.hidden()[l][r] = q[l].clone();
                }
                best.minimisers()[r] = minimiser;
            }
            if (it == iterations) {
                break;
            }
            // forward through the relaxed network at the minimiser
            double[] gamma = net.affine(0, minimiser);
            for (int l = 0; l < hidden; l++) {
                if (splits != null) {
                    int[] s = splits.layer(l);
                    double[] grad = new double[gamma.length];
                    for (int i = 0; i < grad.length; i++) {
                        grad[i] = -s[i] * gamma[i];
                    }
                    adam(beta[l], grad, mb[l], vb[l], it + 1, Double.POSITIVE_INFINITY);
                }
                double[] lower = bounds.lower[l];
                double[] upper = bounds.upper[l];
                double[] s = bounds.upperSlope[l];
                double[] dq = new double[gamma.length];
                double[] grad = new double[gamma.length];
                for (int i = 0; i < gamma.length; i++) {
                    if (upper[i] <= 0) {
                        continue;
                    }
                    if (lower[i] >= 0) {
                        dq[i] = gamma[i];
                    } else if (q[l][i] >= 0) {
                        dq[i] = alpha[l][i] * gamma[i];
                        grad[i] = gamma[i] * q[l][i];
                    } else {
                        dq[i] = s[i] * (gamma[i] - lower[i]);
                    }
                }
                adam(alpha[l], grad, m[l], v[l], it + 1, 1);
                gamma = net.affine(l + 1, dq);
            }
        }
    }

    /** Coefficients on \(z_l\) from coefficients q on \(h_l\) (the same lines as {@link BackwardPass#relu}). */
    private static double[] relax(double[] q, double[] alpha, LayerBounds bounds, int layer) {
        double[] lo = bounds.lower[layer];
        double[] hi = bounds.upper[layer];
        double[] s = bounds.upperSlope[layer];
        double[] p = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            if (hi[i] <= 0) {
                p[i] = 0;
            } else if (lo[i] >= 0) {
                p[i] = q[i];
            } else {
                p[i] = q[i] >= 0 ? q[i] * alpha[i] : q[i] * s[i];
            }
        }
        return p;
    }

    private static double upperConstant(double[] q, LayerBounds bounds, int layer) {
        double[] lo = bounds.lower[layer];
        double[] hi = bounds.upper[layer];
        double[] s = bounds.upperSlope[layer];
        double c = 0;
        for (int i = 0; i < q.length; i++) {
            if (lo[i] < 0 && hi[i] > 0 && q[i] < 0) {
                c -= q[i] * s[i] * lo[i];
            }
        }
        return c;
    }

    /** One Adam ascent step on x, projected onto [0, ceiling]. */
    private static void adam(double[] alpha, double[] grad, double[] m, double[] v, int t, double ceiling) {
        double c1 = 1 - Math.pow(BETA1, t);
        double c2 = 1 - Math.pow(BETA2, t);
        for (int i = 0; i < alpha.length; i++) {
            if (grad[i] == 0 && m[i] == 0) {
                continue;
            }
            m[i] = BETA1 * m[i] + (1 - BETA1) * grad[i];
            v[i] = BETA2 * v[i] + (1 - BETA2) * grad[i] * grad[i];
            double step = STEP * (m[i] / c1) / (Math.sqrt(v[i] / c2) + ADAM_EPS);
            alpha[i] = Math.min(ceiling, Math.max(0, alpha[i] + step));
        }
    }

    /** \(W p\) for W of shape (in, out), given \(W^\top\): \(\sum_j p_j W_{\cdot j}\). */
    private static double[] times(double[][] transposed, double[] p) {
        double[] out = new double[transposed[0].length];
        for (int j = 0; j < p.length; j++) {
            double pj = p[j];
            if (pj != 0) {
                double[] column = transposed[j];
                for (int i = 0; i < out.length; i++) {
                    out[i] += pj * column[i];
                }
            }
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}

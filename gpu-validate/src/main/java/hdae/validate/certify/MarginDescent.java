package hdae.validate.certify;

import hdae.validate.norm.Norm;

/**
 * A local search for counterexamples inside a region: projected gradient descent on the margin \(m(x) = z_y(x) -
 * z_j(x)\) of the network itself (not its relaxation), from a start point such as the minimiser of a subdomain's
 * linear lower bound. Steps \(x \leftarrow \Pi(x - \eta_k g/\|g\|_2)\) for L2 and \(\Pi(x - \eta_k
 * \mathrm{sign}(g))\) for L-infinity, \(g = \nabla m(x)\) by back-propagation through the active ReLUs, \(\eta_k
 * = \varepsilon (1 - k/T)/2\), \(\Pi\) = {@link Counterexample#project}. Plain double arithmetic: it only proposes
 * points; {@link Counterexample#verify} decides.
 */
final class MarginDescent {

    private MarginDescent() {
    }

    /**
     * The point of lowest margin met.
     *
     * @param net    the network
     * @param region the region
     * @param start  a point of the region
     * @param label  y
     * @param other  j
     * @param steps  T
     * @return the best point, in the region up to rounding
     */
    static double[] descend(ReluNetwork net, InputRegion region, double[] start, int label, int other, int steps) {
        double[] x = start;
        double[] best = start;
        double bestMargin = Double.POSITIVE_INFINITY;
        for (int k = 0; k <= steps; k++) {
            int layers = net.layers();
            double[][] z = new double[layers][];
            double[] h = x;
            for (int l = 0; l < layers; l++) {
                z[l] = net.affine(l, h);
                if (l < layers - 1) {
                    h = new double[z[l].length];
                    for (int i = 0; i < h.length; i++) {
                        h[i] = Math.max(0, z[l][i]);
                    }
                }
            }
            double margin = z[layers - 1][label] - z[layers - 1][other];
            if (margin < bestMargin) {
                bestMargin = margin;
                best = x;
            }
            if (k == steps || margin < 0) {
                break;
            }
            double[] g = new double[net.classes()];
            g[label] = 1;
            g[other] = -1;
            for (int l = layers - 1; l >= 0; l--) {
                double[][] w = net.weights(l);
                double[] back = new double[w.length];
                for (int i = 0; i < w.length; i++) {
                    double s = 0;
                    for (int j = 0; j < g.length; j++) {
                        s += w[i][j] * g[j];
                    }
                    back[i] = l > 0 && z[l - 1][i] <= 0 ? 0 : s;
                }
                g = back;
            }
            double eta = region.eps() * (1 - (double) k / steps) / 2;
            double norm = 0;
            for (double v : g) {
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            if (!(norm > 0)) {
                break;
            }
            double[] next = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                next[i] = x[i] - eta * (region.norm() == Norm.LINF ? Math.signum(g[i]) : g[i] / norm);
            }
            x = Counterexample.project(region, next);
        }
        return best;
    }
}

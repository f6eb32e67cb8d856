package hdae.validate.certify;

/**
 * Rigorous bounds \(\ell_{l,i} \le z_{l,i}(x) \le u_{l,i}\) of every hidden pre-activation over an input region,
 * for the hidden layers \(l = 0, \dots, L-2\), and what the linear relaxation of \(\mathrm{relu}\) needs from them:
 * for an unstable neuron (\(\ell < 0 < u\)) the upper line \(\mathrm{relu}(z) \le s (z - \ell)\) with
 * \(s \ge u/(u - \ell)\) rounded up (a steeper line through \((\ell, 0)\) still lies above relu on
 * \([\ell, u]\)).
 */
final class LayerBounds {

    /** \(\ell_l\), [layer][neuron]. */
    final double[][] lower;
    /** \(u_l\), [layer][neuron]. */
    final double[][] upper;
    /** \(s_l\) for unstable neurons, 0 elsewhere. */
    final double[][] upperSlope;

    LayerBounds(int hiddenLayers) {
        lower = new double[hiddenLayers][];
        upper = new double[hiddenLayers][];
        upperSlope = new double[hiddenLayers][];
    }

    /**
     * Sets one layer's bounds and derives the slopes.
     *
     * @param layer l
     * @param lo    \(\ell_l\)
     * @param hi    \(u_l\)
     */
    void set(int layer, double[] lo, double[] hi) {
        lower[layer] = lo;
        upper[layer] = hi;
        double[] s = new double[lo.length];
        for (int i = 0; i < s.length; i++) {
            if (lo[i] < 0 && hi[i] > 0) {
                s[i] = Math.nextUp(hi[i] / Math.nextDown(hi[i] - lo[i]));
            }
        }
        upperSlope[layer] = s;
    }

    /** @return the number of layers set */
    int layers() {
        return lower.length;
    }

    /**
     * The number of unstable neurons of a layer.
     *
     * @param layer l
     * @return how many have \(\ell < 0 < u\)
     */
    int unstable(int layer) {
        int count = 0;
        for (int i = 0; i < lower[layer].length; i++) {
            if (lower[layer][i] < 0 && upper[layer][i] > 0) {
                count++;
            }
        }
        return count;
    }
}

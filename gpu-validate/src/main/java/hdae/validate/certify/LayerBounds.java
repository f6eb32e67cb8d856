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

    /**
     * The bounds of a child subdomain: these bounds (valid on the parent, so on the child) with one neuron clamped
     * by its new split (valid where the split's inequality holds); the other layers' arrays are shared, not copied.
     *
     * @param layer  l
     * @param neuron i
     * @param sign   +1 (active: \(\ell_i \leftarrow \max(\ell_i, 0)\)) or -1 (inactive: \(u_i \leftarrow
     *               \min(u_i, 0)\))
     * @return the child's bounds, or null when the neuron's bounds become empty
     */
    LayerBounds split(int layer, int neuron, int sign) {
        LayerBounds child = new LayerBounds(lower.length);
        System.arraycopy(lower, 0, child.lower, 0, lower.length);
        System.arraycopy(upper, 0, child.upper, 0, upper.length);
        System.arraycopy(upperSlope, 0, child.upperSlope, 0, upperSlope.length);
        double[] lo = lower[layer].clone();
        double[] hi = upper[layer].clone();
        if (sign > 0) {
            lo[neuron] = Math.max(lo[neuron], 0);
        } else {
            hi[neuron] = Math.min(hi[neuron], 0);
        }
        if (lo[neuron] > hi[neuron]) {
            return null;
        }
        double[] s = upperSlope[layer].clone();
        s[neuron] = 0;
        child.lower[layer] = lo;
        child.upper[layer] = hi;
        child.upperSlope[layer] = s;
        return child;
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

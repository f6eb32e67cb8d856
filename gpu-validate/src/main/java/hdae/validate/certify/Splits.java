package hdae.validate.certify;

/**
 * The ReLU splits that define a subdomain of branch and bound: for each hidden neuron \((l, i)\) a sign
 * \(s_{l,i} \in \{-1, 0, +1\}\), where \(+1\) restricts the region to \(z_{l,i}(x) \ge 0\) (the neuron active,
 * \(\mathrm{relu}(z) = z\)), \(-1\) to \(z_{l,i}(x) \le 0\) (inactive, \(\mathrm{relu}(z) = 0\)) and 0 leaves it
 * free. The subdomain is \(\{x \in \mathcal{X} : s_{l,i} z_{l,i}(x) \ge 0\ \forall (l, i)\}\); the two children of a
 * split of one free neuron cover their parent (every \(z\) is \(\ge 0\) or \(\le 0\)). Immutable.
 */
final class Splits {

    /** \(s_l\), [hidden layer][neuron]. */
    private final int[][] sign;
    private Splits(int[][] sign) {
        this.sign = sign;
    }

    /**
     * No split: the whole region.
     *
     * @param net the network
     * @return the root's splits
     */
    static Splits none(ReluNetwork net) {
        int[][] s = new int[net.layers() - 1][];
        for (int l = 0; l < s.length; l++) {
            s[l] = new int[net.width(l)];
        }
        return new Splits(s);
    }

    /**
     * A child: one more neuron fixed.
     *
     * @param layer  l
     * @param neuron i, free here
     * @param value  +1 (active) or -1 (inactive)
     * @return the copy
     */
    Splits with(int layer, int neuron, int value) {
        int[][] s = sign.clone();
        s[layer] = s[layer].clone();
        s[layer][neuron] = value;
        return new Splits(s);
    }

    /**
     * The signs of one layer.
     *
     * @param layer l
     * @return \(s_l\) (not a copy; not to be changed)
     */
    int[] layer(int layer) {
        return sign[layer];
    }
}

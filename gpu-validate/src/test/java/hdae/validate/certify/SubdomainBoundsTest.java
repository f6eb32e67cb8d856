package hdae.validate.certify;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import hdae.validate.attack.Box;
import hdae.validate.model.Classifier;
import hdae.validate.model.ModelSpec;
import hdae.validate.norm.Norm;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;

/**
 * The intermediate bounds of a branch and bound subdomain ({@link LayerBounds#split} then
 * {@link BoundPropagation#refine}) as claims, on random MLPs with three hidden layers (8-16-16-16-3,
 * {@link Classifier#initialised}, seeded), L2 and L-infinity balls in the unit cube with radii that leave many
 * neurons unstable:
 * <ul>
 * <li>they hold on the subdomain: every one of 3000 random points of the ball ({@link BallPoints}) that satisfies
 * the splits has each hidden pre-activation within them;</li>
 * <li>they are never looser than the bounds the child inherited (an intersection);</li>
 * <li>a subdomain that contains a point is never declared empty: the splits are the activation signs at a random
 * point of the ball, so that point satisfies them;</li>
 * <li>on these instances the refinement tightens some bound strictly (it is not a no-op).</li>
 * </ul>
 * The sampled pre-activations are computed in double precision: with at most 17 terms of size at most a few units
 * per neuron and four layers, their error is below \(10^{-13}\) (Higham, \(\gamma_{17} \approx 2 \cdot 10^{-15}\)
 * per layer, amplified by the weights' row sums); the comparisons allow \(10^{-12}\). The bounds themselves are
 * rigorous (outward rounded).
 */
class SubdomainBoundsTest {

    private static final int POINTS = 3000;
    private static final int SPLITS = 4;
    private static final double ROUNDING = 1e-12;

    @ParameterizedTest
    @ValueSource(longs = {61, 62, 63, 64})
    void refinedBoundsHoldOnThePointsOfTheSubdomain(long seed) {
        int n = 8;
        ReluNetwork net = ReluNetwork.of(Classifier.initialised(ModelSpec.mlp(n, List.of(16, 16, 16), 3), seed));
        BoundPropagation bp = BoundPropagation.of(net);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        int tightened = 0;
        for (Norm norm : new Norm[] {Norm.L2, Norm.LINF}) {
            double[] x = TeacherNetworks.uniform(rng, n);
            InputRegion region = new InputRegion(x, norm == Norm.L2 ? 0.5 : 0.2, norm, Box.UNIT);
            double[] lo = region.lowerCorner();
            double[] hi = region.upperCorner();
            LayerBounds layers = bp.layerBounds(region, lo, hi, true);
            Splits splits = Splits.none(net);
            double[][] anchor = preActivations(net, BallPoints.random(x, region.eps(), norm, false, rng, gauss));
            for (int k = 0; k < SPLITS; k++) {
                int[] neuron = unstable(layers, splits, rng);
                if (neuron == null) {
                    break;
                }
                int l = neuron[0];
                int i = neuron[1];
                int sign = anchor[l][i] >= 0 ? 1 : -1;
                LayerBounds inherited = layers.split(l, i, sign);
                String what = String.format(Locale.ROOT, "seed %d %s split %d at (%d, %d)", seed, norm, k, l, i);
                assertNotNull(inherited, what + ": a subdomain holding a point declared empty by the clamp");
                layers = bp.refine(inherited, l, region, lo, hi);
                assertNotNull(layers, what + ": a subdomain holding a point declared empty by the refinement");
                splits = splits.with(l, i, sign);
                tightened += assertWithin(layers, inherited, what);
            }
            int inside = 0;
            for (int k = 0; k <= POINTS; k++) {
                double[][] z = k == POINTS ? anchor
                        : preActivations(net, BallPoints.random(x, region.eps(), norm, k % 3 == 0, rng, gauss));
                if (!satisfies(z, splits)) {
                    continue;
                }
                inside++;
                for (int l = 0; l < z.length; l++) {
                    for (int i = 0; i < z[l].length; i++) {
                        double allow = ROUNDING * (1 + Math.abs(z[l][i]));
                        if (!(z[l][i] >= layers.lower[l][i] - allow && z[l][i] <= layers.upper[l][i] + allow)) {
                            fail(String.format(Locale.ROOT, "seed %d %s point %d: z[%d][%d] = %.10g outside [%.10g,"
                                    + " %.10g]", seed, norm, k, l, i, z[l][i], layers.lower[l][i],
                                    layers.upper[l][i]));
                        }
                    }
                }
            }
            assertTrue(inside >= 1, "the anchor point satisfies its own splits");
        }
        assertTrue(tightened > 0, "seed " + seed + ": the refinement tightened no bound");
    }

    /** Asserts refined within inherited; returns how many bounds it made strictly tighter. */
    private static int assertWithin(LayerBounds refined, LayerBounds inherited, String what) {
        int strict = 0;
        for (int l = 0; l < refined.layers(); l++) {
            for (int i = 0; i < refined.lower[l].length; i++) {
                assertTrue(refined.lower[l][i] >= inherited.lower[l][i], () -> what + ": a lower bound loosened");
                assertTrue(refined.upper[l][i] <= inherited.upper[l][i], () -> what + ": an upper bound loosened");
                strict += (refined.lower[l][i] > inherited.lower[l][i] ? 1 : 0)
                        + (refined.upper[l][i] < inherited.upper[l][i] ? 1 : 0);
            }
        }
        return strict;
    }

    /** A random free unstable neuron below the last hidden layer (so that a split there is refined), or null. */
    private static int[] unstable(LayerBounds layers, Splits splits, UniformRandomProvider rng) {
        int count = 0;
        int[] chosen = null;
        for (int l = 0; l < layers.layers() - 1; l++) {
            for (int i = 0; i < layers.lower[l].length; i++) {
                if (splits.layer(l)[i] == 0 && layers.lower[l][i] < 0 && layers.upper[l][i] > 0
                        && rng.nextInt(++count) == 0) {
                    chosen = new int[] {l, i};
                }
            }
        }
        return chosen;
    }

    private static double[][] preActivations(ReluNetwork net, double[] x) {
        double[][] z = new double[net.layers() - 1][];
        double[] h = x;
        for (int l = 0; l < z.length; l++) {
            z[l] = net.affine(l, h);
            h = new double[z[l].length];
            for (int i = 0; i < h.length; i++) {
                h[i] = Math.max(0, z[l][i]);
            }
        }
        return z;
    }

    private static boolean satisfies(double[][] z, Splits splits) {
        for (int l = 0; l < z.length; l++) {
            int[] s = splits.layer(l);
            for (int i = 0; i < s.length; i++) {
                if (s[i] * z[l][i] < 0) {
                    return false;
                }
            }
        }
        return true;
    }
}

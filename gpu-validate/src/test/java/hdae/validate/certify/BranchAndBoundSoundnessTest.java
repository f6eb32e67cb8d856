package hdae.validate.certify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Optional;

/**
 * Soundness of branch and bound as seeded properties, on teacher-like networks (n = 8, width 16, two classes;
 * {@link TeacherNetworks}) and on random two-hidden-layer MLPs (8-16-16-3), for L2 and L-infinity in the unit
 * cube:
 * <ul>
 * <li>a radius proved ROBUST (the bracket's lower end, and {@link BranchAndBound#verify} at it) admits no point of
 * the ball, in the cube, of another class: 300 random points (uniform in the ball, a third on its sphere, each
 * clipped to the cube, which keeps it in the ball since the centre is in the cube) and, for L-infinity, 100 random
 * corners of the ball intersected with the cube (the vertices, where a linear piece takes its extremes);</li>
 * <li>every counterexample is in its ball (rigorous distance at most eps), in the cube, and classified otherwise
 * in plain double arithmetic too;</li>
 * <li>a ROBUST and a NOT_ROBUST answer never meet: B&amp;B at the upper end's distance is not ROBUST.</li>
 * </ul>
 * A single violation is a failure: each answer claims a proof.
 */
class BranchAndBoundSoundnessTest {

    private static final int SAMPLES = 4;
    private static final int POINTS = 300;
    private static final int CORNERS = 100;

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33})
    void provedBallsKeepTheClassAndCounterexamplesChangeIt(long seed) {
        int n = 8;
        ReluNetwork net = TeacherNetworks.teacher(n, 16, seed);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed + 1000);
        for (Norm norm : new Norm[] {Norm.L2, Norm.LINF}) {
            for (int s = 0; s < SAMPLES; s++) {
                double[] x = TeacherNetworks.uniform(rng, n);
                assertSound(net, x, norm, rng, String.format(Locale.ROOT, "seed %d %s sample %d", seed, norm, s));
            }
        }
    }

    /**
     * The same properties on random two-hidden-layer MLPs (8-16-16-3, {@link Classifier#initialised}), where
     * a split in the first hidden layer makes {@link BoundPropagation#refine} recompute the second layer's bounds
     * over the subdomain.
     */
    @ParameterizedTest
    @ValueSource(longs = {51, 52})
    void provedBallsKeepTheClassOnTwoHiddenLayers(long seed) {
        int n = 8;
        ReluNetwork net = ReluNetwork.of(Classifier.initialised(ModelSpec.mlp(n, List.of(16, 16), 3), seed));
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed + 1000);
        for (Norm norm : new Norm[] {Norm.L2, Norm.LINF}) {
            for (int s = 0; s < SAMPLES; s++) {
                double[] x = TeacherNetworks.uniform(rng, n);
                assertSound(net, x, norm, rng, String.format(Locale.ROOT, "deep seed %d %s sample %d", seed, norm,
                        s));
            }
        }
    }

    private static void assertSound(ReluNetwork net, double[] x, Norm norm, UniformRandomProvider rng,
            String sample) {
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        int n = x.length;
        BranchAndBound bab = BranchAndBound.of(net);
        int y = TeacherNetworks.argmax(net.logits(x));
        DistanceBracket b = ExactRadius.of(net, norm, Box.UNIT).withTolerance(0.02).bracket(x, y, null);
        String what = String.format(Locale.ROOT, "%s: bracket [%.6g, %.6g]", sample, b.lower(), b.upper());
        InputRegion ball = new InputRegion(x, b.lower(), norm, Box.UNIT);
        assertEquals(Robustness.ROBUST, bab.verify(ball, y).status(), what + ": lower end re-verified");
        for (int k = 0; k < POINTS; k++) {
            double[] p = BallPoints.random(x, b.lower(), norm, k % 3 == 0, rng, gauss);
            assertEquals(y, TeacherNetworks.argmax(net.logits(p)), what + ": a point changes the class");
        }
        if (norm == Norm.LINF) {
            for (int k = 0; k < CORNERS; k++) {
                double[] p = new double[n];
                for (int i = 0; i < n; i++) {
                    p[i] = Math.min(1, Math.max(0, x[i] + (rng.nextBoolean() ? 1 : -1) * b.lower()));
                }
                assertEquals(y, TeacherNetworks.argmax(net.logits(p)), what + ": a corner changes the class");
            }
        }
        Optional<Counterexample> c = b.counterexample();
        if (c.isPresent()) {
            double[] p = c.get().point();
            assertTrue(Counterexample.distanceUp(x, p, norm) <= b.upper(), what + ": counterexample too far");
            for (double v : p) {
                assertTrue(v >= 0 && v <= 1, what + ": counterexample outside the cube");
            }
            assertNotEquals(y, TeacherNetworks.argmax(net.logits(p)), what + ": counterexample keeps y");
            assertNotEquals(Robustness.ROBUST, bab.verify(ball.withEps(b.upper()), y).status(),
                    what + ": ROBUST at a verified counterexample's distance");
        }
    }
}

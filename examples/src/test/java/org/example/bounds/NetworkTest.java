package org.example.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.numeric.eval.Assignment;
import hdae.numeric.eval.DoubleEvaluator;
import hdae.proofs.format.DerivationFiles;
import hdae.symbolic.bound.Bound;
import hdae.symbolic.bound.BoundCatalogue;
import hdae.validate.export.MlpExport;
import hdae.validate.export.NpyArray;
import hdae.validate.export.Npz;
import hdae.validate.model.Batch;
import hdae.validate.model.Classifier;
import hdae.validate.model.Precision;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The network network/mlp-16-8-2.npz (a ReLU MLP trained by PyTorch, network/make_network.py), read through hdae's
 * API: its logits agree with PyTorch's, and the angle between each first-layer weight vector and its sign vector
 * (the direction of an FGSM step on that unit) is at most the bound that derivations/sign-direction.deriv declares,
 * arccos(1/sqrt(n)) at n = 16, which a weight vector with one nonzero coordinate attains.
 */
class NetworkTest {
    private static final Path NETWORK = Path.of("network/mlp-16-8-2.npz");
    private static final Classifier MODEL = MlpExport.read(NETWORK, Precision.DOUBLE);

    /** The bound the derivation file declares, read as hdae reads it. */
    private static Bound declared() {
        DerivationFiles files = DerivationFiles.read(BoundCatalogue.standard(), List.of(Path.of("derivations/sign-direction.deriv")));
        return files.catalogue().get("sign-angle-max-eq-arccos-inv-sqrt-n");
    }

    /** The angle between w and sign(w): arccos(|w|_1/(sqrt(n) |w|_2)). */
    private static double signAngle(double[] w) {
        double l1 = 0;
        double sq = 0;
        for (double v : w) {
            l1 += Math.abs(v);
            sq += v * v;
        }
        return Math.acos(Math.min(1, l1 / (Math.sqrt(w.length) * Math.sqrt(sq))));
    }

    @Test
    void logitsAgreeWithPyTorch() {
        Map<String, NpyArray> probe = Npz.read(Path.of("network/probe.npz"));
        double[][] x = probe.get("x").toMatrix();
        double[][] torch = probe.get("logits").toMatrix();
        Batch logits = MODEL.logits(Batch.of(x));
        assertEquals(16, MODEL.inputs());
        assertEquals(2, MODEL.classes());
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < 2; k++) {
                // both in float64; only the order of summation differs (16 and 8 terms): far below 1e-10
                assertEquals(torch[i][k], logits.get(i, k), 1e-10 * Math.max(1, Math.abs(torch[i][k])), "input " + i);
            }
        }
    }

    @Test
    void everyFirstLayerUnitIsWithinTheDeclaredAngleOfItsSignDirection() {
        Bound b = declared();
        double[][] weights = MODEL.denseLayers().get(0).weights();   // shape (16, 8): column j is unit j's w
        int n = weights.length;
        double bound = DoubleEvaluator.value(b.closedForm(), Assignment.of("n", n));
        // arccos(1/4) = 1.3181160716528180 (DLMF 4.23.ii; mpmath acos(0.25))
        assertEquals(1.3181160716528180, bound, 1e-15);
        for (int j = 0; j < weights[0].length; j++) {
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = weights[i][j];
            }
            double angle = signAngle(w);
            assertTrue(angle > 0 && angle <= bound, "unit " + j + ": angle " + angle + " against the bound " + bound);
        }
    }

    @Test
    void aWeightVectorWithOneNonzeroCoordinateAttainsTheBound() {
        double[] oneHot = new double[16];
        oneHot[3] = -0.7;
        double bound = DoubleEvaluator.value(declared().closedForm(), Assignment.of("n", 16));
        assertEquals(bound, signAngle(oneHot), 1e-15);
    }
}

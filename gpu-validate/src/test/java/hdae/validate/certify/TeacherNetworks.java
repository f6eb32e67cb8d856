package hdae.validate.certify;

import hdae.validate.model.DenseLayerParameters;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

import java.util.Arrays;
import java.util.List;

/**
 * A seeded one-hidden-layer ReLU network drawn as the teachers of {@code Synthetic.teacher} are (weights
 * \(N(0, 1/n)\), biases and read-out \(N(0, 1)\)), with two logits \(z_0 = 0\), \(z_1 = \sum_h r_h
 * \mathrm{relu}(w_h^\top x + b_h) - t\), the threshold t the median score of 1000 uniform points of the cube, so
 * that each class holds about half of it; built directly, without training, so that it is the same on every
 * machine.
 */
final class TeacherNetworks {

    private TeacherNetworks() {
    }

    static ReluNetwork teacher(int n, int width, long seed) {
        return ReluNetwork.of(teacherLayers(n, width, seed));
    }

    static List<DenseLayerParameters> teacherLayers(int n, int width, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[][] first = new double[n][width];
        double[] bias = new double[width];
        double[][] readout = new double[width][2];
        for (int h = 0; h < width; h++) {
            for (int j = 0; j < n; j++) {
                first[j][h] = gauss.sample() / Math.sqrt(n);
            }
            bias[h] = gauss.sample();
            readout[h][1] = gauss.sample();
        }
        ReluNetwork untuned = ReluNetwork.of(List.of(new DenseLayerParameters(first, bias),
                new DenseLayerParameters(readout, new double[] {0, 0})));
        double[] scores = new double[1000];
        for (int k = 0; k < scores.length; k++) {
            scores[k] = untuned.logits(uniform(rng, n))[1];
        }
        Arrays.sort(scores);
        double threshold = (scores[499] + scores[500]) / 2;
        return List.of(new DenseLayerParameters(first, bias),
                new DenseLayerParameters(readout, new double[] {0, -threshold}));
    }

    static double[] uniform(UniformRandomProvider rng, int n) {
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = rng.nextDouble();
        }
        return x;
    }

    static int argmax(double[] z) {
        int best = 0;
        for (int k = 1; k < z.length; k++) {
            if (z[k] > z[best]) {
                best = k;
            }
        }
        return best;
    }
}

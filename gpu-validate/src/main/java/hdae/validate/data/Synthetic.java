package hdae.validate.data;

import hdae.validate.ValidationException;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

import java.util.Arrays;
import java.util.Locale;

/**
 * Synthetic labelled sets drawn from a seed (generator {@code XO_RO_SHI_RO_128_PP}), each a binary problem
 * with labels 0 and 1.
 *
 * <ul>
 *   <li><b>Teacher</b>: \(x \sim U[0,1]^n\), labelled by a random one-hidden-layer ReLU network
 *   \(s(x) = v \cdot \mathrm{relu}(W x + b)\), \(W_{ij} \sim N(0, 1/n)\), \(b_i \sim N(0,1)\),
 *   \(v_i \sim N(0,1)\): label 1 iff \(s(x) > t\), the threshold \(t\) chosen so that exactly
 *   \(\mathrm{round}(\mathrm{mass} \cdot \mathrm{size})\) points get label 1 (the class balance).</li>
 *   <li><b>Concentric spheres</b> (Gilmer et al. 2018): \(x = r\,g/\|g\|_2\), \(g \sim N(0, I_n)\), with
 *   \(r = 1\) (label 0) or \(r = 1.3\) (label 1), alternating so the classes are balanced. Not in [0,1].</li>
 *   <li><b>Two Gaussians</b>: \(x \sim N(\pm\tfrac{d}{2} u, \sigma^2 I_n)\), \(u = (1,\dots,1)/\sqrt{n}\), minus
 *   for label 0 and plus for label 1, alternating; \(d\) is the distance between the means.</li>
 * </ul>
 * Features are stored in single precision, so a sphere point's norm is exact only to about \(10^{-7}\).
 *
 * @see <a href="https://arxiv.org/abs/1801.02774">Gilmer et al., Adversarial Spheres, arXiv 1801.02774</a>
 */
public final class Synthetic {

    /** Radius of the inner sphere (label 0). */
    public static final double INNER_RADIUS = 1.0;
    /** Radius of the outer sphere (label 1), as in Gilmer et al. 2018. */
    public static final double OUTER_RADIUS = 1.3;

    private Synthetic() {
    }

    /**
     * Uniform points of the cube labelled by a random teacher network with a chosen class balance.
     *
     * @param n           dimension, at least 1
     * @param size        number of points, at least 2
     * @param hiddenWidth teacher hidden width, at least 1
     * @param mass        fraction of points with label 1, in (0, 1); rounded to whole points
     * @param seed        the seed
     * @return the data set
     */
    public static Dataset teacher(int n, int size, int hiddenWidth, double mass, long seed) {
        requireShape(n, size);
        if (!(hiddenWidth >= 1)) {
            throw ValidationException.expected("hiddenWidth >= 1", "hiddenWidth", hiddenWidth);
        }
        long positives = Math.round(mass * size);
        if (!(mass > 0 && mass < 1 && positives >= 1 && positives < size)) {
            throw ValidationException.expected("mass in (0,1) leaving at least one point per class", "mass", mass);
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[][] weights = new double[hiddenWidth][n];
        double[] bias = new double[hiddenWidth];
        double[] readout = new double[hiddenWidth];
        double scale = 1 / Math.sqrt(n);
        for (int h = 0; h < hiddenWidth; h++) {
            for (int j = 0; j < n; j++) {
                weights[h][j] = scale * gauss.sample();
            }
            bias[h] = gauss.sample();
            readout[h] = gauss.sample();
        }
        float[] features = new float[size * n];
        double[] scores = new double[size];
        double[] point = new double[n];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < n; j++) {
                features[i * n + j] = (float) rng.nextDouble();
                point[j] = features[i * n + j];
            }
            double score = 0;
            for (int h = 0; h < hiddenWidth; h++) {
                double pre = bias[h];
                for (int j = 0; j < n; j++) {
                    pre += weights[h][j] * point[j];
                }
                score += readout[h] * Math.max(0, pre);
            }
            scores[i] = score;
        }
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        int negatives = (int) (size - positives);
        // midway between the last negative and the first positive score: a fixed bias of the teacher
        double threshold = (sorted[negatives - 1] + sorted[negatives]) / 2;
        if (!(sorted[negatives - 1] < sorted[negatives])) {
            throw ValidationException.expected("distinct teacher scores at the balance threshold", "seed", seed);
        }
        int[] labels = new int[size];
        for (int i = 0; i < size; i++) {
            labels[i] = scores[i] > threshold ? 1 : 0;
        }
        String name = String.format(Locale.ROOT, "teacher(n=%d,size=%d,h=%d,mass=%s,seed=%d)", n, size,
                hiddenWidth, mass, seed);
        return Dataset.of(name, features, labels, n, 2);
    }

    /**
     * Two concentric spheres of radii 1 (label 0) and 1.3 (label 1) in \(\mathbb{R}^n\), uniform on each.
     *
     * @param n    dimension, at least 1
     * @param size number of points, at least 2; labels alternate 0, 1, 0, ...
     * @param seed the seed
     * @return the data set
     */
    public static Dataset spheres(int n, int size, long seed) {
        requireShape(n, size);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        float[] features = new float[size * n];
        int[] labels = new int[size];
        double[] g = new double[n];
        for (int i = 0; i < size; i++) {
            double sum;
            do {
                sum = 0;
                for (int j = 0; j < n; j++) {
                    g[j] = gauss.sample();
                    sum += g[j] * g[j];
                }
            } while (!(sum > 0));
            labels[i] = i % 2;
            double radius = labels[i] == 0 ? INNER_RADIUS : OUTER_RADIUS;
            double factor = radius / Math.sqrt(sum);
            for (int j = 0; j < n; j++) {
                features[i * n + j] = (float) (factor * g[j]);
            }
        }
        return Dataset.of(String.format(Locale.ROOT, "spheres(n=%d,size=%d,seed=%d)", n, size, seed), features,
                labels, n, 2);
    }

    /**
     * Two Gaussian classes with isotropic covariance \(\sigma^2 I_n\) and means \(\mp\tfrac{d}{2} u\).
     *
     * @param n          dimension, at least 1
     * @param size       number of points, at least 2; labels alternate 0, 1, 0, ...
     * @param separation the distance d between the means, finite and \(\ge 0\)
     * @param sigma      the standard deviation per coordinate, finite and \(&gt; 0\)
     * @param seed       the seed
     * @return the data set
     */
    public static Dataset gaussians(int n, int size, double separation, double sigma, long seed) {
        requireShape(n, size);
        if (!(separation >= 0 && separation < Double.POSITIVE_INFINITY)) {
            throw ValidationException.expected("finite separation >= 0", "separation", separation);
        }
        if (!(sigma > 0 && sigma < Double.POSITIVE_INFINITY)) {
            throw ValidationException.expected("finite sigma > 0", "sigma", sigma);
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double offset = separation / 2 / Math.sqrt(n);
        float[] features = new float[size * n];
        int[] labels = new int[size];
        for (int i = 0; i < size; i++) {
            labels[i] = i % 2;
            double mean = labels[i] == 0 ? -offset : offset;
            for (int j = 0; j < n; j++) {
                features[i * n + j] = (float) (mean + sigma * gauss.sample());
            }
        }
        String name = String.format(Locale.ROOT, "gaussians(n=%d,size=%d,d=%s,sigma=%s,seed=%d)", n, size,
                separation, sigma, seed);
        return Dataset.of(name, features, labels, n, 2);
    }

    private static void requireShape(int n, int size) {
        if (!(n >= 1)) {
            throw ValidationException.expected("n >= 1", "n", n);
        }
        if (!(size >= 2 && (long) size * n <= Integer.MAX_VALUE - 16)) {
            throw ValidationException.expected("size >= 2 with size * n < 2^31", "size", size);
        }
    }
}

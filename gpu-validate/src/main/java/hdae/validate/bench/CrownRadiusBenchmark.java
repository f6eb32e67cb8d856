package hdae.validate.bench;

import hdae.validate.ValidationException;
import hdae.validate.attack.Box;
import hdae.validate.certify.BoundMethod;
import hdae.validate.certify.CertifiedRadius;
import hdae.validate.certify.ReluNetwork;
import hdae.validate.data.Dataset;
import hdae.validate.data.Mnist;
import hdae.validate.export.ModelFile;
import hdae.validate.model.Classifier;
import hdae.validate.model.Precision;
import hdae.validate.model.ProcessCpu;
import hdae.validate.norm.Norm;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CROWN's certified L2 radius timed on a network file, the workload that {@code gpu-validate/bench/crown_reference.py}
 * runs in PyTorch on the same file and images: for each of the first M test images the network classifies
 * correctly, \(R(x) = \) the largest \(\varepsilon\) found by {@link CertifiedRadius}'s bisection at which CROWN
 * (Zhang et al. 2018, adaptive lower slope \(\alpha = [u \ge -\ell]\) for unstable ReLUs) proves every margin
 * \(z_y - z_j\) positive over the L2 ball \(\{x : \|x - x_0\|_2 \le \varepsilon\}\) in \(\mathbb{R}^n\), without
 * the box \([0,1]^n\). Without the box the input bound is \(a^\top x_0 - \varepsilon\|a\|_2\) (Cauchy-Schwarz), so
 * the PyTorch side is plain CROWN; with the box hdae would add a Lagrangian dual scan and screening of intermediate
 * bounds that a reference would have to copy step by step.
 *
 * <p>The search, as in {@link CertifiedRadius} with no attack distance given: 0 if the margins at \(x_0\) are not
 * all positive; else \(\varepsilon = 2^{-6}, 2^{-5}, \dots\) until one is not certified (at most 60), then bisection
 * at the midpoint until the bracket is narrower than {@link #TOLERANCE} of its upper end (at most 60 steps); the
 * certified lower end is the radius. Times: milliseconds per image of wall clock, of this process's CPU time and of
 * the benchmark thread's CPU time, after one untimed radius of the first image (JIT warm-up).
 *
 * @see <a href="https://arxiv.org/abs/1811.00866">Zhang, Weng, Chen, Hsieh, Daniel 2018, arXiv 1811.00866</a>
 */
public final class CrownRadiusBenchmark {

    /** Relative tolerance of the bisection: it stops when \(\mathit{hi} - \mathit{lo} \le 10^{-3}\,\mathit{hi}\). */
    public static final double TOLERANCE = 1e-3;

    private CrownRadiusBenchmark() {
    }

    /**
     * The figures of one run.
     *
     * @param architecture       widths, for example {@code 784-128-10}
     * @param radii              \(R(x_i)\) of the timed images, in order
     * @param time               milliseconds per image: wall clock and process CPU time
     * @param threadCpuMsPerImage milliseconds per image of the benchmark thread's CPU time
     */
    public record Figures(String architecture, double[] radii, BenchFigures.Timing time, double threadCpuMsPerImage) {

        /** @return the mean certified radius */
        public double meanRadius() {
            return Arrays.stream(radii).average().orElse(Double.NaN);
        }

        /**
         * @return the figures under the keys of {@code crown_reference.py}'s JSON ({@code crown_ms_per_image},
         *         {@code crown_cpu_ms_per_image}, {@code crown_thread_cpu_ms_per_image}, {@code crown_mean_radius},
         *         {@code crown_radii}, ...)
         */
        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("framework", "hdae (Java " + Runtime.version().feature() + ")");
            m.put("architecture", architecture);
            m.put("crown_norm", "L2");
            m.put("crown_box", "none");
            m.put("crown_tolerance", TOLERANCE);
            m.put("crown_images", radii.length);
            m.put("crown_ms_per_image", time.wall());
            m.put("crown_cpu_ms_per_image", time.cpu());
            m.put("crown_thread_cpu_ms_per_image", threadCpuMsPerImage);
            m.put("crown_mean_radius", meanRadius());
            m.put("crown_radii", radii.clone());
            return m;
        }
    }

    /**
     * Reads an MNIST classifier: a dense ReLU network with 784 inputs and 10 classes.
     *
     * @param file a model file ({@link ModelFile#FORMATS})
     * @return the classifier, in double precision
     * @throws ValidationException naming the file when it cannot be read or has another shape
     */
    public static Classifier readNetwork(Path file) {
        Classifier model = ModelFile.read(file, Precision.DOUBLE);
        ReluNetwork net = ReluNetwork.of(model);
        if (net.inputs() != Mnist.SIDE * Mnist.SIDE || net.classes() != Mnist.CLASSES) {
            throw ValidationException.expected("an MNIST classifier with 784 inputs and 10 classes", "file " + file,
                    architecture(net));
        }
        return model;
    }

    /**
     * Times the certified radius of the first correctly classified test points.
     *
     * @param model  a dense ReLU classifier
     * @param test   labelled points of the model's input dimension
     * @param images M, in [1, 10000]; fewer are timed when fewer points are classified correctly
     * @return the figures
     */
    public static Figures run(Classifier model, Dataset test, int images) {
        BenchSettings.requireIn(images, 1, BenchSettings.MNIST_TEST, "--images");
        ReluNetwork net = ReluNetwork.of(model);
        CorrectlyClassified correct = CorrectlyClassified.of(model, test);
        int m = Math.min(images, correct.labels().length);
        if (m == 0) {
            throw ValidationException.expected("a network that classifies some test image correctly", "network",
                    architecture(net));
        }
        double[][] points = Arrays.copyOf(correct.points(), m);
        int[] labels = Arrays.copyOf(correct.labels(), m);
        CertifiedRadius search = CertifiedRadius.of(net, Norm.L2, Box.UNBOUNDED, BoundMethod.CROWN)
                .withTolerance(TOLERANCE);
        search.radius(points[0], labels[0], Double.POSITIVE_INFINITY);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long wall = System.nanoTime();
        long cpu = ProcessCpu.nanos();
        long thread = threads.getCurrentThreadCpuTime();
        double[] radii = search.radii(points, labels, null);
        double threadMs = (threads.getCurrentThreadCpuTime() - thread) / 1e6 / m;
        BenchFigures.Timing time = new BenchFigures.Timing((System.nanoTime() - wall) / 1e6 / m,
                (ProcessCpu.nanos() - cpu) / 1e6 / m);
        return new Figures(architecture(net), radii, time, threadMs);
    }

    private static String architecture(ReluNetwork net) {
        StringBuilder s = new StringBuilder().append(net.inputs());
        for (int l = 0; l < net.layers(); l++) {
            s.append('-').append(net.width(l));
        }
        return s.toString();
    }
}

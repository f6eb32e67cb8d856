package hdae.validate.bench;

import hdae.validate.ValidationException;
import hdae.validate.attack.Box;
import hdae.validate.attack.L2DeepFool;
import hdae.validate.attack.MinimizationResult;
import hdae.validate.certify.BoundMethod;
import hdae.validate.certify.BoundPropagation;
import hdae.validate.certify.BranchAndBound;
import hdae.validate.certify.CertifiedRadius;
import hdae.validate.certify.DistanceBracket;
import hdae.validate.certify.ExactRadius;
import hdae.validate.certify.InputRegion;
import hdae.validate.certify.ReluNetwork;
import hdae.validate.data.Dataset;
import hdae.validate.data.Mnist;
import hdae.validate.experiment.MultiresolutionExperiment;
import hdae.validate.experiment.Scale;
import hdae.validate.model.Classifier;
import hdae.validate.model.ModelCache;
import hdae.validate.model.ModelSpec;
import hdae.validate.model.TrainingSpec;
import hdae.validate.norm.Norm;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The speed and tightness benchmark of the certified bounds on one thread: for the MNIST MLPs 784-128-10 (2 epochs
 * on 4000 images), 49-128-128-10 and 784-128-128-10 (the quick multiresolution models at 7x7 and 28x28, from the
 * model cache), on the correctly classified of the first M test images: milliseconds of thread CPU time per image
 * for one CROWN bound (L2, in [0,1]^n, at half the DeepFool distance) and for the certified radius by bisection
 * (CROWN and alpha-CROWN, tolerance 0.1 %, started from the DeepFool distance), and the median ratio of the
 * certified radius to the DeepFool distance. CPU time, not wall time, so that a loaded machine slows the figures
 * little.
 *
 * <p>Branch and bound ({@link ExactRadius}, tolerance 2 %, at most S seconds of wall time per image and 20,000
 * subdomains per radius, DeepFool's point handed to it as a candidate upper end) on the first K correctly
 * classified images of 784-128-10 and 49-128-128-10: thread CPU milliseconds per image and the longest wall time,
 * the median of lower end/DeepFool, how many images reach lower end/DeepFool \(\ge 0.9\) and lower/upper \(\ge
 * 0.98\) (exact to 2 %).
 *
 * <p>Options: {@code --images M} (default 50), {@code --bab-images K} (default 20), {@code --bab-seconds S}
 * (default 10). Run with {@code hdae bench --mode certify} or {@code mvn -q -pl gpu-validate exec:java
 * -Dexec.mainClass=hdae.validate.bench.CertifyBenchmark -Dexec.args="--images 50"}.
 */
public final class CertifyBenchmark {

    private CertifyBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args options, see the class documentation
     */
    public static void main(String[] args) {
        try {
            int[] values = {50, 20, 10};
            List<String> names = List.of("--images", "--bab-images", "--bab-seconds");
            for (int i = 0; i < args.length; i++) {
                int k = names.indexOf(args[i]);
                if (k < 0 || i + 1 >= args.length) {
                    throw ValidationException.expected("--images M, --bab-images K or --bab-seconds S", "argument",
                            args[i]);
                }
                values[k] = parse(args[++i], names.get(k));
            }
            run(values[0], values[1], values[2], System.out);
        } catch (ValidationException e) {
            System.err.println("hdae certify benchmark: " + e.getMessage());
            System.exit(2);
        }
    }

    private static int parse(String value, String option) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ValidationException.expected("an integer", option, value);
        }
    }

    /**
     * Measures every model and prints one line per model and method.
     *
     * @param images     test images per model for CROWN and alpha-CROWN, in [1, 10000]
     * @param babImages  test images per model for branch and bound, in [1, 10000]
     * @param babSeconds wall-time limit of branch and bound per image, in [1, 3600]
     * @param out        where the lines go
     */
    public static void run(int images, int babImages, int babSeconds, PrintStream out) {
        BenchSettings.requireIn(images, 1, BenchSettings.MNIST_TEST, "--images");
        BenchSettings.requireIn(babImages, 1, BenchSettings.MNIST_TEST, "--bab-images");
        BenchSettings.requireIn(babSeconds, 1, 3600, "--bab-seconds");
        ModelCache cache = ModelCache.defaultCache();
        MultiresolutionExperiment multiresolution = MultiresolutionExperiment.of(cache);
        Dataset train = Mnist.train().subset(0, 4_000);
        Classifier shallow = cache.getOrTrain(ModelSpec.mlp(784, List.of(128), 10), TrainingSpec.of(2, 64, 1L),
                train).classifier();
        Dataset mnist = Mnist.test();
        report("784-128-10", shallow, mnist.subset(0, Math.min(images, mnist.size())), out);
        branchAndBound("784-128-10", shallow, mnist.subset(0, Math.min(babImages, mnist.size())), babSeconds, out);
        for (int side : new int[] {7, 28}) {
            Dataset test = MultiresolutionExperiment.testImages(Scale.QUICK, side);
            Classifier model = multiresolution.model(Scale.QUICK, side);
            report(side * side + "-128-128-10", model, test.subset(0, Math.min(images, test.size())), out);
            if (side == 7) {
                branchAndBound("49-128-128-10", model, test.subset(0, Math.min(babImages, test.size())), babSeconds,
                        out);
            }
        }
    }

    private static void branchAndBound(String name, Classifier model, Dataset test, int seconds, PrintStream out) {
        CorrectlyClassified correct = CorrectlyClassified.of(model, test);
        double[][] points = correct.points();
        int[] labels = correct.labels();
        MinimizationResult fool = L2DeepFool.of().attack(model, points, labels);
        // the wall time, not the subdomain budget, is the limit here
        ExactRadius exact = ExactRadius.of(model, Norm.L2, Box.UNIT).withTolerance(0.02)
                .withBranchAndBound(BranchAndBound.of(ReluNetwork.of(model)).withMaxSubdomains(20_000))
                .withTimeLimit(Duration.ofSeconds(seconds));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ratio = new double[points.length];
        int nearAttack = 0;
        int exactToTwo = 0;
        double longest = 0;
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < points.length; i++) {
            long wall = System.nanoTime();
            DistanceBracket b = exact.bracket(points[i], labels[i],
                    fool.result().success()[i] ? fool.result().clipped()[i] : null);
            longest = Math.max(longest, (System.nanoTime() - wall) / 1e9);
            ratio[i] = b.lower() / fool.distances()[i];
            nearAttack += ratio[i] >= 0.9 ? 1 : 0;
            exactToTwo += b.ratio() >= 0.98 ? 1 : 0;
        }
        double perImage = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / points.length;
        Arrays.sort(ratio);
        out.printf(Locale.ROOT, "%s: branch and bound (tolerance 2 %%, at most %d s per image), %d images:"
                        + " %.0f ms/image CPU, longest %.1f s wall; median lower/DeepFool %.3f; lower/DeepFool >= 0.9"
                        + " on %d; lower/upper >= 0.98 on %d%n", name, seconds, points.length, perImage, longest,
                ratio[ratio.length / 2], nearAttack, exactToTwo);
    }

    private static void report(String name, Classifier model, Dataset test, PrintStream out) {
        CorrectlyClassified correct = CorrectlyClassified.of(model, test);
        double[][] points = correct.points();
        int[] labels = correct.labels();
        double[] attack = L2DeepFool.of().attack(model, points, labels).distances();
        ReluNetwork net = ReluNetwork.of(model);
        BoundPropagation bounds = BoundPropagation.of(net);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // warm-up (JIT) on the first image
        bounds.marginLowerBounds(new InputRegion(points[0], attack[0] / 2, Norm.L2, Box.UNIT), labels[0],
                BoundMethod.CROWN);
        long t0 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < points.length; i++) {
            bounds.marginLowerBounds(new InputRegion(points[i], attack[i] / 2, Norm.L2, Box.UNIT), labels[i],
                    BoundMethod.CROWN);
        }
        double oneBound = (threads.getCurrentThreadCpuTime() - t0) / 1e6 / points.length;
        out.printf(Locale.ROOT, "%s, %d images: CROWN at one eps %.1f ms/image%n", name, points.length,
                oneBound);
        for (BoundMethod method : new BoundMethod[] {BoundMethod.CROWN, BoundMethod.ALPHA_CROWN}) {
            CertifiedRadius radius = CertifiedRadius.of(net, Norm.L2, Box.UNIT, method);
            long t1 = threads.getCurrentThreadCpuTime();
            double[] r = radius.radii(points, labels, attack);
            double perImage = (threads.getCurrentThreadCpuTime() - t1) / 1e6 / points.length;
            double[] ratio = new double[r.length];
            for (int i = 0; i < r.length; i++) {
                ratio[i] = r[i] / attack[i];
            }
            Arrays.sort(ratio);
            out.printf(Locale.ROOT, "%s: %s certified radius %.1f ms/image; mean %.4f; median certified/"
                            + "DeepFool %.3f%n", name, method, perImage, Arrays.stream(r).average().orElse(Double.NaN),
                    ratio[ratio.length / 2]);
        }
    }
}

package hdae.validate.bench;

import hdae.validate.ValidationException;
import hdae.validate.attack.AttackExcess;
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
import hdae.validate.certify.TimeLimit;
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
 * <p>Branch and bound ({@link ExactRadius}, tolerance 2 %, first radius tried 0.9 of the upper end, at most S
 * seconds per image and 20,000 subdomains per radius) on the first K correctly classified images of 784-128-10 and
 * 49-128-128-10, after the four attacks of the multiresolution experiment
 * ({@link MultiresolutionExperiment#attacks}: DeepFool, bisected PGD, FMN, DDN), whose best point per image is handed
 * to the bracket as its candidate upper end: thread CPU milliseconds per image and the longest wall time, and three
 * ratios of the lower end, each as a median and as the number of images where it is at least 0.9: over the DeepFool
 * distance, over the best attack's distance \(D(x) = \min_a D_a(x)\) (issue 18's "measured upper bound"), and over
 * the bracket's own upper end (a verified counterexample, at most \(D(x)\)); and how many brackets are exact to 2 %
 * (lower/upper \(\ge 0.98\)). The limit per image is wall time ({@code --bab-seconds S}) or, with
 * {@code --bab-cpu-seconds S}, the CPU time of the benchmark's thread: on a machine shared with other jobs S seconds
 * of wall time give the search a fraction of S seconds of CPU, so the CPU limit stands in for the wall time of an
 * idle machine (which it is not: it excludes the JIT and garbage collector threads).
 *
 * <p>Options: {@code --images M} (default 50), {@code --bab-images K} (default 20), {@code --bab-seconds S}
 * (default 10) or {@code --bab-cpu-seconds S}. Run with {@code hdae bench --mode certify} or {@code mvn -q -pl
 * gpu-validate exec:java -Dexec.mainClass=hdae.validate.bench.CertifyBenchmark -Dexec.args="--images 50"}.
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
            int[] values = {50, 20, 10, 0};
            List<String> names = List.of("--images", "--bab-images", "--bab-seconds", "--bab-cpu-seconds");
            boolean[] given = new boolean[names.size()];
            for (int i = 0; i < args.length; i++) {
                int k = names.indexOf(args[i]);
                if (k < 0 || i + 1 >= args.length) {
                    throw ValidationException.expected("--images M, --bab-images K, --bab-seconds S or"
                            + " --bab-cpu-seconds S", "argument", args[i]);
                }
                values[k] = parse(args[++i], names.get(k));
                given[k] = true;
            }
            if (given[2] && given[3]) {
                throw ValidationException.expected("one of --bab-seconds and --bab-cpu-seconds", "arguments",
                        String.join(" ", args));
            }
            run(values[0], values[1], given[3] ? values[3] : values[2],
                    given[3] ? TimeLimit.Clock.THREAD_CPU : TimeLimit.Clock.WALL, System.out);
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
     * Measures every model and prints one line per model and method, branch and bound limited in wall time.
     *
     * @param images     test images per model for CROWN and alpha-CROWN, in [1, 10000]
     * @param babImages  test images per model for branch and bound, in [1, 10000]
     * @param babSeconds wall-time limit of branch and bound per image, in [1, 3600]
     * @param out        where the lines go
     */
    public static void run(int images, int babImages, int babSeconds, PrintStream out) {
        run(images, babImages, babSeconds, TimeLimit.Clock.WALL, out);
    }

    /**
     * Measures every model and prints one line per model and method.
     *
     * @param images     test images per model for CROWN and alpha-CROWN, in [1, 10000]
     * @param babImages  test images per model for branch and bound, in [1, 10000]
     * @param babSeconds time limit of branch and bound per image, in [1, 3600]
     * @param clock      the clock of that limit: wall time or the thread's CPU time
     * @param out        where the lines go
     */
    public static void run(int images, int babImages, int babSeconds, TimeLimit.Clock clock, PrintStream out) {
        BenchSettings.requireIn(images, 1, BenchSettings.MNIST_TEST, "--images");
        BenchSettings.requireIn(babImages, 1, BenchSettings.MNIST_TEST, "--bab-images");
        BenchSettings.requireIn(babSeconds, 1, 3600,
                clock == TimeLimit.Clock.WALL ? "--bab-seconds" : "--bab-cpu-seconds");
        TimeLimit limit = TimeLimit.of(clock, Duration.ofSeconds(babSeconds));
        ModelCache cache = ModelCache.defaultCache();
        MultiresolutionExperiment multiresolution = MultiresolutionExperiment.of(cache);
        Dataset train = Mnist.train().subset(0, 4_000);
        Classifier shallow = cache.getOrTrain(ModelSpec.mlp(784, List.of(128), 10), TrainingSpec.of(2, 64, 1L),
                train).classifier();
        Dataset mnist = Mnist.test();
        report("784-128-10", shallow, mnist.subset(0, Math.min(images, mnist.size())), out);
        branchAndBound("784-128-10", shallow, mnist.subset(0, Math.min(babImages, mnist.size())), limit, out);
        for (int side : new int[] {7, 28}) {
            Dataset test = MultiresolutionExperiment.testImages(Scale.QUICK, side);
            Classifier model = multiresolution.model(Scale.QUICK, side);
            report(side * side + "-128-128-10", model, test.subset(0, Math.min(images, test.size())), out);
            if (side == 7) {
                branchAndBound("49-128-128-10", model, test.subset(0, Math.min(babImages, test.size())), limit, out);
            }
        }
    }

    private static void branchAndBound(String name, Classifier model, Dataset test, TimeLimit limit,
            PrintStream out) {
        CorrectlyClassified correct = CorrectlyClassified.of(model, test);
        double[][] points = correct.points();
        int[] labels = correct.labels();
        List<MinimizationResult> attacks = MultiresolutionExperiment.attacks(model, points, labels);
        double[] deepFool = attacks.get(0).distances();
        double[] best = AttackExcess.minimum(attacks.stream().map(MinimizationResult::distances).toList());
        // the time limit, not the subdomain budget, is the limit here
        ExactRadius exact = ExactRadius.of(model, Norm.L2, Box.UNIT).withTolerance(0.02).withFirstProbe(0.9)
                .withBranchAndBound(BranchAndBound.of(ReluNetwork.of(model)).withMaxSubdomains(20_000))
                .withTimeLimit(limit);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] ratios = new double[3][points.length];
        int exactToTwo = 0;
        double longest = 0;
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < points.length; i++) {
            long wall = System.nanoTime();
            DistanceBracket b = exact.bracket(points[i], labels[i], bestPoint(attacks, best[i], i));
            longest = Math.max(longest, (System.nanoTime() - wall) / 1e9);
            ratios[0][i] = b.lower() / deepFool[i];
            ratios[1][i] = b.lower() / best[i];
            ratios[2][i] = b.ratio();
            exactToTwo += b.ratio() >= 0.98 ? 1 : 0;
        }
        double perImage = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / points.length;
        StringBuilder tight = new StringBuilder();
        String[] over = {"DeepFool", "best attack", "upper"};
        for (int k = 0; k < ratios.length; k++) {
            double[] r = ratios[k];
            long near = Arrays.stream(r).filter(v -> v >= 0.9).count();
            Arrays.sort(r);
            tight.append(String.format(Locale.ROOT, "; lower/%s: median %.3f, >= 0.9 on %d", over[k],
                    r[r.length / 2], near));
        }
        out.printf(Locale.ROOT, "%s: branch and bound (tolerance 2 %%, first radius 0.9 of the upper end, at most %d s"
                        + " of %s per image), %d images: %.0f ms/image CPU, longest %.1f s wall%s; lower/upper >= 0.98"
                        + " on %d%n", name, limit.nanos() / 1_000_000_000L,
                limit.clock() == TimeLimit.Clock.WALL ? "wall time" : "thread CPU time", points.length, perImage,
                longest, tight, exactToTwo);
    }

    /** The clipped point of an attack whose distance is the per-image minimum, or null when every attack failed. */
    private static double[] bestPoint(List<MinimizationResult> attacks, double best, int i) {
        for (MinimizationResult a : attacks) {
            if (a.result().success()[i] && a.distances()[i] == best) {
                return a.result().clipped().row(i);
            }
        }
        return null;
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

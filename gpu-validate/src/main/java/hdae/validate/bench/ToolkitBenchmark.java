package hdae.validate.bench;

import hdae.validate.ValidationException;
import hdae.validate.attack.Box;
import hdae.validate.attack.DeepFoolResult;
import hdae.validate.attack.FixedBudgetResult;
import hdae.validate.attack.L2DeepFool;
import hdae.validate.attack.L2Pgd;
import hdae.validate.attack.L2PgdBisection;
import hdae.validate.attack.LinfFgsm;
import hdae.validate.attack.MinimizationResult;
import hdae.validate.data.Dataset;
import hdae.validate.data.Mnist;
import hdae.validate.export.MlpExport;
import hdae.validate.model.Batch;
import hdae.validate.model.Classifier;
import hdae.validate.model.ModelSpec;
import hdae.validate.model.Precision;
import hdae.validate.model.ProcessCpu;
import hdae.validate.model.TrainedModel;
import hdae.validate.model.Trainer;
import hdae.validate.model.TrainingReport;
import hdae.validate.model.TrainingSpec;
import hdae.validate.norm.Budget;
import hdae.validate.norm.Norm;

import org.nd4j.linalg.factory.Nd4j;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The speed benchmark of the toolkit on CPU: a ReLU MLP (784-128-10 by default, single precision) trained on
 * MNIST with batch 128 and Adam (lr 1e-3), then FGSM (L-infinity, eps 0.1), PGD-L2 (eps 1.0, T steps of
 * 2.5 eps/T, random start), DeepFool-L2 (box-aware by default) and optionally the minimal-L2 PGD bisection
 * on test images, all batched; FGSM, PGD-L2 and DeepFool are each timed on their second run on the same images
 * (the first lets the JIT compile them; the bisection runs PGD). Prints seconds per training epoch, milliseconds
 * per attacked image (each with the process CPU time beside it), DeepFool's mean number of iterations and the
 * thread count, and returns them as {@link BenchFigures}; {@code gpu-validate/bench/torch_reference.py} runs the
 * same workloads in PyTorch and {@code gpu-validate/bench/compare.py} alternates the two.
 *
 * <p>Options of {@link #main}: {@code --epochs E} (default 1), {@code --images M} attacked test images
 * (default 1000), {@code --train-size N} training images (default all 60,000), {@code --seed S} (default 1).
 * Run with {@code mvn -q -pl gpu-validate exec:java}, or {@code hdae bench} for every option.
 */
public final class ToolkitBenchmark {

    /** Training batch size, fixed by the benchmark's definition. */
    private static final int TRAIN_BATCH = 128;

    private ToolkitBenchmark() {
    }

    /**
     * Runs the benchmark with the options of the class documentation; a bad option exits with code 2.
     *
     * @param args options
     */
    public static void main(String[] args) {
        try {
            run(parse(args), System.out);
        } catch (ValidationException e) {
            System.err.println("hdae bench: " + e.getMessage());
            System.exit(2);
        }
    }

    /**
     * Runs the benchmark and prints its figures, without exiting.
     *
     * @param settings what to run
     * @param out      where the figures are printed as they come
     * @return the figures
     */
    public static BenchFigures run(BenchSettings settings, PrintStream out) {
        int threads = Nd4j.getEnvironment().maxThreads();
        out.printf(Locale.ROOT, "hdae ToolkitBenchmark: Java %s, %d available processors, ND4J backend %s, "
                        + "ND4J max threads %d, OMP_NUM_THREADS=%s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Nd4j.getBackend().getClass().getSimpleName(),
                threads, System.getenv().getOrDefault("OMP_NUM_THREADS", "(unset)"));

        long loadStart = System.nanoTime();
        Dataset train = Mnist.train().subset(0, settings.trainSize());
        Dataset test = Mnist.test();
        out.printf(Locale.ROOT, "MNIST loaded from the classpath in %.2f s (%d train, %d test)%n",
                seconds(loadStart), train.size(), test.size());

        ModelSpec spec = ModelSpec.mlp(784, settings.hidden(), 10).withPrecision(Precision.FLOAT);
        TrainedModel trained = Trainer.train(spec, TrainingSpec.of(settings.epochs(), TRAIN_BATCH, settings.seed()),
                train);
        Classifier model = trained.classifier();
        BenchFigures.Timing perEpoch = new BenchFigures.Timing(trained.report().secondsPerEpoch(),
                trained.report().cpuSecondsPerEpoch());
        out.printf(Locale.ROOT, "train %s MLP (FLOAT, Adam 1e-3, batch %d): %.2f s per epoch over %d epoch(s) "
                        + "(process CPU %.2f s per epoch), final train loss %.4f%n",
                settings.architecture(), TRAIN_BATCH, perEpoch.wall(), settings.epochs(), perEpoch.cpu(),
                trained.report().trainLoss()[settings.epochs() - 1]);
        out.println(byEpoch(trained.report()));
        out.printf(Locale.ROOT, "test accuracy: %.4f%n", accuracy(model, test));
        settings.export().ifPresent(file -> {
            MlpExport.write(model, file);
            out.printf(Locale.ROOT, "network written to %s%n", file);
        });

        int count = settings.images();
        double[][] x = test.rows(0, count);
        int[] y = Arrays.copyOf(test.labels(), count);
        // each attack runs once untimed on the same images before its timed run, as in torch_reference.py: the timed
        // run is the steady state, after the JIT has compiled the attack's loops (after a warm-up on 64 images, the
        // first full run took 2 to 5 times the thread CPU of later ones, measured under load)

        LinfFgsm fgsm = LinfFgsm.of();
        List<Budget> linf = List.of(Budget.of(Norm.LINF, 0.1));
        fgsm.attack(model, x, y, linf);
        Timed<FixedBudgetResult> fgsmRun = time(out, "FGSM (Linf, eps 0.1)", count, () -> fgsm.attack(model, x, y, linf));
        out.printf(Locale.ROOT, "    success rate %.3f%n", fgsmRun.result().at(0).successRate());

        // step 2.5 eps / T (Madry et al.), so that T steps can travel the ball
        int steps = settings.pgdSteps();
        L2Pgd pgd = L2Pgd.of().withSteps(steps).withRelativeStep(2.5 / steps);
        List<Budget> l2 = List.of(Budget.of(Norm.L2, 1.0));
        pgd.attack(model, x, y, l2);
        Timed<FixedBudgetResult> pgdRun = time(out, "PGD-L2 (" + steps + " steps, eps 1.0)", count,
                () -> pgd.attack(model, x, y, l2));
        out.printf(Locale.ROOT, "    success rate %.3f%n", pgdRun.result().at(0).successRate());

        L2DeepFool deepFool = settings.deepFoolBox() ? L2DeepFool.of() : L2DeepFool.of().withBox(Box.UNBOUNDED);
        deepFool.attack(model, x, y);
        Timed<DeepFoolResult> deepFoolRun = time(out, "DeepFool-L2 (50 steps max, overshoot 0.02, "
                + (settings.deepFoolBox() ? "box-aware" : "unclipped") + ")", count,
                () -> deepFool.attackCounted(model, x, y));
        MinimizationResult deepFoolResult = deepFoolRun.result().result();
        double deepFoolMean = meanOfSuccesses(deepFoolResult);
        out.printf(Locale.ROOT, "    success rate %.3f, mean L2 distance of successes %.4f, mean iterations %.3f%n",
                deepFoolResult.result().successRate(), deepFoolMean, deepFoolRun.result().meanIterations());

        BenchFigures.Timing bisectionMs = BenchFigures.Timing.NONE;
        double bisectionMean = Double.NaN;
        if (settings.bisection()) {
            L2PgdBisection search = L2PgdBisection.of();
            Timed<MinimizationResult> searchRun = time(out, "minimal-L2 PGD bisection (10 doublings, 10 halvings)",
                    count, () -> search.attack(model, x, y));
            bisectionMs = searchRun.msPerImage();
            bisectionMean = meanOfSuccesses(searchRun.result());
            out.printf(Locale.ROOT, "    mean L2 distance of successes %.4f%n", bisectionMean);
        }
        return new BenchFigures(settings.architecture(), threads, perEpoch, trained.report().seconds(),
                fgsmRun.msPerImage(),
                fgsmRun.result().at(0).successRate(), pgdRun.msPerImage(), pgdRun.result().at(0).successRate(),
                deepFoolRun.msPerImage(), deepFoolResult.result().successRate(), deepFoolMean,
                deepFoolRun.result().meanIterations(), bisectionMs, bisectionMean);
    }

    /** The options of {@link #main}, as settings. */
    static BenchSettings parse(String[] args) {
        BenchSettings d = BenchSettings.defaults();
        int epochs = d.epochs();
        int images = d.images();
        int trainSize = d.trainSize();
        long seed = d.seed();
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--epochs" -> epochs = integer(value, "--epochs");
                case "--images" -> images = integer(value, "--images");
                case "--train-size" -> trainSize = integer(value, "--train-size");
                case "--seed" -> seed = integer(value, "--seed");
                default -> throw ValidationException.expected("--epochs, --images, --train-size or --seed", "option",
                        args[i]);
            }
        }
        return new BenchSettings(epochs, trainSize, images, d.hidden(), d.pgdSteps(), d.deepFoolBox(), d.bisection(),
                seed, Optional.<Path>empty());
    }

    /** A result and the milliseconds per image it took, wall clock and process CPU. */
    private record Timed<T>(T result, BenchFigures.Timing msPerImage) {
    }

    private static <T> Timed<T> time(PrintStream out, String label, int count, Supplier<T> task) {
        long cpu = ProcessCpu.nanos();
        long start = System.nanoTime();
        T result = task.get();
        double elapsed = seconds(start);
        double cpuSeconds = (ProcessCpu.nanos() - cpu) / 1e9;
        out.printf(Locale.ROOT, "%s: %.3f ms per image (%d images in %.2f s, batched; process CPU %.3f ms per "
                + "image)%n", label, 1000 * elapsed / count, count, elapsed, 1000 * cpuSeconds / count);
        return new Timed<>(result, new BenchFigures.Timing(1000 * elapsed / count, 1000 * cpuSeconds / count));
    }

    /** The mean distance over the inputs the attack moved to an adversarial (0 = already misclassified: left out). */
    private static double meanOfSuccesses(MinimizationResult r) {
        List<Double> moved = new ArrayList<>();
        for (double d : r.distances()) {
            if (d > 0 && d < Double.POSITIVE_INFINITY) {
                moved.add(d);
            }
        }
        return moved.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private static double accuracy(Classifier model, Dataset data) {
        int correct = 0;
        for (int from = 0; from < data.size(); from += 1000) {
            int to = Math.min(data.size(), from + 1000);
            int[] predicted = model.predict(Batch.of(data.rows(from, to)));
            for (int i = from; i < to; i++) {
                if (predicted[i - from] == data.label(i)) {
                    correct++;
                }
            }
        }
        return (double) correct / data.size();
    }

    private static int integer(String value, String option) {
        try {
            return Integer.parseInt(String.valueOf(value));
        } catch (NumberFormatException e) {
            throw ValidationException.expected("an integer", option, value, e);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * The epochs' times one by one: the first includes the JIT's compilation of the training step (the figure the
     * issue and compare.py compare, one epoch from a fresh start), the later ones are the steady state.
     */
    private static String byEpoch(TrainingReport report) {
        StringBuilder line = new StringBuilder("    by epoch (the first includes JIT compilation):");
        for (int e = 0; e < report.seconds().length; e++) {
            line.append(String.format(Locale.ROOT, " %d: %.3f s (CPU %.3f s)%s", e + 1, report.seconds()[e],
                    report.cpuSeconds()[e], e + 1 < report.seconds().length ? "," : ""));
        }
        return line.toString();
    }
}

package hdae.validate.bench;

import hdae.validate.ValidationException;
import hdae.validate.attack.FixedBudgetResult;
import hdae.validate.attack.L2DeepFool;
import hdae.validate.attack.L2Pgd;
import hdae.validate.attack.LinfFgsm;
import hdae.validate.attack.MinimizationResult;
import hdae.validate.data.Dataset;
import hdae.validate.data.Mnist;
import hdae.validate.model.Batch;
import hdae.validate.model.Classifier;
import hdae.validate.model.ModelSpec;
import hdae.validate.model.Precision;
import hdae.validate.model.TrainedModel;
import hdae.validate.model.Trainer;
import hdae.validate.model.TrainingSpec;
import hdae.validate.norm.Budget;
import hdae.validate.norm.Norm;

import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The speed benchmark of the toolkit on CPU: a 784-128-10 ReLU MLP (single precision) trained on MNIST with
 * batch 128, then FGSM (L-infinity, eps 0.1), PGD-L2 (20 steps, eps 1.0) and DeepFool-L2 on test images, all
 * batched. Prints seconds per training epoch, milliseconds per attacked image, and the thread counts.
 *
 * <p>Options: {@code --epochs E} (default 1), {@code --images M} attacked test images (default 1000),
 * {@code --train-size N} training images used (default all 60,000; smaller only for smoke tests),
 * {@code --seed S} (default 1). Run with {@code mvn -q -pl gpu-validate exec:java} (see README.md).
 */
public final class ToolkitBenchmark {

    /** Training batch size, fixed by the benchmark's definition. */
    private static final int TRAIN_BATCH = 128;
    /** Images in the untimed warm-up of each attack (JIT compilation, native set-up). */
    private static final int WARM_UP = 64;

    private ToolkitBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args options, see the class documentation
     */
    public static void main(String[] args) {
        try {
            run(args);
        } catch (ValidationException e) {
            System.err.println("hdae bench: " + e.getMessage());
            System.exit(2);
        }
    }

    /**
     * Runs the benchmark and prints its figures to standard output, without exiting.
     *
     * @param args options, see the class documentation
     */
    public static void run(String[] args) {
        int epochs = 1;
        int images = 1000;
        int trainSize = 60_000;
        long seed = 1;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--epochs":
                    epochs = parse(value, "--epochs");
                    i++;
                    break;
                case "--images":
                    images = parse(value, "--images");
                    i++;
                    break;
                case "--train-size":
                    trainSize = parse(value, "--train-size");
                    i++;
                    break;
                case "--seed":
                    seed = parse(value, "--seed");
                    i++;
                    break;
                default:
                    throw ValidationException.expected("--epochs, --images, --train-size or --seed", "option",
                            args[i]);
            }
        }
        System.out.printf(Locale.ROOT, "hdae ToolkitBenchmark: Java %s, %d available processors, ND4J backend %s, "
                        + "ND4J max threads %d, OMP_NUM_THREADS=%s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Nd4j.getBackend().getClass().getSimpleName(),
                Nd4j.getEnvironment().maxThreads(), System.getenv().getOrDefault("OMP_NUM_THREADS", "(unset)"));

        long loadStart = System.nanoTime();
        Dataset train = Mnist.train().subset(0, Math.min(trainSize, 60_000));
        Dataset test = Mnist.test();
        System.out.printf(Locale.ROOT, "MNIST loaded from the classpath in %.2f s (%d train, %d test)%n",
                seconds(loadStart), train.size(), test.size());

        ModelSpec spec = ModelSpec.mlp(784, List.of(128), 10).withPrecision(Precision.FLOAT);
        TrainedModel trained = Trainer.train(spec, TrainingSpec.of(epochs, TRAIN_BATCH, seed), train);
        Classifier model = trained.classifier();
        System.out.printf(Locale.ROOT, "train 784-128-10 MLP (FLOAT, Adam 1e-3, batch %d): %.2f s per epoch over %d "
                        + "epoch(s), final train loss %.4f%n", TRAIN_BATCH, trained.report().secondsPerEpoch(), epochs,
                trained.report().trainLoss()[epochs - 1]);
        System.out.printf(Locale.ROOT, "test accuracy: %.4f%n", accuracy(model, test));

        int count = Math.min(images, test.size());
        double[][] x = test.rows(0, count);
        int[] y = Arrays.copyOf(test.labels(), count);
        double[][] warmX = Arrays.copyOf(x, Math.min(WARM_UP, count));
        int[] warmY = Arrays.copyOf(y, warmX.length);

        LinfFgsm fgsm = LinfFgsm.of();
        List<Budget> linf = List.of(Budget.of(Norm.LINF, 0.1));
        fgsm.attack(model, warmX, warmY, linf);
        FixedBudgetResult fgsmResult = time("FGSM (Linf, eps 0.1)", count, () -> fgsm.attack(model, x, y, linf));
        System.out.printf(Locale.ROOT, "    success rate %.3f%n", fgsmResult.at(0).successRate());

        // step 2.5 eps / T (Madry et al.), so that 20 steps can travel the ball; the Foolbox default suits 50
        L2Pgd pgd = L2Pgd.of().withSteps(20).withRelativeStep(2.5 / 20);
        List<Budget> l2 = List.of(Budget.of(Norm.L2, 1.0));
        pgd.attack(model, warmX, warmY, l2);
        FixedBudgetResult pgdResult = time("PGD-L2 (20 steps, eps 1.0)", count, () -> pgd.attack(model, x, y, l2));
        System.out.printf(Locale.ROOT, "    success rate %.3f%n", pgdResult.at(0).successRate());

        L2DeepFool deepFool = L2DeepFool.of();
        deepFool.attack(model, warmX, warmY);
        MinimizationResult deepFoolResult = time("DeepFool-L2 (50 steps max, overshoot 0.02)", count,
                () -> deepFool.attack(model, x, y));
        double[] finite = Arrays.stream(deepFoolResult.distances()).filter(d -> d > 0 && d < Double.POSITIVE_INFINITY)
                .sorted().toArray();
        System.out.printf(Locale.ROOT, "    success rate %.3f, median L2 distance of successes %.3f%n",
                deepFoolResult.result().successRate(), finite.length == 0 ? Double.NaN : finite[finite.length / 2]);
    }

    private static <T> T time(String label, int count, Supplier<T> task) {
        long start = System.nanoTime();
        T result = task.get();
        double elapsed = seconds(start);
        System.out.printf(Locale.ROOT, "%s: %.3f ms per image (%d images in %.2f s, batched)%n", label,
                1000 * elapsed / count, count, elapsed);
        return result;
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

    private static int parse(String value, String option) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            throw ValidationException.expected("a positive integer", option, value, e);
        }
        throw ValidationException.expected("a positive integer", option, value);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}

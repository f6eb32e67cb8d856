package hdae.cli;

import hdae.validate.bench.ToolkitBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hdae bench}: the speed of training and attacks on a 784-128-10 MLP on MNIST, on this CPU. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Train a 784-128-10 MLP on MNIST and time it (seconds per epoch, batch 128), then time FGSM,",
                "PGD-L2 (20 steps) and DeepFool-L2 in milliseconds per image, with the thread count.",
                "The Monte Carlo kernels have JMH benchmarks: mvn -q -pl numeric-check -am -Pbenchmark process-test-classes"})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--epochs", paramLabel = "E", defaultValue = "1", description = "training epochs (default: ${DEFAULT-VALUE})")
    private int epochs;

    @Option(names = "--images", paramLabel = "M", defaultValue = "1000",
            description = "attacked test images (default: ${DEFAULT-VALUE})")
    private int images;

    @Option(names = "--train-size", paramLabel = "N", defaultValue = "60000",
            description = "training images (default: ${DEFAULT-VALUE})")
    private int trainSize;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // MNIST has 60,000 training and 10,000 test images: a larger count is refused, not silently cut
        requireRange(epochs, 1, 1000, "--epochs");
        requireRange(images, 1, 10_000, "--images");
        requireRange(trainSize, 1, 60_000, "--train-size");
        ToolkitBenchmark.run(new String[] {"--epochs", String.valueOf(epochs), "--images", String.valueOf(images),
            "--train-size", String.valueOf(trainSize), "--seed", String.valueOf(seed)});
        return Hdae.OK;
    }

    private static void requireRange(int value, int lo, int hi, String option) {
        if (!(value >= lo && value <= hi)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "expected %d to %d for %s, got %d",
                    lo, hi, option, value));
        }
    }
}

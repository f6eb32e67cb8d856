package hdae.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import hdae.symbolic.io.AtomicFiles;
import hdae.validate.bench.BenchFigures;
import hdae.validate.bench.BenchSettings;
import hdae.validate.bench.CertifyBenchmark;
import hdae.validate.bench.CrownRadiusBenchmark;
import hdae.validate.bench.ToolkitBenchmark;
import hdae.validate.certify.TimeLimit;
import hdae.validate.data.Mnist;
import hdae.validate.model.Classifier;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hdae bench}: the speed of training and attacks on an MLP on MNIST, on this CPU. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Time training and attacks on an MLP on this CPU.",
        description = {"Train an MLP (784-128-10 by default) on MNIST and time it (seconds per epoch, batch 128),",
                "then time FGSM, PGD-L2, DeepFool-L2 and optionally the minimal-L2 PGD bisection in milliseconds",
                "per image, with the thread count. gpu-validate/bench/compare.py runs the same workloads in PyTorch",
                "alternately with this command and prints the ratios. The Monte Carlo kernels have JMH benchmarks:",
                "mvn -q -pl numeric-check -am -Pbenchmark process-test-classes",
                "With --mode certify: time the certified bounds instead (CROWN, alpha-CROWN and branch and bound,",
                "CPU ms per image, and their tightness against DeepFool) on 784-128-10, 49-128-128-10 and",
                "784-128-128-10; --images M (default 50 in this mode), --bab-images K, --bab-seconds S (wall time)",
                "or --bab-cpu-seconds S (the benchmark thread's CPU time, for a machine shared with other jobs).",
                "With --mode crown --model FILE: time CROWN's certified L2 radius (no box, bisection to 0.1 %) of the",
                "network in FILE (784 inputs, 10 classes; for example one written by --export) on the first M",
                "correctly classified MNIST test images (--images M, default 100 in this mode): ms per image of wall,",
                "process CPU and thread CPU time, and the mean radius; gpu-validate/bench/crown_reference.py is its",
                "PyTorch twin."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the benchmark ran", "2:bad input or usage (one line on standard error)"})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "toolkit",
            description = "toolkit (training and attacks), certify (certified bounds) or crown (CROWN certified radius"
                    + " of --model) (default: ${DEFAULT-VALUE})")
    private Mode mode;

    @Option(names = "--bab-images", paramLabel = "K", defaultValue = "20",
            description = "certify mode: images per model for branch and bound (default: ${DEFAULT-VALUE})")
    private int babImages;

    @Option(names = "--bab-seconds", paramLabel = "S", defaultValue = "10",
            description = "certify mode: wall-time limit of branch and bound per image (default: ${DEFAULT-VALUE})")
    private int babSeconds;

    @Option(names = "--bab-cpu-seconds", paramLabel = "S",
            description = "certify mode: limit branch and bound to S seconds of its thread's CPU time per image"
                    + " instead of wall time")
    private Integer babCpuSeconds;

    @Option(names = "--epochs", paramLabel = "E", defaultValue = "1", description = "training epochs (default: ${DEFAULT-VALUE})")
    private int epochs;

    @Option(names = "--images", paramLabel = "M", defaultValue = "1000",
            description = "attacked test images, at most 10000 (default: ${DEFAULT-VALUE})")
    private int images;

    @Option(names = "--train-size", paramLabel = "N", defaultValue = "60000",
            description = "training images, at most 60000 (default: ${DEFAULT-VALUE})")
    private int trainSize;

    @Option(names = "--hidden", paramLabel = "W", split = ",", defaultValue = "128",
            description = "hidden widths, for example 128 or 128,128 (default: ${DEFAULT-VALUE})")
    private List<Integer> hidden = new ArrayList<>();

    @Option(names = "--pgd-steps", paramLabel = "T", defaultValue = "20",
            description = "PGD-L2 steps, each 2.5 eps/T (default: ${DEFAULT-VALUE})")
    private int pgdSteps;

    @Option(names = "--deepfool", paramLabel = "MODE", defaultValue = "box",
            description = "DeepFool clipped to the box [0,1] (box) or the textbook attack (unclipped) (default: ${DEFAULT-VALUE})")
    private DeepFoolMode deepFool;

    @Option(names = "--bisection", description = "also time the minimal-L2 PGD bisection")
    private boolean bisection;

    @Option(names = "--export", paramLabel = "FILE", description = "write the trained network as .npz (for torch_reference.py)")
    private Path export;

    @Option(names = "--model", paramLabel = "FILE",
            description = "crown mode: the network to certify (.npz, .h5 or .onnx; 784 inputs, 10 classes)")
    private Path model;

    @Option(names = "--json", paramLabel = "FILE", description = "write the figures as JSON")
    private Path json;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    /** DeepFool's treatment of the box. */
    enum DeepFoolMode { box, unclipped }

    /** What is timed. */
    enum Mode { toolkit, certify, crown }

    @Override
    public Integer call() throws Exception {
        if (model != null && mode != Mode.crown) {
            throw new IllegalArgumentException("expected --model only with --mode crown, got it with --mode " + mode);
        }
        if (mode == Mode.crown) {
            return crown();
        }
        if (mode == Mode.certify) {
            if (json != null || export != null) {
                throw new IllegalArgumentException("expected --json and --export only with --mode toolkit, got them"
                        + " with --mode certify");
            }
            boolean given = spec.commandLine().getParseResult().hasMatchedOption("--images");
            if (babCpuSeconds != null && spec.commandLine().getParseResult().hasMatchedOption("--bab-seconds")) {
                throw new IllegalArgumentException("expected one of --bab-seconds and --bab-cpu-seconds, got both");
            }
            CertifyBenchmark.run(given ? images : 50, babImages, babCpuSeconds == null ? babSeconds : babCpuSeconds,
                    babCpuSeconds == null ? TimeLimit.Clock.WALL : TimeLimit.Clock.THREAD_CPU,
                    new PrintStream(System.out, true, StandardCharsets.UTF_8));
            return Hdae.OK;
        }
        // the ranges are checked once, by BenchSettings, with the option's name in the message
        BenchSettings settings = new BenchSettings(epochs, trainSize, images, hidden, pgdSteps,
                deepFool == DeepFoolMode.box, bisection, seed, Optional.ofNullable(export));
        writable(export, "--export");
        writable(json, "--json");
        BenchFigures figures = ToolkitBenchmark.run(settings, new PrintStream(System.out, true, StandardCharsets.UTF_8));
        writeJson(figures.asMap());
        return Hdae.OK;
    }

    /** {@code --mode crown}: every input checked (the model read) before MNIST is loaded and the timing starts. */
    private int crown() throws Exception {
        if (model == null || export != null) {
            throw new IllegalArgumentException("expected --model FILE and no --export with --mode crown");
        }
        int count = spec.commandLine().getParseResult().hasMatchedOption("--images") ? images : 100;
        BenchSettings.requireIn(count, 1, BenchSettings.MNIST_TEST, "--images");
        writable(json, "--json");
        Classifier network = CrownRadiusBenchmark.readNetwork(model);
        CrownRadiusBenchmark.Figures figures = CrownRadiusBenchmark.run(network, Mnist.test(), count);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.printf(Locale.ROOT, "%s, %d images: CROWN certified L2 radius (no box, tolerance %.0e) %.2f ms/image wall,"
                + " %.2f process CPU, %.2f thread CPU; mean radius %.6f%n", figures.architecture(),
                figures.radii().length, CrownRadiusBenchmark.TOLERANCE, figures.time().wall(), figures.time().cpu(),
                figures.threadCpuMsPerImage(), figures.meanRadius());
        writeJson(figures.asMap());
        return Hdae.OK;
    }

    /** Writes the figures to --json, atomically, if it was given. */
    private void writeJson(Map<String, Object> figures) throws java.io.IOException {
        if (json != null) {
            AtomicFiles.writeString(json, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(figures) + "\n");
        }
    }

    /** An output file's folder must exist and be writable before the benchmark starts. */
    private static void writable(Path file, String option) {
        if (file == null) {
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file) || folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw new IllegalArgumentException("cannot write " + option + " " + file
                    + ": expected a file in an existing, writable folder");
        }
    }
}

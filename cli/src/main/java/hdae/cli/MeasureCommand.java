package hdae.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import hdae.symbolic.io.AtomicFiles;
import hdae.validate.data.Dataset;
import hdae.validate.export.ModelFile;
import hdae.validate.measure.InputData;
import hdae.validate.measure.NetworkMeasurement;
import hdae.validate.measure.SampleBracket;
import hdae.validate.model.Classifier;
import hdae.validate.model.Precision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hdae measure}: the certified and attacked L2 bracket of a user's network on a user's data. */
@Command(name = "measure", mixinStandardHelpOptions = true,
        header = "Bracket the minimal adversarial perturbations of your own network.",
        description = {"Measure a ReLU MLP on images: per input the certified radius and the attacks' distances that"
                + " bracket the minimal adversarial L2 perturbation inside [0,1]^n, and per budget the certified"
                + " accuracy and the accuracy under attack that enclose the robust accuracy. Writes DIR/samples.csv"
                + " and DIR/summary.json.",
            "Models: .npz (W0, b0, W1, b1, ...; float32 or float64), Keras HDF5 (.h5: a Sequential of Dense"
                + " layers, relu hidden, linear or softmax last; read by DL4J's Keras import) or ONNX (.onnx: Gemm"
                + " or MatMul+Add layers with Relu between; Flatten, Identity and a final Softmax allowed); a final"
                + " softmax is dropped, the logits are measured. See gpu-validate/README.md."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:measured", "2:bad input or usage: an unreadable model or data file, a shape mismatch,"
                + " an unwritable output folder (one line on standard error)"})
final class MeasureCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "FILE", description = "the network: .npz, .h5 (Keras) or .onnx")
    private Path model;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private DataOptions data;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "200",
            description = "measure the first N inputs (default: ${DEFAULT-VALUE})")
    private int limit;

    @Option(names = "--eps", paramLabel = "EPS", split = ",", defaultValue = "0.25,0.5,1.0",
            description = "L2 budgets of the accuracies (default: ${DEFAULT-VALUE})")
    private double[] eps;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "measure-out",
            description = "output folder (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--json", description = "also print the summary as JSON on standard output")
    private boolean json;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    /** Either the bundled MNIST or a pair of files. */
    static final class DataOptions {
        @Option(names = "--data", paramLabel = "mnist[:SIDE]",
                description = "the bundled MNIST test set, side 7, 14, 28 (default) or 56")
        String bundled;

        @ArgGroup(exclusive = false)
        FilePair files;

        /** @return the data set, its labels checked against the network's number of classes */
        Dataset load(int classes) {
            return bundled != null ? InputData.mnist(side(bundled))
                    : InputData.files(files.images, files.labels, classes);
        }
    }

    /** Images and labels, .npy or IDX (plain or gzip). */
    static final class FilePair {
        @Option(names = "--images", required = true, paramLabel = "FILE", description = "images, .npy or IDX")
        Path images;

        @Option(names = "--labels", required = true, paramLabel = "FILE", description = "labels, .npy or IDX")
        Path labels;
    }

    @Override
    public Integer call() throws Exception {
        if (!(limit >= 1)) {
            throw new IllegalArgumentException("expected --limit >= 1, got " + limit);
        }
        try (OutputFolder folder = OutputFolder.open(out, "--out")) {
            return measure(folder);
        }
    }

    private int measure(OutputFolder folder) throws Exception {
        Classifier network = ModelFile.read(model, Precision.DOUBLE);
        Dataset inputs = data.load(network.classes());
        NetworkMeasurement.Result result = NetworkMeasurement.run(network, inputs, limit, eps);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("model", model.toString());
        summary.put("data", inputs.name());
        summary.put("dimension", inputs.dimension());
        summary.put("layers", network.denseLayers().stream().map(l -> l.in() + "x" + l.out()).toList());
        summary.putAll(result.summary());
        String text = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary) + "\n";
        AtomicFiles.writeString(folder.staging().resolve("samples.csv"), csv(result.rows()));
        AtomicFiles.writeString(folder.staging().resolve("summary.json"), text);
        folder.commit();
        var printer = spec.commandLine().getOut();
        if (json) {
            printer.print(text);
        } else {
            printer.printf(Locale.ROOT, "%d inputs of %s, %d-dimensional: results in %s (samples.csv, summary.json)%n",
                    result.rows().size(), inputs.name(), inputs.dimension(), out);
        }
        printer.flush();
        return Hdae.OK;
    }

    private static int side(String spec) {
        String s = spec.trim().toLowerCase(Locale.ROOT);
        if (s.equals("mnist")) {
            return 28;
        }
        if (s.startsWith("mnist:")) {
            try {
                return Integer.parseInt(s.substring("mnist:".length()));
            } catch (NumberFormatException e) {
                // reported below with the value
            }
        }
        throw new IllegalArgumentException("expected --data mnist or mnist:SIDE (SIDE 7, 14, 28 or 56), got " + spec);
    }

    private static String csv(List<SampleBracket> rows) {
        List<String> lines = new ArrayList<>();
        lines.add("index,label,predicted,correct,certified_l2,deepfool_l2,pgd_bisection_l2,upper_l2");
        for (SampleBracket r : rows) {
            lines.add(String.format(Locale.ROOT, "%d,%d,%d,%b,%s,%s,%s,%s", r.index(), r.label(), r.predicted(),
                    r.correct(), num(r.certified()), num(r.deepFool()), num(r.bisection()), num(r.upper())));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String num(double v) {
        return v == Double.POSITIVE_INFINITY ? "inf" : String.format(Locale.ROOT, "%.6g", v);
    }
}

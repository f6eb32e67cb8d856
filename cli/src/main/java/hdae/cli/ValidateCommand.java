package hdae.cli;

import hdae.validate.experiment.Scale;
import hdae.validate.experiment.Validation;
import hdae.validate.experiment.ExperimentTable;
import hdae.validate.experiment.TableJson;
import hdae.validate.export.ModelFile;
import hdae.validate.experiment.Experiment;
import hdae.validate.measure.CorrectedTheoremOnModel;
import hdae.validate.measure.InputData;
import hdae.validate.measure.SlopeOnModels;
import hdae.validate.model.Classifier;
import hdae.validate.model.ModelCache;
import hdae.validate.model.Precision;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hdae validate}: the experiments on trained networks, each row judged against its bound and the gap ledger. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Run the experiments on trained networks and judge them against the bounds.",
        description = {"Run the experiments on trained networks and judge every row against its catalogue bound and the"
                + " gap ledger (HOLDS, GAP_LEDGERED, SUPPORTED, REFUTED, INCONCLUSIVE, GAP_UNLEDGERED,"
                + " LEDGER_STALE); claims on minimal distances are judged on the bracket (certified mean, attack"
                + " mean); write the tables (Markdown, JSON) and their figures (PNG) to DIR, with an index of every"
                + " table there.",
            "With --bound ID --model FILE, check that catalogue bound on your own network instead, by the"
                + " same rules: the corrected theorem's bounds cube-mean-dist-le-inv-2pi-of-half-mass and"
                + " cube-cond-mean-dist-le-inv-2pi-q-of-half-mass on a two-class network (.npz, .h5 or .onnx), or"
                + " claim A5's slope adv-l2-mean-isbigo-inv-sqrt-n on several networks, one per MNIST resolution"
                + " (--model repeated, --data mnist). No gap of a user's network is ledgered.",
            "Trained models are kept in the folder of --model-cache. Experiments of other jars on the class path"
                + " are found through java.util.ServiceLoader: see ExperimentProvider in gpu-validate/README.md."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every row holds or is a ledgered gap", "1:an unledgered gap or a stale ledger entry",
                "2:bad input or usage: an unknown experiment or bound, a model or data file it cannot read, an"
                + " output or cache folder that cannot be written (one line on standard error)"})
final class ValidateCommand implements Callable<Integer> {
    /** The bounds --bound can check on a user's network. */
    static final List<String> CHECKABLE = List.of(CorrectedTheoremOnModel.MEAN_BOUND, CorrectedTheoremOnModel.COND_BOUND,
            SlopeOnModels.BOUND);

    @Option(names = "--scale", paramLabel = "SCALE", defaultValue = "quick", converter = ScaleConverter.class,
            description = "quick (what mvn test runs) or full (default: ${DEFAULT-VALUE})")
    private Scale scale;

    @Option(names = "--only", paramLabel = "ID", description = "run one experiment")
    private String only;

    @Option(names = "--rejudge", description = "judge the tables already in DIR again against the current gap ledger,"
            + " without measuring (after ledgering a gap that a run found)")
    private boolean rejudge;

    @Option(names = "--bound", paramLabel = "ID", description = "check this catalogue bound on the network of --model")
    private String bound;

    @Option(names = "--model", paramLabel = "FILE", description = "with --bound: your network (.npz, .h5 or .onnx);"
            + " for " + SlopeOnModels.BOUND + " one per resolution, the option repeated")
    private List<Path> model;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private MeasureCommand.DataOptions data;

    @Option(names = "--out", paramLabel = "DIR",
            description = "output folder (default: docs/validation; with --bound, validate-out)")
    private Path out;

    @Option(names = "--model-cache", paramLabel = "DIR", description = "the folder of trained models (default: system"
            + " property hdae.cache.dir, else HDAE_CACHE_DIR, else ~/.cache/hdae/models)")
    private Path modelCache;

    @Option(names = "--parallel", paramLabel = "N", description = "run up to N experiments at once, each on its own"
            + " thread (default: 2 with two processors or more, else 1); the tables are the same as one at a time")
    private Integer parallel;

    @Option(names = "--json", description = "print the tables run as JSON on standard output")
    private boolean json;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (bound != null) {
            return checkBound();
        }
        if (model != null || data != null) {
            throw new IllegalArgumentException("expected --bound ID with --model and --data, got "
                    + (model != null ? "--model " + model.get(0) : "--data") + " without --bound");
        }
        out = out == null ? Path.of("docs", "validation") : out;
        ModelCache cache = cache();
        checkBeforeWork();
        int status = Validation.run(scale, only, out, rejudge, cache,
                parallel == null ? Validation.defaultConcurrency() : parallel);
        if (json) {
            ArrayNode tables = new ObjectMapper().createArrayNode();
            String suffix = scale.name().toLowerCase(Locale.ROOT);
            for (String id : Validation.experimentIds()) {
                Path table = out.resolve(id + "-" + suffix + ".json");
                if ((only == null || id.equals(only)) && Files.isRegularFile(table)) {
                    tables.add(new ObjectMapper().readTree(table.toFile()));
                }
            }
            print(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tables));
        }
        return status;
    }

    /** --bound: one catalogue bound on the user's network, written as a set into --out. */
    private int checkBound() throws IOException {
        if (only != null || rejudge) {
            throw new IllegalArgumentException("expected --bound without --only and --rejudge, got both");
        }
        if (!CHECKABLE.contains(bound)) {
            throw new IllegalArgumentException("expected a bound checkable on your network (" + String.join(", ",
                    CHECKABLE) + ") for --bound, got " + bound);
        }
        if (model == null) {
            throw new IllegalArgumentException("expected --model FILE with --bound " + bound + ", got none");
        }
        try (OutputFolder folder = OutputFolder.open(out == null ? Path.of("validate-out") : out, "--out")) {
            Experiment experiment = experiment();
            ExperimentTable table = Validation.runOne(experiment, scale, folder.staging());
            folder.commit();
            if (json) {
                print(TableJson.write(table));
            }
            return table.failures().isEmpty() ? Hdae.OK : 1;
        }
    }

    /** The check of --bound on the networks of --model, every file read before any measuring. */
    private Experiment experiment() {
        if (bound.equals(SlopeOnModels.BOUND)) {
            if (data != null && data.bundled == null) {
                throw new IllegalArgumentException("expected --data mnist for --bound " + bound + " (each network is"
                        + " measured on MNIST at its own resolution), got --images and --labels");
            }
            List<SlopeOnModels.Network> networks = new java.util.ArrayList<>();
            for (Path file : model) {
                Classifier network = ModelFile.read(file, Precision.DOUBLE);
                int side = (int) Math.round(Math.sqrt(network.inputs()));
                if (side * side != network.inputs() || !List.of(7, 14, 28, 56).contains(side)) {
                    throw new IllegalArgumentException("expected a network on square MNIST images (7x7, 14x14, 28x28"
                            + " or 56x56) for --model " + file + ", got " + network.inputs() + " inputs");
                }
                networks.add(new SlopeOnModels.Network(network, file.toString(), InputData.mnist(side)));
            }
            return SlopeOnModels.of(networks);
        }
        if (model.size() != 1) {
            throw new IllegalArgumentException("expected one --model for --bound " + bound + ", got " + model.size());
        }
        Classifier network = ModelFile.read(model.get(0), Precision.DOUBLE);
        return CorrectedTheoremOnModel.of(network, model.get(0).toString(),
                data == null ? null : data.load(network.classes()));
    }

    /** The model cache of --model-cache, checked before any work, else the default. */
    private ModelCache cache() {
        if (modelCache == null) {
            return ModelCache.defaultCache();
        }
        try {
            Files.createDirectories(modelCache);
        } catch (IOException e) {
            throw new IllegalArgumentException("expected a folder that can be created for --model-cache, got "
                    + modelCache + " (" + e.getMessage() + ")");
        }
        if (!Files.isWritable(modelCache)) {
            throw new IllegalArgumentException("expected a writable folder for --model-cache, got " + modelCache);
        }
        return ModelCache.in(modelCache);
    }

    private void print(String text) {
        spec.commandLine().getOut().println(text.strip());
        spec.commandLine().getOut().flush();
    }

    /**
     * What can fail after minutes of measuring is checked before: the output folder can be created and written
     * (a probe), no table of the chosen experiments has a folder in its place, and --rejudge has tables to judge.
     */
    private void checkBeforeWork() {
        if (parallel != null && parallel < 1) {
            throw new IllegalArgumentException("expected a number of experiments of at least 1 for --parallel, got "
                    + parallel);
        }
        OutputFolder.open(out, "--out").close();
        String suffix = scale.name().toLowerCase(java.util.Locale.ROOT);
        java.util.List<String> ids = Validation.experimentIds().stream().filter(id -> only == null || id.equals(only)).toList();
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("expected an experiment id (" + String.join(", ", Validation.experimentIds())
                    + ") for --only, got " + only);
        }
        java.util.List<Path> targets = new java.util.ArrayList<>();
        ids.forEach(id -> targets.addAll(java.util.List.of(out.resolve(id + "-" + suffix + ".md"),
                out.resolve(id + "-" + suffix + ".json"))));
        targets.add(out.resolve("index-" + suffix + ".md"));
        for (Path t : targets) {
            if (java.nio.file.Files.isDirectory(t)) {
                throw new IllegalArgumentException("cannot write " + t + ": it is a folder; nothing was written");
            }
        }
        if (rejudge && ids.stream().noneMatch(id -> java.nio.file.Files.isRegularFile(out.resolve(id + "-" + suffix + ".json")))) {
            throw new IllegalArgumentException("expected " + (only != null ? "the table " + out.resolve(only + "-" + suffix + ".json")
                    : suffix + "-scale tables (ID-" + suffix + ".json) in " + out) + " for --rejudge, found "
                    + (java.nio.file.Files.isDirectory(out) ? "none" : "no such folder") + " (run hdae validate without --rejudge first)");
        }
    }

    /** "quick" or "full"; anything else is a usage error naming the value. */
    static final class ScaleConverter implements CommandLine.ITypeConverter<Scale> {
        @Override
        public Scale convert(String value) {
            return switch (value) {
                case "quick" -> Scale.QUICK;
                case "full" -> Scale.FULL;
                default -> throw new CommandLine.TypeConversionException("expected quick or full, got " + value);
            };
        }
    }
}

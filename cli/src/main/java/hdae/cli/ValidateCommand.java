package hdae.cli;

import hdae.validate.experiment.Scale;
import hdae.validate.experiment.Validation;
import hdae.validate.model.ModelCache;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hdae validate}: the experiments on trained networks, each row judged against its bound and the gap ledger. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Run the experiments on trained networks and judge them against the bounds.",
        description = {"Run the experiments on trained networks and judge every row against its catalogue bound and",
                "the gap ledger (HOLDS, GAP_LEDGERED, SUPPORTED, REFUTED, INCONCLUSIVE, GAP_UNLEDGERED, LEDGER_STALE);",
                "claims on minimal distances are judged on the bracket (certified mean, attack mean); write the tables",
                "(Markdown, JSON)",
                "and their figures (PNG) to DIR, with an index of every table there.",
                "Trained models are cached in ~/.cache/hdae/models.", "The system property hdae.cache.dir names another folder."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every row holds or is a ledgered gap", "1:an unledgered gap or a stale ledger entry",
                "2:bad input or usage"})
final class ValidateCommand implements Callable<Integer> {
    @Option(names = "--scale", paramLabel = "SCALE", defaultValue = "quick", converter = ScaleConverter.class,
            description = "quick (what mvn test runs) or full (default: ${DEFAULT-VALUE})")
    private Scale scale;

    @Option(names = "--only", paramLabel = "ID", description = "run one experiment")
    private String only;

    @Option(names = "--rejudge", description = "judge the tables already in DIR again against the current gap ledger,"
            + " without measuring (after ledgering a gap that a run found)")
    private boolean rejudge;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "docs/validation",
            description = "output folder (default: ${DEFAULT-VALUE})")
    private Path out;

    @Override
    public Integer call() {
        checkBeforeWork();
        return Validation.run(scale, only, out, rejudge, ModelCache.defaultCache());
    }

    /**
     * What can fail after minutes of measuring is checked before: the output folder can be created and written
     * (a probe), no table of the chosen experiments has a folder in its place, and --rejudge has tables to judge.
     */
    private void checkBeforeWork() {
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

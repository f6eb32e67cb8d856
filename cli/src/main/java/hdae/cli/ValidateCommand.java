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
        description = {"Run the experiments on trained networks and judge every row against its catalogue bound and",
                "the gap ledger (HOLDS, GAP_LEDGERED, SUPPORTED, REFUTED, INCONCLUSIVE, GAP_UNLEDGERED, LEDGER_STALE);",
                "claims on minimal distances are judged on the bracket (certified mean, attack mean); write the tables",
                "(Markdown, JSON)",
                "and their figures (PNG) to DIR, with an index of every table there.",
                "Trained models are cached (system property hdae.cache.dir, default ~/.cache/hdae/models)."},
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
        return Validation.run(scale, only, out, rejudge, ModelCache.defaultCache());
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

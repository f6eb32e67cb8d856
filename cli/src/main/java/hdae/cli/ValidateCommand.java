package hdae.cli;

import hdae.validate.experiment.ValidateMain;
import hdae.validate.model.ModelCache;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hdae validate}: the experiments on trained networks, each row judged against its bound and the gap ledger. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Run the experiments on trained networks and judge every row against its catalogue bound and",
                "the gap ledger (HOLDS, GAP_LEDGERED, GAP_UNLEDGERED, LEDGER_STALE); write Markdown tables to DIR.",
                "Trained models are cached (system property hdae.cache.dir, default ~/.cache/hdae/models)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every row holds or is a ledgered gap", "1:an unledgered gap or a stale ledger entry",
                "2:bad input or usage"})
final class ValidateCommand implements Callable<Integer> {
    @Option(names = "--scale", paramLabel = "SCALE", defaultValue = "quick",
            description = "quick (what mvn test runs) or full (default: ${DEFAULT-VALUE})")
    private String scale;

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
        List<String> args = new ArrayList<>(List.of("--scale", scale, "--out", out.toString()));
        if (only != null) {
            args.addAll(List.of("--only", only));
        }
        if (rejudge) {
            args.add("--rejudge");
        }
        return ValidateMain.run(args.toArray(String[]::new), ModelCache.defaultCache());
    }
}

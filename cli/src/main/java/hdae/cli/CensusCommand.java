package hdae.cli;

import hdae.validate.census.CensusMain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hdae census}: the Hessian census of small networks (saddle points against minima, claim A4). */
@Command(name = "census", mixinStandardHelpOptions = true,
        header = "The Hessian census of small tanh networks: minima against saddles.",
        description = {"Find critical points of small tanh networks, compute their exact Hessians and write the census",
                "(index against loss, fraction of minima against the independent-sign and GOE models) as",
                "DIR/census.md, census.csv, census.tex and index-vs-loss.png. The full scale takes about 5 minutes on 2 cores.",
                "With --json, prints the scale, the seeds and the files written as one JSON object."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the census is written", "2:bad input or usage, or an output folder that cannot be written"
                + " (one line on standard error, before any work)"})
final class CensusCommand implements Callable<Integer> {
    @Option(names = "--scale", paramLabel = "SCALE", defaultValue = "full",
            description = "quick (the scale of the tests, seconds) or full (default: ${DEFAULT-VALUE})")
    private String scale;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "docs/census",
            description = "output folder (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "" + CensusMain.DEFAULT_SEED,
            description = "seed of the starting points and of the GOE estimate (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--goe-samples", paramLabel = "K", defaultValue = "20000",
            description = "importance samples per GOE size (default: ${DEFAULT-VALUE})")
    private int goeSamples;

    @Mixin
    private JsonOption json;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!scale.equals("quick") && !scale.equals("full")) {
            throw new IllegalArgumentException("expected quick or full for --scale, got " + scale);
        }
        if (!(goeSamples >= 100)) {
            throw new IllegalArgumentException("expected at least 100 for --goe-samples, got " + goeSamples);
        }
        // the output folder first (before minutes of search); the four files are moved into place together
        List<Path> wrote;
        try (OutputFolder folder = OutputFolder.open(out, "--out")) {
            CensusMain.write(scale.equals("quick"), folder.staging(), seed, goeSamples);
            try (Stream<Path> files = Files.list(folder.staging())) {
                wrote = files.map(f -> out.resolve(f.getFileName())).sorted().toList();
            }
            folder.commit();
        }
        if (json.json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("scale", scale);
            root.put("seed", seed);
            root.put("goeSamples", goeSamples);
            root.put("wrote", JsonOption.paths(wrote.toArray(Path[]::new)));
            JsonOption.print(spec.commandLine().getOut(), root);
            return Hdae.OK;
        }
        spec.commandLine().getOut().println("wrote " + out.resolve("census.md"));
        return Hdae.OK;
    }
}

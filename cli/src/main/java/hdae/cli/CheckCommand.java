package hdae.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import hdae.proofs.check.BoundVerdict;
import hdae.proofs.check.CheckSettings;
import hdae.proofs.check.DerivedVerdicts;
import hdae.proofs.check.ParallelCheck;
import hdae.proofs.check.StepResult;
import hdae.proofs.format.Derivation;
import hdae.proofs.format.DerivationLibrary;
import hdae.proofs.format.DerivationFiles;
import hdae.symbolic.bound.BoundCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hdae check}: every step of every derivation, one verdict each. */
@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Check derivations step by step; one verdict per step and per bound.",
        description = {"Check derivations step by step and print one verdict per step:",
                "PROVED, CHECKED, CITED, FAILED (with a counterexample) or UNKNOWN;",
                "then one derived verdict per bound (of the catalogue, or declared in a file's",
                "'bound' block), over every step it rests on, with the cited results it assumes.",
                "Without files, checks the derivations that ship with hdae."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every step holds (PROVED, CHECKED or CITED) as expected",
                "1:a step is FAILED or UNKNOWN, or misses its 'expect' line", "2:bad input or usage"})
final class CheckCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "derivation files (.deriv); default: the shipped ones")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--json", description = "print JSON instead of a table")
    private boolean json;

    @Mixin
    private CasTimeoutOption cas;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "20180101",
            description = "seed of the random test points (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "" + CheckedLibrary.THREADS,
            description = "derivations checked at once in this JVM, each with its own CAS (default: ${DEFAULT-VALUE};"
                    + " never more than one per processor). Faster, but two CAS engines in one JVM do not always behave as one:"
                    + " a step may come out CHECKED where one thread proves it")
    private int threads;

    @Option(names = "--processes", paramLabel = "N",
            description = "JVMs that check derivations at once, each with one CAS (default: 2 on a machine with 2 or"
                    + " more processors when 4 or more derivations are checked, else 1). JVMs share nothing, so the"
                    + " verdicts are those of one JVM")
    private Integer processes;

    @Option(names = "--worker", hidden = true, description = "serve a checking JVM: derivation numbers in, results out")
    private boolean worker;

    @Option(names = "--full-detail", description = "do not shorten the evidence column")
    private boolean fullDetail;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new IllegalArgumentException("expected at least 1 for --threads, got " + threads);
        }
        if (processes != null && processes < 1) {
            throw new IllegalArgumentException("expected at least 1 for --processes, got " + processes);
        }
        DerivationFiles loaded = load(BoundCatalogue.standard());
        BoundCatalogue catalogue = loaded.catalogue();
        List<Derivation> derivations = loaded.derivations();
        CheckSettings settings = cas.settings().withSeed(seed);
        var out = spec.commandLine().getOut();
        if (worker) {
            try (ParallelCheck.Worker w = ParallelCheck.inProcess(catalogue, settings).get()) {
                CheckProcess.serve(derivations, w, out);
            }
            return Hdae.OK;
        }
        List<StepResult> results = new ArrayList<>();
        VerdictTable table = new VerdictTable(out, fullDetail);
        if (!json) {
            table.header();
        }
        List<java.util.function.Supplier<ParallelCheck.Worker>> workers = new ArrayList<>(
                ParallelCheck.inProcess(catalogue, settings, ParallelCheck.threads(threads)));
        for (int i = 1; i < processes(derivations.size()); i++) {
            workers.add(CheckProcess.starting(workerArguments()));
        }
        ParallelCheck.check(derivations, workers, ParallelCheck.inProcess(catalogue, settings), done -> {
            results.addAll(done);
            if (!json) {
                done.forEach(table::row);
                out.flush();
            }
        });
        List<BoundVerdict> bounds = DerivedVerdicts.of(catalogue, derivations, results);
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(
                    toJson(results, bounds)));
        } else {
            table.summary(results);
            table.bounds(bounds);
        }
        out.flush();
        return results.stream().allMatch(r -> r.verdict().holds() && r.asExpected()) ? Hdae.OK : Hdae.NOT_ALL_HOLD;
    }

    /** The JVMs to check {@code count} derivations: as asked, or 2 where that pays (see the option), at most one per processor. */
    private int processes(int count) {
        int cores = Runtime.getRuntime().availableProcessors();
        int wanted = processes != null ? processes : count >= 4 ? 2 : 1;
        return Math.max(1, Math.min(wanted, Math.min(cores, count)));
    }

    /** The arguments that fix a worker JVM's verdicts: the same seed, CAS limit and files. */
    private List<String> workerArguments() {
        List<String> args = new ArrayList<>(List.of("--seed", Long.toString(seed), "--cas-timeout", cas.seconds()));
        files.forEach(f -> args.add(f.toAbsolutePath().toString()));
        return args;
    }

    /** The files given (with the bounds they declare), or the shipped derivations. */
    private DerivationFiles load(BoundCatalogue catalogue) {
        if (files.isEmpty()) {
            return new DerivationFiles(catalogue, DerivationLibrary.standard(catalogue));
        }
        for (Path f : files) {
            if (!Files.exists(f)) {
                throw new IllegalArgumentException("cannot read " + f + ": no such file");
            }
            if (!Files.isRegularFile(f)) {
                throw new IllegalArgumentException("cannot read " + f + ": not a regular file (give .deriv files)");
            }
        }
        return DerivationFiles.read(catalogue, files);
    }

    /** The verdicts as {@code --json} prints them (also part of audit's and report's {@code --json}). */
    static Map<String, Object> toJson(List<StepResult> results, List<BoundVerdict> bounds) {
        List<Map<String, Object>> steps = new ArrayList<>();
        results.forEach(r -> steps.add(StepResultJson.of(r)));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("steps", steps);
        root.put("summary", VerdictTable.counts(results));
        List<Map<String, Object>> derived = new ArrayList<>();
        for (BoundVerdict b : bounds) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("bound", b.bound());
            m.put("derivation", b.derivation());
            b.step().ifPresent(s -> m.put("step", s));
            m.put("verdict", b.standing().name());
            m.put("closure", b.closure());
            m.put("citations", b.citations());
            m.put("weakest", b.weakest());
            m.put("summary", b.summary());
            derived.add(m);
        }
        root.put("bounds", derived);
        root.put("boundSummary", VerdictTable.standingCounts(bounds));
        return root;
    }
}

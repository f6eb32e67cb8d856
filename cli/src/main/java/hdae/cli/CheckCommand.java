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
            description = "derivations checked at once, each with its own CAS (default: ${DEFAULT-VALUE}; never more"
                    + " than one per processor). Faster, but two CAS engines in one JVM do not always behave as one:"
                    + " a step may come out CHECKED where one thread proves it")
    private int threads;

    @Option(names = "--full-detail", description = "do not shorten the evidence column")
    private boolean fullDetail;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new IllegalArgumentException("expected at least 1 for --threads, got " + threads);
        }
        DerivationFiles loaded = load(BoundCatalogue.standard());
        BoundCatalogue catalogue = loaded.catalogue();
        List<Derivation> derivations = loaded.derivations();
        CheckSettings settings = cas.settings().withSeed(seed);
        List<StepResult> results = new ArrayList<>();
        var out = spec.commandLine().getOut();
        VerdictTable table = new VerdictTable(out, fullDetail);
        if (!json) {
            table.header();
        }
        ParallelCheck.check(catalogue, settings, derivations, ParallelCheck.threads(threads), done -> {
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
        for (StepResult r : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("derivation", r.derivation());
            m.put("step", r.step());
            m.put("name", r.name());
            m.put("verdict", r.verdict().name());
            r.expected().ifPresent(e -> m.put("expected", e.name()));
            m.put("detail", r.detail());
            r.counterexample().ifPresent(c -> m.put("counterexample", Map.of("point", c.point(), "lhs", c.lhs(), "rhs", c.rhs())));
            m.put("millis", r.elapsed().toMillis());
            m.put("casCpuMillis", r.casCpu().toMillis());
            steps.add(m);
        }
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

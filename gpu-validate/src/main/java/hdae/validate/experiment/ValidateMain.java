package hdae.validate.experiment;

import hdae.symbolic.io.AtomicFiles;
import hdae.validate.ValidationException;
import hdae.validate.ledger.GapLedger;
import hdae.validate.model.ModelCache;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the experiments and writes one Markdown table per experiment, atomically, to
 * {@code <out>/<id>-<scale>.md} (default {@code docs/validation/}, relative to the working directory), plus
 * {@code index-<scale>.md}. Options: {@code --scale quick|full} (default quick), {@code --only ID},
 * {@code --out DIR}. Exit status: 0 when every row holds or is ledgered, 1 when a row fails (an unledgered gap or a
 * stale ledger entry), 2 on bad arguments (one line on standard error, no stack trace).
 *
 * <p>From the repository root: {@code mvn -q -o -pl gpu-validate exec:java
 * -Dexec.mainClass=hdae.validate.experiment.ValidateMain -Dexec.args="--scale quick"}.
 */
public final class ValidateMain {

    private ValidateMain() {
    }

    /**
     * The command line.
     *
     * @param args see the class description
     */
    public static void main(String[] args) {
        int status;
        try {
            status = run(args, ModelCache.defaultCache());
        } catch (IllegalArgumentException e) {
            System.err.println("validate: " + e.getMessage());
            status = 2;
        }
        System.exit(status);
    }

    /**
     * Runs without exiting, for tests.
     *
     * @param args  see the class description
     * @param cache the model cache
     * @return the exit status: 0 all rows hold or are ledgered, 1 some row fails
     */
    public static int run(String[] args, ModelCache cache) {
        Scale scale = Scale.QUICK;
        String only = null;
        Path out = Path.of("docs", "validation");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scale" -> scale = parseScale(value(args, ++i));
                case "--only" -> only = value(args, ++i);
                case "--out" -> out = Path.of(value(args, ++i));
                default -> throw ValidationException.expected("--scale, --only or --out", "argument", args[i]);
            }
        }
        List<Experiment> chosen = new ArrayList<>();
        for (Experiment e : all(cache)) {
            if (only == null || e.id().equals(only)) {
                chosen.add(e);
            }
        }
        if (chosen.isEmpty()) {
            throw ValidationException.expected("an experiment id (" + ids(cache) + ")", "--only", only);
        }
        GapLedger ledger = GapLedger.standard();
        String suffix = scale.name().toLowerCase(Locale.ROOT);
        StringBuilder index = new StringBuilder("# Empirical validation, " + suffix + " scale\n\n"
                + "| experiment | bound | rows | failures | seconds |\n|---|---|---|---|---|\n");
        int failures = 0;
        for (Experiment e : chosen) {
            System.err.println("validate: running " + e.id() + " at " + suffix + " scale");
            ExperimentTable table = e.run(scale, ledger);
            String file = e.id() + "-" + suffix + ".md";
            AtomicFiles.writeString(out.resolve(file), table.toMarkdown());
            failures += table.failures().size();
            for (Row r : table.failures()) {
                System.err.println("validate: " + r.judgement().verdict() + ": " + r.judgement().message());
            }
            index.append(String.format(Locale.ROOT, "| [%s](%s) | `%s` | %d | %d | %.1f |%n", e.id(), file,
                    e.bound(), table.rows().size(), table.failures().size(), table.run().durationMillis() / 1000.0));
        }
        if (only == null) {
            AtomicFiles.writeString(out.resolve("index-" + suffix + ".md"), index.toString());
        }
        System.err.println("validate: " + failures + " failing rows; tables in " + out);
        return failures == 0 ? 0 : 1;
    }

    /**
     * Every experiment, in report order.
     *
     * @param cache the model cache
     * @return the experiments
     */
    static List<Experiment> all(ModelCache cache) {
        return List.of(PriorArgumentExperiment.of(cache), RefinementWitnessExperiment.of(cache),
                CorrectedTheoremExperiment.of(cache));
    }

    private static String ids(ModelCache cache) {
        return String.join(", ", all(cache).stream().map(Experiment::id).toList());
    }

    private static Scale parseScale(String text) {
        return switch (text) {
            case "quick" -> Scale.QUICK;
            case "full" -> Scale.FULL;
            default -> throw ValidationException.expected("quick or full", "--scale", text);
        };
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw ValidationException.expected("a value after " + args[i - 1], "argument", "end of line");
        }
        return args[i];
    }
}

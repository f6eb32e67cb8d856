package hdae.validate.experiment;

import hdae.symbolic.io.AtomicFiles;
import hdae.validate.ValidationException;
import hdae.validate.ledger.GapLedger;
import hdae.validate.model.ModelCache;
import hdae.validate.model.Progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the experiments and writes, atomically, one table per experiment to {@code <out>/<id>-<scale>.md} and
 * {@code .json}, its figures as PNG, and {@code index-<scale>.md} listing every table of that scale in the folder.
 * The command line is {@code hdae validate} (module cli), which parses the options into {@link #run}.
 */
public final class Validation {

    private Validation() {
    }

    /**
     * Runs (or, with {@code rejudge}, judges again) the chosen experiments.
     *
     * @param scale   the scale
     * @param only    one experiment id, or null for all
     * @param out     the output folder
     * @param rejudge judge the tables already in {@code out} against the current ledger, without measuring
     * @param cache   the model cache
     * @return the exit status: 0 all rows hold or are ledgered, 1 some row fails (an unledgered gap or a stale
     *         ledger entry)
     * @throws ValidationException for an unknown experiment id, or a missing or corrupt earlier table
     */
    public static int run(Scale scale, String only, Path out, boolean rejudge, ModelCache cache) {
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
        int failures = 0;
        try (Progress progress = Progress.start("validate " + suffix, chosen.size())) {
            for (Experiment e : chosen) {
                ExperimentTable table;
                Path earlier = out.resolve(e.id() + "-" + suffix + ".json");
                if (rejudge && only == null && !Files.isRegularFile(earlier)) {
                    System.err.println("validate: no earlier table of " + e.id() + " to judge again");
                    progress.step(e.id());
                    continue;
                }
                if (rejudge) {
                    table = rejudge(e, earlier, scale, ledger);
                } else {
                    System.err.println("validate: running " + e.id() + " at " + suffix + " scale");
                    int trained = cache.trained();
                    int loaded = cache.loaded();
                    table = e.run(scale, ledger);
                    table = table.withRun(table.run().withModels(cache.trained() - trained, cache.loaded() - loaded));
                }
                write(table, out, suffix);
                failures += table.failures().size();
                for (Row r : table.failures()) {
                    System.err.println("validate: " + r.judgement().verdict() + ": " + r.judgement().message());
                }
                progress.step(e.id());
            }
        }
        AtomicFiles.writeString(out.resolve("index-" + suffix + ".md"), index(out, suffix, cache));
        System.err.println("validate: " + failures + " failing rows; tables in " + out);
        return failures == 0 ? 0 : 1;
    }

    /**
     * Judges the measurements of an earlier run again, against the current ledger, without measuring: after a
     * ledger entry is added for a gap that run found.
     */
    private static ExperimentTable rejudge(Experiment e, Path json, Scale scale, GapLedger ledger) {
        if (!Files.isRegularFile(json)) {
            throw ValidationException.expected("an earlier run's table (run without --rejudge first)", "--rejudge",
                    json);
        }
        ExperimentTable old = TableJson.read(json);
        if (old.run().scale() != scale) {
            throw ValidationException.expected("a table of scale " + scale, json.toString(), old.run().scale());
        }
        Measured measured = new Measured(old.rows().stream().map(Row::measurement).toList(), old.run().seeds(),
                old.figures());
        System.err.println("validate: judging " + e.id() + " again from " + json);
        return e.judge(measured, scale, ledger, old.run());
    }

    /**
     * Writes one table: {@code <id>-<scale>.md} (with its figures as PNG, PDF and SVG beside it) and
     * {@code <id>-<scale>.json}.
     */
    private static void write(ExperimentTable table, Path out, String suffix) {
        String stem = table.id() + "-" + suffix;
        StringBuilder md = new StringBuilder(table.toMarkdown());
        for (Figure f : table.figures()) {
            String png = FigureFiles.write(f, out, stem);
            md.append("\n![").append(f.title()).append("](").append(png).append(")\n\n*")
                    .append(f.captionWithCoincidences()).append("*\n");
        }
        AtomicFiles.writeString(out.resolve(stem + ".json"), TableJson.write(table));
        AtomicFiles.writeString(out.resolve(stem + ".md"), md.toString());
    }

    /**
     * The index of every table of a scale found in the folder, in report order, so that a run with
     * {@code --only} keeps the other experiments' earlier results listed.
     */
    private static String index(Path out, String suffix, ModelCache cache) {
        StringBuilder index = new StringBuilder("# Empirical validation, " + suffix + " scale\n\n"
                + "| experiment | bound | rows | failures | started (UTC) | seconds | models trained / loaded |\n"
                + "|---|---|---|---|---|---|---|\n");
        double seconds = 0;
        for (Experiment e : all(cache)) {
            Path json = out.resolve(e.id() + "-" + suffix + ".json");
            if (Files.isRegularFile(json)) {
                ExperimentTable t = TableJson.read(json);
                seconds += t.run().durationMillis() / 1000.0;
                index.append(String.format(Locale.ROOT, "| [%s](%s) | `%s` | %d | %d | %s | %.1f | %d / %d |%n",
                        t.id(), e.id() + "-" + suffix + ".md", t.bound(), t.rows().size(), t.failures().size(),
                        t.run().startedUtc(), t.run().durationMillis() / 1000.0, t.run().modelsTrained(),
                        t.run().modelsLoaded()));
            }
        }
        index.append(String.format(Locale.ROOT, "%nTotal: %.1f s (%.1f min). A run that loads its models from the"
                + " cache does not include their training.%n", seconds, seconds / 60));
        return index.toString();
    }

    /**
     * Every experiment, in report order.
     *
     * @param cache the model cache
     * @return the experiments
     */
    static List<Experiment> all(ModelCache cache) {
        return List.of(PriorArgumentExperiment.of(cache), RefinementWitnessExperiment.of(cache),
                CorrectedTheoremExperiment.of(cache), MultiresolutionExperiment.of(cache),
                SphereConcentrationExperiment.of(cache), EffectiveDimensionExperiment.of(cache));
    }

    /** @return the id of every experiment, in report order */
    public static List<String> experimentIds() {
        return all(ModelCache.defaultCache()).stream().map(Experiment::id).toList();
    }

    private static String ids(ModelCache cache) {
        return String.join(", ", all(cache).stream().map(Experiment::id).toList());
    }
}

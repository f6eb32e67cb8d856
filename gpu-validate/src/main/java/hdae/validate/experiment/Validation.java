package hdae.validate.experiment;

import hdae.symbolic.io.AtomicFiles;
import hdae.validate.ValidationException;
import hdae.validate.ledger.GapLedger;
import hdae.validate.model.ModelCache;
import hdae.validate.model.ProcessCpu;
import hdae.validate.model.Progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the experiments and writes, atomically, one table per experiment to {@code <out>/<id>-<scale>.md} and
 * {@code .json}, its figures as PNG, and {@code index-<scale>.md} listing every table of that scale in the folder.
 * The command line is {@code hdae validate} (module cli), which parses the options into {@link #run}.
 */
public final class Validation {

    private Validation() {
    }

    /**
     * Runs (or, with {@code rejudge}, judges again) the chosen experiments, {@link #defaultConcurrency()} at once.
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
        return run(scale, only, out, rejudge, cache, defaultConcurrency());
    }

    /**
     * Runs (or, with {@code rejudge}, judges again) the chosen experiments, at most {@code concurrent} at once.
     *
     * @param scale      the scale
     * @param only       one experiment id, or null for all
     * @param out        the output folder
     * @param rejudge    judge the tables already in {@code out} against the current ledger, without measuring
     * @param cache      the model cache
     * @param concurrent how many experiments may run at once, each on its own thread (at least 1)
     * @return the exit status: 0 all rows hold or are ledgered, 1 some row fails (an unledgered gap or a stale
     *         ledger entry)
     * @throws ValidationException for an unknown experiment id, or a missing or corrupt earlier table
     */
    public static int run(Scale scale, String only, Path out, boolean rejudge, ModelCache cache, int concurrent) {
        List<String> chosen = new ArrayList<>();
        for (Experiment e : all(cache)) {
            if (only == null || e.id().equals(only)) {
                chosen.add(e.id());
            }
        }
        if (chosen.isEmpty()) {
            throw ValidationException.expected("an experiment id (" + ids(cache) + ")", "--only", only);
        }
        return run(scale, chosen, only == null, out, rejudge, cache, concurrent);
    }

    /**
     * Runs the experiments of the given ids, in report order, at most {@code concurrent} at once. The tables
     * are the same as one at a time: every experiment seeds its own draws, gets its own ND4J arrays on its own
     * thread, and builds its models through the cache, which trains a configuration once however many
     * experiments ask for it at the same time (the later ones load the stored file). Tables are written, and
     * failures reported, in report order.
     */
    static int run(Scale scale, List<String> chosen, boolean every, Path out, boolean rejudge, ModelCache cache,
            int concurrent) {
        if (concurrent < 1) {
            throw ValidationException.expected("at least one experiment at a time", "concurrent experiments",
                    concurrent);
        }
        GapLedger ledger = GapLedger.standard();
        String suffix = scale.name().toLowerCase(Locale.ROOT);
        int failures = 0;
        long wall = System.nanoTime();
        long cpu = ProcessCpu.nanos();
        ExecutorService pool = rejudge ? null : Executors.newFixedThreadPool(Math.min(concurrent, chosen.size()),
                daemonThreads());
        try (Progress progress = Progress.start("validate " + suffix, chosen.size())) {
            Map<String, Future<ExperimentTable>> running = new HashMap<>();
            for (String id : rejudge ? List.<String>of() : longestFirst(chosen, out, suffix)) {
                running.put(id, pool.submit(() -> measure(id, scale, ledger, cache, concurrent)));
            }
            for (int i = 0; i < chosen.size(); i++) {
                String id = chosen.get(i);
                ExperimentTable table;
                Path earlier = out.resolve(id + "-" + suffix + ".json");
                if (rejudge && every && !Files.isRegularFile(earlier)) {
                    System.err.println("validate: no earlier table of " + id + " to judge again");
                    progress.step(id);
                    continue;
                }
                table = rejudge ? rejudge(find(cache, id), earlier, scale, ledger) : result(running.get(id));
                write(table, out, suffix);
                failures += table.failures().size();
                for (Row r : table.failures()) {
                    System.err.println("validate: " + r.judgement().verdict() + ": " + r.judgement().message());
                }
                progress.step(id);
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        AtomicFiles.writeString(out.resolve("index-" + suffix + ".md"), index(out, suffix, cache));
        System.err.printf(Locale.ROOT, "validate: %d failing rows; tables in %s; %.1f s wall, %.1f s CPU of the"
                + " process%n", failures, out, (System.nanoTime() - wall) / 1e9, (ProcessCpu.nanos() - cpu) / 1e9);
        return failures == 0 ? 0 : 1;
    }

    /**
     * How many experiments {@link #run(Scale, String, Path, boolean, ModelCache)} runs at once: two where there
     * are two processors or more, else one. Each runs its native code on one thread (the launcher sets
     * {@code OMP_NUM_THREADS=1}); more than two at once would hold more full-scale data sets and models in memory
     * than the default heap was sized for.
     *
     * @return 1 or 2
     */
    public static int defaultConcurrency() {
        return Math.min(2, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The order in which experiments start: longest first by the durations of the earlier tables in the output
     * folder (the greedy order that shortens a run of several at once), report order among those without one (a
     * missing or unreadable table, which the run replaces). Tables are still written in report order.
     */
    static List<String> longestFirst(List<String> chosen, Path out, String suffix) {
        Map<String, Long> earlier = new HashMap<>();
        for (String id : chosen) {
            Path json = out.resolve(id + "-" + suffix + ".json");
            try {
                earlier.put(id, Files.isRegularFile(json) ? TableJson.read(json).run().durationMillis() : -1L);
            } catch (ValidationException unreadable) {
                earlier.put(id, -1L);
            }
        }
        List<String> order = new ArrayList<>(chosen);
        order.sort(Comparator.comparing((String id) -> earlier.get(id)).reversed());
        return order;
    }

    /** Runs one experiment with a cache of its own counts, on the calling (pool) thread. */
    private static ExperimentTable measure(String id, Scale scale, GapLedger ledger, ModelCache cache,
            int concurrent) {
        ModelCache own = cache.counting();
        Experiment e = find(own, id);
        System.err.println("validate: running " + id + " at " + scale.name().toLowerCase(Locale.ROOT) + " scale");
        ExperimentTable table = e.run(scale, ledger);
        return table.withRun(table.run().withModels(own.trained(), own.loaded()).withConcurrent(concurrent));
    }

    /** The table of a finished run; an experiment's exception is rethrown as it was thrown. */
    private static ExperimentTable result(Future<ExperimentTable> run) {
        try {
            return run.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an experiment", e);
        }
    }

    /** Pool threads that never keep the JVM alive (an experiment that failed ends the run). */
    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread t = new Thread(work, "hdae-experiment-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static Experiment find(ModelCache cache, String id) {
        return all(cache).stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * Runs one experiment that is not among {@link #all} (a bound checked on a user's network), judges it against
     * the committed ledger by the same rules, and writes its table to {@code out} as {@link #run} does (no index).
     *
     * @param e     the experiment
     * @param scale the scale
     * @param out   the output folder
     * @return the table
     */
    public static ExperimentTable runOne(Experiment e, Scale scale, Path out) {
        String suffix = scale.name().toLowerCase(Locale.ROOT);
        System.err.println("validate: running " + e.id() + " at " + suffix + " scale");
        ExperimentTable table = e.run(scale, GapLedger.standard());
        write(table, out, suffix);
        for (Row r : table.failures()) {
            System.err.println("validate: " + r.judgement().verdict() + ": " + r.judgement().message());
        }
        return table;
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
        int concurrent = 1;
        for (Experiment e : all(cache)) {
            Path json = out.resolve(e.id() + "-" + suffix + ".json");
            if (Files.isRegularFile(json)) {
                ExperimentTable t = TableJson.read(json);
                seconds += t.run().durationMillis() / 1000.0;
                concurrent = Math.max(concurrent, t.run().concurrent());
                index.append(String.format(Locale.ROOT, "| [%s](%s) | `%s` | %d | %d | %s | %.1f | %d / %d |%n",
                        t.id(), e.id() + "-" + suffix + ".md", t.bound(), t.rows().size(), t.failures().size(),
                        t.run().startedUtc(), t.run().durationMillis() / 1000.0, t.run().modelsTrained(),
                        t.run().modelsLoaded()));
            }
        }
        index.append(String.format(Locale.ROOT, "%nTotal: %.1f s (%.1f min). A run that loads its models from the"
                + " cache does not include their training.%s%n", seconds, seconds / 60, concurrent < 2 ? ""
                : String.format(Locale.ROOT, " Up to %d experiments ran at once, each duration that of its own"
                + " thread, so the total is the sum of their durations and more than the wall time of the run.",
                concurrent)));
        return index.toString();
    }

    /**
     * Every experiment, in report order: hdae's own ({@link BuiltInExperiments}) first, then those of the other
     * {@link ExperimentProvider}s on the class path, providers ordered by class name.
     *
     * @param cache the model cache
     * @return the experiments
     * @throws ValidationException when two experiments share an id
     */
    static List<Experiment> all(ModelCache cache) {
        List<ExperimentProvider> providers = ServiceLoader.load(ExperimentProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing((ExperimentProvider p) -> !(p instanceof BuiltInExperiments))
                        .thenComparing(p -> p.getClass().getName()))
                .toList();
        List<Experiment> all = new ArrayList<>();
        Map<String, String> owner = new HashMap<>();
        for (ExperimentProvider p : providers) {
            for (Experiment e : p.experiments(cache)) {
                String earlier = owner.putIfAbsent(e.id(), p.getClass().getName());
                if (earlier != null) {
                    throw ValidationException.expected("experiment ids unique across providers", "experiment "
                            + e.id() + " of " + p.getClass().getName(), "the same id from " + earlier);
                }
                all.add(e);
            }
        }
        return all;
    }

    /** @return the id of every experiment, in report order */
    public static List<String> experimentIds() {
        return all(ModelCache.defaultCache()).stream().map(Experiment::id).toList();
    }

    private static String ids(ModelCache cache) {
        return String.join(", ", all(cache).stream().map(Experiment::id).toList());
    }
}

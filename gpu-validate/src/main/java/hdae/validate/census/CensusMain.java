package hdae.validate.census;

import hdae.symbolic.io.AtomicFiles;
import hdae.validate.ValidationException;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The full-scale Hessian census (issue 8): runs {@link CensusConfig#full}, estimates the model predictions, and writes
 * {@code census.md}, {@code census.csv}, {@code census.tex} and {@code index-vs-loss.png} atomically into one folder.
 *
 * <p>Arguments: {@code [--quick] [--out FOLDER] [--seed SEED] [--goe-samples K]}; defaults: full scale,
 * {@code docs/census} (relative to the working directory), seed 20140610, \( K = 20\,000 \) importance samples per GOE
 * size. On bad input or an unwritable folder it prints one line and exits with status 2.
 */
public final class CensusMain {

    /** The default seed (Dauphin et al.'s arXiv submission date, 2014-06-10, as a number: any fixed value works). */
    public static final long DEFAULT_SEED = 20_140_610L;

    private CensusMain() {
    }

    /**
     * Runs the census.
     *
     * @param args see the class description
     */
    public static void main(String[] args) {
        try {
            run(args);
        } catch (IllegalArgumentException e) {
            System.err.println("census: " + e.getMessage());
            System.exit(2);
        }
    }

    /**
     * Runs the census without exiting, for tests.
     *
     * @param args see the class description
     */
    static void run(String[] args) {
        boolean quick = false;
        Path out = Path.of("docs", "census");
        long seed = DEFAULT_SEED;
        int goeSamples = 20_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--out" -> out = Path.of(value(args, ++i));
                case "--seed" -> seed = parseLong(value(args, i + 1), "--seed", ++i);
                case "--goe-samples" -> goeSamples = (int) parseLong(value(args, i + 1), "--goe-samples", ++i);
                default -> throw ValidationException.expected("--quick, --out, --seed or --goe-samples", "argument",
                        args[i]);
            }
        }
        write(quick, out, seed, goeSamples);
    }

    /**
     * Runs the census and writes census.csv, census.md, census.tex and index-vs-loss.png into {@code out},
     * each atomically; progress goes to standard error.
     *
     * @param quick the quick scale of the tests instead of the full one
     * @param out the output folder
     * @param seed the seed of the starting points and of the GOE estimate
     * @param goeSamples importance samples per GOE size
     */
    public static void write(boolean quick, Path out, long seed, int goeSamples) {
        CensusConfig config = quick ? CensusConfig.quick(seed) : CensusConfig.full(seed);
        long t0 = System.nanoTime();
        // the models first: seconds, and a bad --goe-samples fails before the long run
        ModelPredictions models = ModelPredictions.estimate(goeSamples, seed);
        Census census = Census.run(config);
        System.err.printf(Locale.ROOT, "census: %d distinct critical points in %.1f s%n", census.points().size(),
                (System.nanoTime() - t0) / 1e9);
        double seconds = (System.nanoTime() - t0) / 1e9;
        AtomicFiles.writeString(out.resolve("census.csv"), CensusReport.csv(census));
        AtomicFiles.writeString(out.resolve("census.md"), CensusReport.markdown(census, models, seconds));
        AtomicFiles.writeString(out.resolve("census.tex"), CensusLatex.table(census, models));
        AtomicFiles.write(out.resolve("index-vs-loss.png"), IndexLossPlot.png(census));
        // the folder may be a staging folder that hdae census moves into place: the caller names the result
        System.err.printf(Locale.ROOT, "census: the four files written in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw ValidationException.expected("a value after " + args[i - 1], "arguments", "end of line");
        }
        return args[i];
    }

    private static long parseLong(String text, String name, int ignored) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ValidationException.expected("an integer", name, text, e);
        }
    }
}

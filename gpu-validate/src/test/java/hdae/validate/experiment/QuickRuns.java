package hdae.validate.experiment;

import hdae.validate.model.ModelCache;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The quick-scale measurements, taken once per test JVM and shared by the tests, with the model cache under
 * {@code target/} (so {@code mvn clean} empties it and a second {@code mvn test} reuses the models).
 *
 * <p>The first test that needs one starts all six on two background threads, so that they run beside each other
 * and beside the other tests: two experiments at once give the tables of one at a time ({@code ValidationTest}),
 * and every test run of this module needs them all.
 */
final class QuickRuns {

    /** Two threads that never keep the test JVM alive. */
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2, work -> {
        Thread t = new Thread(work, "quick-runs");
        t.setDaemon(true);
        return t;
    });

    private static CompletableFuture<Measured> multiresolution;
    private static CompletableFuture<Measured> effectiveDimension;
    private static CompletableFuture<Measured> correctedTheorem;
    private static CompletableFuture<Measured> refinement;
    private static CompletableFuture<Measured> spheres;
    private static CompletableFuture<Measured> prior;

    private QuickRuns() {
    }

    static ModelCache cache() {
        return ModelCache.in(Path.of("target", "hdae-test-model-cache"));
    }

    /**
     * Starts the six measurements: the longest (multiresolution-l2, about two thirds of the quick total in
     * docs/validation/index-quick.md) on one thread, the others, shortest first, on the other.
     */
    private static synchronized void start() {
        if (multiresolution == null) {
            multiresolution = measure(MultiresolutionExperiment::of);
            prior = measure(PriorArgumentExperiment::of);
            refinement = measure(RefinementWitnessExperiment::of);
            spheres = measure(SphereConcentrationExperiment::of);
            correctedTheorem = measure(CorrectedTheoremExperiment::of);
            effectiveDimension = measure(EffectiveDimensionExperiment::of);
        }
    }

    private static CompletableFuture<Measured> measure(Function<ModelCache, Experiment> experiment) {
        return CompletableFuture.supplyAsync(() -> experiment.apply(cache()).measure(Scale.QUICK), POOL);
    }

    /** Waits for one measurement, starting them all first when none has started. */
    private static Measured await(Supplier<CompletableFuture<Measured>> measurement) {
        start();
        return measurement.get().join();
    }

    static Measured prior() {
        return await(() -> prior);
    }

    static Measured refinement() {
        return await(() -> refinement);
    }

    static Measured multiresolution() {
        return await(() -> multiresolution);
    }

    static Measured spheres() {
        return await(() -> spheres);
    }

    static Measured correctedTheorem() {
        return await(() -> correctedTheorem);
    }

    static Measured effectiveDimension() {
        return await(() -> effectiveDimension);
    }
}

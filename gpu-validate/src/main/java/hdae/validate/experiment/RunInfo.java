package hdae.validate.experiment;

import hdae.validate.model.PhaseTime;

import java.time.Instant;
import java.util.List;

/**
 * What a report needs to reproduce a run: seeds, versions, hardware and duration.
 *
 * @param scale          the scale
 * @param seeds          every training seed used
 * @param startedUtc     when the run started (ISO-8601, UTC)
 * @param durationMillis wall-clock duration in milliseconds
 * @param javaVersion    {@code java.version}
 * @param dl4jVersion    the Deeplearning4j version
 * @param osArch         {@code os.arch}
 * @param processors     {@code Runtime.availableProcessors()}
 * @param ompThreads     the {@code OMP_NUM_THREADS} environment variable, or "unset"
 * @param modelsTrained  models trained during the run (the duration includes their training)
 * @param modelsLoaded   models loaded from the model cache (their training is not in the duration)
 * @param phases         where the duration went, phase by phase ({@link hdae.validate.model.Phases}); empty when
 *                       not recorded (tables written before phases were)
 * @param concurrent     how many experiments the run let run at once (each on its own thread, sharing the
 *                       processors, so a duration with 2 is longer than alone); 0 when not recorded
 */
public record RunInfo(Scale scale, List<Long> seeds, String startedUtc, long durationMillis, String javaVersion,
        String dl4jVersion, String osArch, int processors, String ompThreads, int modelsTrained, int modelsLoaded,
        List<PhaseTime> phases, int concurrent) {

    /** Tables written before the phases were recorded have none. */
    public RunInfo {
        phases = phases == null ? List.of() : List.copyOf(phases);
    }

    /** The Deeplearning4j version on the class path (as in the parent POM). */
    public static final String DL4J_VERSION = "1.0.0-M2.1";

    /**
     * Records the current machine.
     *
     * @param scale   the scale
     * @param seeds   the seeds
     * @param started when the run started
     * @param millis  its duration
     * @return the record
     */
    public static RunInfo here(Scale scale, List<Long> seeds, Instant started, long millis) {
        String omp = System.getenv("OMP_NUM_THREADS");
        return new RunInfo(scale, List.copyOf(seeds), started.toString(), millis, System.getProperty("java.version"),
                DL4J_VERSION, System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
                omp == null ? "unset" : omp, 0, 0, List.of(), 1);
    }

    /**
     * The record with the model counts of the run.
     *
     * @param trained models trained
     * @param loaded  models loaded from the cache
     * @return the record
     */
    public RunInfo withModels(int trained, int loaded) {
        return new RunInfo(scale, seeds, startedUtc, durationMillis, javaVersion, dl4jVersion, osArch, processors,
                ompThreads, trained, loaded, phases, concurrent);
    }

    /**
     * The record with the time of each phase.
     *
     * @param times the phases
     * @return the record
     */
    public RunInfo withPhases(List<PhaseTime> times) {
        return new RunInfo(scale, seeds, startedUtc, durationMillis, javaVersion, dl4jVersion, osArch, processors,
                ompThreads, modelsTrained, modelsLoaded, times, concurrent);
    }

    /**
     * The record with how many experiments ran at once.
     *
     * @param experiments at most this many at a time
     * @return the record
     */
    public RunInfo withConcurrent(int experiments) {
        return new RunInfo(scale, seeds, startedUtc, durationMillis, javaVersion, dl4jVersion, osArch, processors,
                ompThreads, modelsTrained, modelsLoaded, phases, experiments);
    }
}

package hdae.validate.model;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where the time of one run on one thread goes, phase by phase. A run {@link #start}s a recorder on its thread;
 * code anywhere below it marks its work with {@link #time}; time not inside a marked phase is charged to
 * {@link #OTHER}. Nested phases are exclusive: a phase inside another (training inside the model cache's work)
 * is charged to the inner one only, so the phases add up to the run's wall time. Without a recorder on the
 * thread {@link #time} only runs the work. Costs two clock reads per phase.
 */
public final class Phases implements AutoCloseable {

    /** The phase of time outside every marked phase (data preparation, statistics, figures built). */
    public static final String OTHER = "other";

    /** The recorder of each thread's run, if one is recording. */
    private static final ThreadLocal<Phases> CURRENT = new ThreadLocal<>();
    /** The source of the current thread's CPU time, in nanoseconds. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Wall and CPU nanoseconds per phase, in order of first use. */
    private final Map<String, long[]> totals = new LinkedHashMap<>();
    /** The phases entered and not yet left, innermost first. */
    private final Deque<String> open = new ArrayDeque<>();
    /** When recording started, from {@link System#nanoTime()}. */
    private final long wallStart;
    /** The wall clock at the last charge, nanoseconds. */
    private long wallMark;
    /** The thread's CPU time at the last charge, nanoseconds. */
    private long cpuMark;

    private Phases() {
        wallStart = System.nanoTime();
        wallMark = wallStart;
        cpuMark = THREADS.getCurrentThreadCpuTime();
    }

    /**
     * Starts recording on the current thread (replacing no recorder: one run per thread at a time).
     *
     * @return the recorder; close it on the same thread when the run ends
     */
    public static Phases start() {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("a phase recorder is already running on this thread");
        }
        Phases phases = new Phases();
        CURRENT.set(phases);
        return phases;
    }

    /**
     * Runs work as a phase of the current thread's run, if one is recording.
     *
     * @param phase the phase
     * @param work  the work
     * @param <T>   its result type
     * @return its result
     */
    public static <T> T time(String phase, Supplier<T> work) {
        Phases phases = CURRENT.get();
        if (phases == null) {
            return work.get();
        }
        phases.charge();
        phases.open.push(phase);
        try {
            return work.get();
        } finally {
            phases.charge();
            phases.open.pop();
        }
    }

    /** Charges the time since the last mark to the innermost open phase. */
    private void charge() {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long[] total = totals.computeIfAbsent(open.isEmpty() ? OTHER : open.peek(), p -> new long[2]);
        total[0] += wall - wallMark;
        total[1] += cpu - cpuMark;
        wallMark = wall;
        cpuMark = cpu;
    }

    /** @return the time of every phase so far, in order of first use, {@link #OTHER} included */
    public List<PhaseTime> times() {
        charge();
        List<PhaseTime> times = new ArrayList<>();
        totals.forEach((phase, t) -> times.add(new PhaseTime(phase, t[0] / 1_000_000L, t[1] / 1_000_000L)));
        return times;
    }

    /**
     * The wall time from the start to the last {@link #times()}: the phases' sum before their truncation to
     * milliseconds, so they partition it.
     *
     * @return milliseconds
     */
    public long wallMillis() {
        return (wallMark - wallStart) / 1_000_000L;
    }

    @Override
    public void close() {
        CURRENT.remove();
    }
}

package hdae.validate.certify;

import hdae.validate.ValidationException;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * A time limit of branch and bound, on the wall clock or on the CPU time of the thread that runs it. The wall clock
 * is what a user waits; the thread's CPU time ({@link ThreadMXBean#getCurrentThreadCpuTime}) is what the search
 * spends, which on a machine shared with other jobs can be a small part of the wall time. Either way results
 * depend on the machine's speed: for the command line and benchmarks, not for tests.
 *
 * @param clock which clock
 * @param nanos the limit in nanoseconds, positive
 */
public record TimeLimit(Clock clock, long nanos) {

    /** Which clock a limit is read on. */
    public enum Clock {
        /** {@link System#nanoTime}. */
        WALL,
        /** The current thread's CPU time (user and system). */
        THREAD_CPU
    }

    /** Validates. */
    public TimeLimit {
        if (!(nanos > 0)) {
            throw ValidationException.expected("a positive time limit", "limit", Duration.ofNanos(nanos));
        }
        if (clock == Clock.THREAD_CPU && !ManagementFactory.getThreadMXBean().isCurrentThreadCpuTimeSupported()) {
            throw ValidationException.expected("a JVM that measures thread CPU time", "clock", clock);
        }
    }

    /**
     * A limit on one clock.
     *
     * @param clock which clock
     * @param limit positive
     * @return the limit
     */
    public static TimeLimit of(Clock clock, Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw ValidationException.expected("a positive time limit", "limit", limit);
        }
        return new TimeLimit(clock, limit.toNanos());
    }

    /**
     * The current reading of a clock, in nanoseconds from an arbitrary origin (fixed per clock and thread).
     *
     * @param clock which clock
     * @return the reading
     */
    public static long now(Clock clock) {
        return clock == Clock.WALL ? System.nanoTime() : ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** @return the reading at which this limit, started now, runs out */
    long deadline() {
        return now(clock) + nanos;
    }

    /**
     * The same clock with another limit.
     *
     * @param limitNanos positive
     * @return the copy
     */
    TimeLimit withNanos(long limitNanos) {
        return new TimeLimit(clock, limitNanos);
    }
}

package hdae.symbolic.cas;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * One time limit shared by the several CAS calls of one operation ({@link Cas#simplify}, {@link Cas#provesZero}:
 * integrals first, then up to five rewriting attempts), counted as each single call is ({@link SymjaEngine}): in
 * CPU time of the CAS thread, with at most {@link SymjaEngine#WALL_FACTOR} times the limit of wall time.
 *
 * <p>Each call gets \(\min(L - c,\ (F L - w)/F)\), where L is the limit, F the wall factor, c the CAS CPU time and w
 * the wall time spent so far. A call given budget b ends within F b of wall time (plus the stop graces), so the
 * operation uses at most L of CAS CPU time and about F L of wall time, however many calls it makes. On a machine
 * busy enough to give the CAS less than 1/F of a core, the wall term binds; otherwise the operation does the same
 * work as on an idle machine (a wall-time budget made later attempts lose their time under load, so a verdict
 * could depend on what else ran). Where the JVM measures no thread CPU time, c is the wall time spent.
 */
final class CallBudget {
    private final long limitNanos;
    private final Supplier<Duration> cpuUsed;
    private final boolean cpuMeasured;
    private final long cpuStart;
    private final long wallStart;

    /**
     * @param limit       L
     * @param cpuUsed     the CAS thread's CPU time in limited calls so far ({@link SymjaEngine#cpuUsed()})
     * @param cpuMeasured whether the JVM measures it; if not, the budget counts wall time only
     */
    CallBudget(Duration limit, Supplier<Duration> cpuUsed, boolean cpuMeasured) {
        this.limitNanos = limit.toNanos();
        this.cpuUsed = cpuUsed;
        this.cpuMeasured = cpuMeasured;
        this.cpuStart = cpuUsed.get().toNanos();
        this.wallStart = System.nanoTime();
    }

    /** @return the budget of the next call, zero when none is left */
    Duration left() {
        long wall = System.nanoTime() - wallStart;
        long cpu = cpuMeasured ? cpuUsed.get().toNanos() - cpuStart : wall;
        long byWall = cpuMeasured ? (limitNanos * SymjaEngine.WALL_FACTOR - wall) / SymjaEngine.WALL_FACTOR : Long.MAX_VALUE;
        return Duration.ofNanos(Math.max(0, Math.min(limitNanos - cpu, byWall)));
    }
}

package hdae.symbolic.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.symbolic.formula.FormulaParser;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The time limit and the thread hygiene of the facade. */
class CasTimeLimitTest {

    /** Log applied {@code depth} times to x. */
    private static String nestedLog(int depth) {
        String s = "x";
        for (int i = 0; i < depth; i++) {
            s = "Log(" + s + ")";
        }
        return s;
    }

    /**
     * Symja 3.0.0 needs about 4.4 s for this limit at depths 6/7 and longer at 8/9 (measured on the
     * development machine), so a 1 s limit must cut it off. The limit counts the worker's CPU time, capped at
     * {@link SymjaEngine#WALL_FACTOR} times the limit of wall time; wall-time bound: that cap, the engine's two stop
     * graces and 1 s of slack for a shared machine.
     */
    @Test
    void slowLimitComesBackTimeoutWithinItsLimitPlusGrace() {
        try (Cas cas = new Cas(Duration.ofSeconds(1))) {
            assertEquals(Duration.ZERO, cas.cpuUsed(), "no call yet");
            cas.evaluate(FormulaParser.parse("1 + 1")); // start Symja outside the timed call
            Duration cpuBefore = cas.cpuUsed();
            long start = System.nanoTime();
            CasResult r = cas.evaluate(FormulaParser.parse(
                    "Limit(" + nestedLog(8) + "/" + nestedLog(9) + ", x -> Infinity)"));
            double seconds = (System.nanoTime() - start) / 1e9;
            assertNotEquals(CasStatus.DONE, r.status(), r.toString());
            assertTrue(r.status() == CasStatus.TIMEOUT || r.status() == CasStatus.UNKNOWN, r.toString());
            double bound = SymjaEngine.WALL_FACTOR * 1.0 + 2 * SymjaEngine.GRACE.toMillis() / 1e3 + 1;
            assertTrue(seconds < bound, "took " + seconds + " s, bound " + bound + " s");
            if (r.status() == CasStatus.TIMEOUT) {
                assertTrue(r.reason().startsWith("no result within 1000 ms of CPU time")
                        || r.reason().startsWith("no result within 4000 ms of wall time"), r.reason());
            }
            // a call stopped at its CPU-time limit is counted with at least that limit of CAS CPU time
            if (r.reason().startsWith("no result within 1000 ms of CPU time")) {
                assertTrue(cas.cpuUsed().minus(cpuBefore).compareTo(Duration.ofSeconds(1)) >= 0, cas.cpuUsed().toString());
            }
            // the facade still answers after a timeout
            CasResult after = cas.evaluate(FormulaParser.parse("2 + 2"));
            assertEquals("4", after.text(), after.toString());
        }
    }

    private static Set<Thread> liveNonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && !t.isDaemon())
                .collect(Collectors.toSet());
    }

    @Test
    void usingACasLeavesNoNewNonDaemonThreads() {
        Set<Thread> before = liveNonDaemonThreads();
        try (Cas cas = new Cas(Duration.ofMillis(300))) {
            cas.evaluate(FormulaParser.parse("Integrate(Sqrt(1 - t^2), t, -1, 1)"));
            cas.simplify(FormulaParser.parse("Gamma(n + 1)/Gamma(n)"), Assumptions.NONE);
            cas.series(FormulaParser.parse("Log(1 + t)/t"), new hdae.symbolic.formula.Var("t"), 3);
            // and one call cut off by the limit
            cas.evaluate(FormulaParser.parse("Limit(" + nestedLog(6) + "/" + nestedLog(7) + ", x -> Infinity)"));
        }
        Set<Thread> after = new HashSet<>(liveNonDaemonThreads());
        after.removeAll(before);
        assertTrue(after.isEmpty(), "new non-daemon threads: " + after);
    }

    private static long liveSymjaWorkers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("hdae-symja-")).count();
    }

    /**
     * A tower of powers is refused by Symja's integer-size limit, and a binomial that Symja builds factor by
     * factor (ignoring interruption) is stopped: each call comes back within {@link Cas#worstCase()} (the CPU
     * limit's wall cap plus the engine's two stop graces), the facade still answers afterwards, and at most one
     * worker thread is alive.
     */
    @Test
    void hugeIntegersStopWithinTheLimitAndLeaveOneWorker() {
        try (Cas cas = new Cas(Duration.ofSeconds(1))) {
            cas.evaluate(FormulaParser.parse("1 + 1"));
            for (String f : new String[] {"10^10^10 - (10^10^10 + 0)", "Binomial(10^12, 10^6)", "Factorial(10^7) - 1"}) {
                long start = System.nanoTime();
                CasResult r = cas.simplify(FormulaParser.parse(f), Assumptions.NONE);
                double seconds = (System.nanoTime() - start) / 1e9;
                // the difference is 0, so DONE is only right with the text 0; refused or stopped calls are not DONE
                assertTrue(r.status() != CasStatus.DONE || r.text().equals("0"), f + ": " + r);
                // bound: the worst case of one call (4 s of wall for 1 s of CPU, plus two graces) and 1 s of slack
                double bound = cas.worstCase().toMillis() / 1000.0 + 1;
                assertTrue(seconds < bound, f + " took " + seconds + " s, bound " + bound + " s");
                assertTrue(liveSymjaWorkers() <= 1, f + " left " + liveSymjaWorkers() + " Symja workers");
            }
            assertEquals("4", cas.evaluate(FormulaParser.parse("2 + 2")).text());
        }
    }
}

package hdae.symbolic.cas;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.matheclipse.core.basic.Config;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.eval.ExprEvaluator;

/**
 * One Symja evaluator on its own daemon thread. Each call's time limit counts the CPU time of that thread, so
 * that a verdict does not depend on what else the machine runs (on 2 cores shared with other builds, wall
 * limits turned proved steps into timeouts); the wall time is capped at {@link #WALL_FACTOR} times the limit,
 * and where the JVM cannot measure a thread's CPU time the limit is wall time. On timeout the
 * engine is asked to stop and the thread is interrupted; a worker that has not stopped after
 * {@link #GRACE} (Symja computing one huge BigInteger power does not look at either) is stopped with
 * {@link Thread#stop()}, the JDK's last resort, and if even that has not ended it within another
 * {@link #GRACE} it is abandoned (a daemon) and a fresh evaluator serves the next call. So a call returns
 * within {@code WALL_FACTOR} times its limit plus {@code 2 * GRACE} of wall time, and no worker outlives the call
 * that it ran.
 *
 * <p>Resources are bounded before that: Symja refuses integers longer than {@link #MAX_BIT_LENGTH} bits
 * (it checks the length of a power, factorial or binomial before computing it), expressions of more
 * than {@link #MAX_AST_SIZE} elements and polynomials of degree above {@link #MAX_POLYNOMIAL_DEGREE};
 * such a call comes back with an unevaluated form, which the facade reports as UNKNOWN. The worker's
 * stack is {@link #STACK_BYTES}, so that formulas up to the parser's nesting limit never exhaust it.
 */
final class SymjaEngine implements AutoCloseable {
    /** How long a stopped worker is given to end, once after the stop request and once after Thread.stop. */
    static final Duration GRACE = Duration.ofMillis(250);
    /** The wall-time cap of a call, as a multiple of its CPU-time limit. */
    static final int WALL_FACTOR = 4;
    /** How often a running call's CPU time is read. */
    private static final long POLL_MILLIS = 20;
    private static final ThreadMXBean THREAD_CLOCKS = ManagementFactory.getThreadMXBean();
    /**
     * Largest integer Symja may form, in bits (about 315,000 decimal digits): the exact integers of the
     * shipped derivations have a few thousand, and one multiplication at this size takes milliseconds.
     */
    static final int MAX_BIT_LENGTH = 1 << 20;
    /** Largest expression (number of elements of one AST) Symja may form. */
    static final int MAX_AST_SIZE = 1 << 17;
    /** Largest polynomial degree Symja may expand to. */
    static final int MAX_POLYNOMIAL_DEGREE = 1 << 12;
    private static final long STACK_BYTES = 64L << 20;
    private static final AtomicInteger THREADS = new AtomicInteger();

    static {
        // Symja logs through log4j-api, which without an implementation prints to the console; hdae
        // reports CAS failures itself, as verdicts with reasons.
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
        // Symja's JAS library and TimeConstrained otherwise start non-daemon pool threads that keep a
        // plain main() alive for about a minute after it returns.
        Config.JAS_NO_THREADS = true;
        Config.TIMECONSTRAINED_NO_THREAD = true;
        Config.FILESYSTEM_ENABLED = false;
        Config.MAX_BIT_LENGTH = MAX_BIT_LENGTH;
        Config.MAX_AST_SIZE = MAX_AST_SIZE;
        Config.MAX_POLYNOMIAL_DEGREE = MAX_POLYNOMIAL_DEGREE;
    }

    private static final java.io.PrintStream SILENT = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());

    private ExecutorService worker;
    private ExprEvaluator evaluator;
    private volatile Thread thread;
    /** CPU time the worker spent in limited calls so far, in nanoseconds (see {@link #cpuUsed()}). */
    private long cpuUsed;

    /** The raw outcome: a result string, a timeout, or a failure message. */
    record Outcome(String result, boolean timedOut, String failure, Duration elapsed) {
    }

    Outcome evaluate(String input, Duration limit) {
        Sandbox.check(input);
        long start = System.nanoTime();
        ensureStarted();
        ExprEvaluator ev = evaluator;
        if (input.contains("Integrate(") && !integrateWarmed) {
            try {
                worker.submit(() -> warmOnce(ev, true)).get();
            } catch (ExecutionException e) {
                // the warm-up failed: the limited call below reports what Symja does
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(null, false, "interrupted", since(start));
            }
        }
        // the worker is idle here, so its CPU time from now on is the call's
        long cpuStart = cpuTime();
        long submitted = System.nanoTime();
        Future<String> f = worker.submit(() -> {
            EvalEngine.set(ev.getEvalEngine());
            ev.getEvalEngine().setStopRequested(false);
            // Symja wraps long output across lines; the line breaks fall inside tokens
            return String.valueOf(ev.eval(input)).replaceAll("\\s*\\R\\s*", "");
        });
        try {
            String r = await(f, limit, submitted, cpuStart);
            count(cpuStart);
            return new Outcome(r, false, null, since(start));
        } catch (TimeoutException e) {
            count(cpuStart);
            stop(f, ev);
            return new Outcome(null, true, e.getMessage(), since(start));
        } catch (ExecutionException e) {
            count(cpuStart);
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Outcome(null, false, cause.getClass().getSimpleName() + ": " + cause.getMessage(), since(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(f, ev);
            return new Outcome(null, false, "interrupted", since(start));
        }
    }

    /**
     * The call's result once it ends, or a TimeoutException (its message says which clock ran out) when the
     * worker thread has used {@code limit} of CPU time since the call started, or {@code WALL_FACTOR * limit} of
     * wall time has passed; wall time alone where the JVM measures no thread CPU time.
     */
    private String await(Future<String> f, Duration limit, long wallStart, long cpuStart)
            throws InterruptedException, ExecutionException, TimeoutException {
        long limitNanos = limit.toNanos();
        if (cpuStart < 0) {
            try {
                return f.get(limitNanos, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                throw new TimeoutException("no result within " + limit.toMillis() + " ms");
            }
        }
        long wallCap = Math.multiplyExact(limitNanos, (long) WALL_FACTOR);
        while (true) {
            try {
                return f.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long used = cpuTime() - cpuStart;
                if (used >= limitNanos) {
                    throw new TimeoutException("no result within " + limit.toMillis() + " ms of CPU time");
                }
                if (System.nanoTime() - wallStart >= wallCap) {
                    throw new TimeoutException("no result within " + (wallCap / 1_000_000) + " ms of wall time ("
                            + WALL_FACTOR + " times the CPU-time limit; " + (used / 1_000_000) + " ms of CPU used)");
                }
            }
        }
    }

    /**
     * The CPU time of the worker thread in the limited calls so far (the one-time warm-up of the rules is not
     * counted; a call stopped at its limit counts up to the moment it was stopped), or zero where the JVM does not
     * measure a thread's CPU time.
     */
    Duration cpuUsed() {
        return Duration.ofNanos(cpuUsed);
    }

    private void count(long cpuStart) {
        long now = cpuTime();
        if (cpuStart >= 0 && now >= cpuStart) {
            cpuUsed += now - cpuStart;
        }
    }

    /** @return whether this JVM measures the worker thread's CPU time (else the limits count wall time) */
    boolean measuresCpu() {
        return THREAD_CLOCKS.isThreadCpuTimeSupported() && THREAD_CLOCKS.isThreadCpuTimeEnabled();
    }

    /** The worker thread's CPU time in nanoseconds, or -1 where the JVM does not measure it. */
    private long cpuTime() {
        Thread t = thread;
        if (t == null || !THREAD_CLOCKS.isThreadCpuTimeSupported() || !THREAD_CLOCKS.isThreadCpuTimeEnabled()) {
            return -1;
        }
        return THREAD_CLOCKS.getThreadCpuTime(t.getId());
    }

    /**
     * Stops the running call: a stop request and an interrupt, then {@link Thread#stop()} if the worker is
     * still busy after {@link #GRACE}, then abandonment after another {@link #GRACE}.
     */
    private void stop(Future<String> f, ExprEvaluator ev) {
        ev.getEvalEngine().stopRequest();
        f.cancel(true);
        if (idleWithin(GRACE)) {
            return;
        }
        Thread t = thread;
        if (t != null) {
            stopThread(t);
        }
        if (!idleWithin(GRACE)) {
            abandon();
            return;
        }
        // the evaluator's state after ThreadDeath is not trusted: the next call starts a fresh one
        abandon();
    }

    /** JDK 17's Thread.stop: deprecated, and the only way to end a computation that never checks for interruption. */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stopThread(Thread t) {
        try {
            t.stop();
        } catch (UnsupportedOperationException | SecurityException e) {
            // a JDK without Thread.stop: the worker is abandoned instead
        }
    }

    /** Whether the worker finishes a no-op task within {@code d}, that is, whether it has become idle. */
    private boolean idleWithin(Duration d) {
        Future<?> probe = worker.submit(() -> { });
        try {
            probe.get(d.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException | java.util.concurrent.CancellationException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void abandon() {
        worker.shutdownNow();
        worker = null;
        evaluator = null;
        thread = null;
    }

    private void ensureStarted() {
        if (worker != null) {
            return;
        }
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "hdae-symja-" + THREADS.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            thread = t;
            return t;
        });
        try {
            evaluator = worker.submit(() -> {
                ExprEvaluator ev = new ExprEvaluator(false, (short) 100);
                EvalEngine engine = ev.getEvalEngine();
                engine.setFileSystemEnabled(false);
                // messages such as "Integrate: not integrable" would go to the console; the facade
                // reports the outcome instead
                engine.setQuietMode(true);
                engine.setOutPrintStream(SILENT);
                engine.setErrorPrintStream(SILENT);
                warmOnce(ev, false);
                return ev;
            }).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Symja failed to start: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting Symja", e);
        }
    }

    /**
     * Symja loads its rules (integration, limits, series, special functions) when they are first used, in static
     * initialisers. A call stopped with Thread.stop while a class is being initialised would leave that class
     * unusable for the rest of the JVM, so the first engine of a JVM uses every part that hdae calls once, without
     * a time limit, before any limited call (integration, the largest, before the first input that integrates).
     * This is the one-time start-up cost of the CAS (seconds), not part of any call's limit.
     */
    private static void warmUp(ExprEvaluator ev, String... inputs) {
        for (String s : inputs) {
            try {
                ev.eval(s);
            } catch (RuntimeException e) {
                // a warm-up input that Symja rejects still loaded what it touched
                continue;
            }
        }
    }

    /**
     * Warms the JVM's rules once, on the calling worker; an engine on another thread that asks meanwhile waits for
     * the warm-up to end (outside any limit), so that no limited call ever runs while a rule class is initialised.
     */
    private static void warmOnce(ExprEvaluator ev, boolean integrate) {
        synchronized (WARM_LOCK) {
            if (integrate ? integrateWarmed : warmed) {
                return;
            }
            warmUp(ev, integrate ? new String[] {INTEGRATE_WARM_UP} : WARM_UP);
            if (integrate) {
                integrateWarmed = true;
            } else {
                warmed = true;
            }
        }
    }

    private static final Object WARM_LOCK = new Object();
    private static volatile boolean warmed;
    /** Integration loads the largest rule set (seconds): warmed only before the first input that integrates. */
    private static volatile boolean integrateWarmed;
    private static final String INTEGRATE_WARM_UP = "Integrate(x^2*Exp(-x),{x,0,Infinity})";
    private static final String[] WARM_UP = {"Simplify(Expand((1+x)^2-1))", "FullSimplify(Sqrt(x^2))",
        "Assuming(x>0,FullSimplify(Abs(x)))", "Simplify(Refine(Abs(x),x>0&&Element(n,Integers)))",
        "Sum(k,{k,1,n})", "Limit(Log(x)/x,x->Infinity)",
        "Normal(Series(Exp(x)*Log(1+x),{x,0,3}))", "N(Gamma(1/3)+LogGamma(3/2)+Erf(1/2)+Erfc(1/3)+Binomial(7,3)+3!,30)"};

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.shutdownNow();
            try {
                // an idle worker ends at once; the wait makes "no worker outlives its checker" observable
                worker.awaitTermination(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
    }
}

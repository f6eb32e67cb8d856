package hdae.symbolic.cas;

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
 * One Symja evaluator on its own daemon thread. Each call waits at most its time limit; on timeout
 * the engine is asked to stop, and if it does not stop within a grace period the thread is
 * abandoned (it is a daemon, so the JVM can still exit) and a fresh one is started for the next call.
 */
final class SymjaEngine implements AutoCloseable {
    private static final Duration GRACE = Duration.ofMillis(1500);
    private static final AtomicInteger THREADS = new AtomicInteger();

    static {
        // Symja logs through log4j-api, which without an implementation prints to the console; hdae
        // reports CAS failures itself, as verdicts with reasons.
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
        // Symja's JAS library and TimeConstrained otherwise start non-daemon pool threads that keep a
        // plain main() alive for about a minute after it returns (research/deps-report.md, pitfall 9).
        Config.JAS_NO_THREADS = true;
        Config.TIMECONSTRAINED_NO_THREAD = true;
        Config.FILESYSTEM_ENABLED = false;
    }

    private static final java.io.PrintStream SILENT = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());

    private ExecutorService worker;
    private ExprEvaluator evaluator;

    /** The raw outcome: a result string, a timeout, or a failure message. */
    record Outcome(String result, boolean timedOut, String failure, Duration elapsed) {
    }

    Outcome evaluate(String input, Duration limit) {
        Sandbox.check(input);
        long start = System.nanoTime();
        ensureStarted();
        ExprEvaluator ev = evaluator;
        Future<String> f = worker.submit(() -> {
            EvalEngine.set(ev.getEvalEngine());
            ev.getEvalEngine().setStopRequested(false);
            // Symja wraps long output across lines; the line breaks fall inside tokens
            return String.valueOf(ev.eval(input)).replaceAll("\\s*\\R\\s*", "");
        });
        try {
            String r = f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return new Outcome(r, false, null, since(start));
        } catch (TimeoutException e) {
            stop(f, ev);
            return new Outcome(null, true, "no result within " + limit.toMillis() + " ms", since(start));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Outcome(null, false, cause.getClass().getSimpleName() + ": " + cause.getMessage(), since(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(f, ev);
            return new Outcome(null, false, "interrupted", since(start));
        }
    }

    private void stop(Future<String> f, ExprEvaluator ev) {
        ev.getEvalEngine().stopRequest();
        f.cancel(true);
        Future<?> probe = worker.submit(() -> { });
        try {
            probe.get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            abandon();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon();
        }
    }

    private void abandon() {
        worker.shutdownNow();
        worker = null;
        evaluator = null;
    }

    private void ensureStarted() {
        if (worker != null) {
            return;
        }
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hdae-symja-" + THREADS.incrementAndGet());
            t.setDaemon(true);
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
                return ev;
            }).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Symja failed to start: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting Symja", e);
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
    }
}

package hdae.proofs.check;

import hdae.proofs.ProofsException;
import hdae.proofs.format.Derivation;
import hdae.symbolic.bound.BoundCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Derivations checked on several threads, one {@link StepChecker} (and so one CAS engine) each, whole derivations
 * at a time. A step's verdict does not depend on the steps checked before it (each draws its own random points;
 * see {@link StepChecker#check(Derivation, hdae.proofs.format.Step)}), and the CAS time limit counts the CPU time
 * of each engine's own thread (its wall time is capped at a multiple of the limit), so the load of the other threads
 * does not change a verdict. Yet Symja engines in one JVM are not fully independent: with two threads a step that
 * one thread proves in under a second once used its whole limit (sphere-dot step 3), so the verdicts are those of
 * one thread only as a rule, not by construction. At most one thread per available processor.
 */
public final class ParallelCheck {
    private ParallelCheck() {
    }

    /** Threads for this machine: one per available processor, at most {@code wanted}. */
    public static int threads(int wanted) {
        return Math.max(1, Math.min(wanted, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Every step of every derivation, in the derivations' order.
     *
     * @param done called with each derivation's results, in the derivations' order, as soon as it and all
     *             derivations before it are checked (on one thread at a time)
     */
    public static List<List<StepResult>> check(BoundCatalogue catalogue, CheckSettings settings,
            List<Derivation> derivations, int threads, Consumer<List<StepResult>> done) {
        if (threads < 1) {
            throw ProofsException.expected("at least 1", "threads", threads);
        }
        List<List<StepResult>> results = new ArrayList<>();
        derivations.forEach(d -> results.add(null));
        AtomicInteger next = new AtomicInteger();
        int[] released = {0};
        Runnable worker = () -> {
            try (StepChecker checker = new StepChecker(catalogue, settings)) {
                for (int i = next.getAndIncrement(); i < derivations.size(); i = next.getAndIncrement()) {
                    List<StepResult> r = checker.check(derivations.get(i));
                    synchronized (results) {
                        results.set(i, r);
                        while (released[0] < results.size() && results.get(released[0]) != null) {
                            done.accept(results.get(released[0]++));
                        }
                    }
                }
            }
        };
        int n = Math.min(threads, Math.max(1, derivations.size()));
        if (n == 1) {
            worker.run();
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "hdae-check");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                running.add(pool.submit(worker));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return results;
    }
}

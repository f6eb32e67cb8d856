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
import java.util.function.Supplier;

/**
 * Derivations checked by several workers at once, whole derivations at a time. A worker is a {@link StepChecker} on
 * a thread of this JVM (with its own CAS engine), or any other {@link Worker}, such as a second JVM (module cli). A
 * step's verdict does not depend on the steps checked before it (each draws its own random points; see
 * {@link StepChecker#check(Derivation, hdae.proofs.format.Step)}), and the CAS time limit counts the CPU time of each
 * engine's own thread, so the load of the other workers does not change a verdict. Yet Symja engines in one JVM are
 * not fully independent: with two threads a step that one thread proves in under a second once used its whole limit
 * (sphere-dot step 3), so several threads give the verdicts of one thread only as a rule, not by construction; workers
 * in separate JVMs share nothing. At most one thread per available processor.
 */
public final class ParallelCheck {
    private ParallelCheck() {
    }

    /** Checks whole derivations, one at a time, on the thread that calls it. */
    public interface Worker extends AutoCloseable {
        /**
         * @param index the derivation's position in the list being checked
         * @param d     the derivation
         * @return its steps' results
         * @throws Lost when the worker can check nothing more (the derivation is then checked elsewhere)
         */
        List<StepResult> check(int index, Derivation d);

        @Override
        void close();
    }

    /** A worker that has stopped working (a second JVM that ended, say): its derivations are checked elsewhere. */
    public static final class Lost extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Lost(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Threads for this machine: one per available processor, at most {@code wanted}. */
    public static int threads(int wanted) {
        return Math.max(1, Math.min(wanted, Runtime.getRuntime().availableProcessors()));
    }

    /** A worker that checks in this JVM, with its own {@link StepChecker}. */
    public static Supplier<Worker> inProcess(BoundCatalogue catalogue, CheckSettings settings) {
        return () -> new Worker() {
            private final StepChecker checker = new StepChecker(catalogue, settings);

            @Override
            public List<StepResult> check(int index, Derivation d) {
                return checker.check(d);
            }

            @Override
            public void close() {
                checker.close();
            }
        };
    }

    /**
     * Every step of every derivation, in the derivations' order, on {@code threads} threads of this JVM.
     *
     * @param done called with each derivation's results, in the derivations' order, as soon as it and all
     *             derivations before it are checked (on one thread at a time)
     */
    public static List<List<StepResult>> check(BoundCatalogue catalogue, CheckSettings settings,
            List<Derivation> derivations, int threads, Consumer<List<StepResult>> done) {
        if (threads < 1) {
            throw ProofsException.expected("at least 1", "threads", threads);
        }
        return check(derivations, inProcess(catalogue, settings, threads), inProcess(catalogue, settings), done);
    }

    /** {@code threads} workers that check in this JVM, each with its own {@link StepChecker}. */
    public static List<Supplier<Worker>> inProcess(BoundCatalogue catalogue, CheckSettings settings, int threads) {
        List<Supplier<Worker>> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(inProcess(catalogue, settings));
        }
        return workers;
    }

    /**
     * Every step of every derivation, in the derivations' order, by the given workers, each on its own thread, taking
     * the next derivation as it finishes one. A derivation whose worker was {@link Lost} is checked afterwards by
     * {@code fallback}, on the calling thread, when every other worker has ended.
     *
     * @param done called with each derivation's results, in the derivations' order, as soon as it and all
     *             derivations before it are checked (on one thread at a time)
     */
    public static List<List<StepResult>> check(List<Derivation> derivations, List<Supplier<Worker>> workers,
            Supplier<Worker> fallback, Consumer<List<StepResult>> done) {
        if (workers.isEmpty()) {
            throw ProofsException.expected("at least 1", "workers", 0);
        }
        List<List<StepResult>> results = new ArrayList<>();
        derivations.forEach(d -> results.add(null));
        AtomicInteger next = new AtomicInteger();
        int[] released = {0};
        Runnable release = () -> {
            while (released[0] < results.size() && results.get(released[0]) != null) {
                done.accept(results.get(released[0]++));
            }
        };
        List<Runnable> runs = new ArrayList<>();
        for (Supplier<Worker> w : workers) {
            if (runs.size() == Math.max(1, derivations.size())) {
                break;
            }
            runs.add(() -> {
                int first = next.getAndIncrement();
                if (first >= derivations.size()) {
                    return;
                }
                // a worker is made only once it has a derivation to check (a second JVM takes seconds to start)
                try (Worker worker = w.get()) {
                    for (int i = first; i < derivations.size(); i = next.getAndIncrement()) {
                        List<StepResult> r = worker.check(i, derivations.get(i));
                        synchronized (results) {
                            results.set(i, r);
                            release.run();
                        }
                    }
                } catch (Lost e) {
                    // the derivation in hand is left to the fallback, after the others
                }
            });
        }
        runAll(runs);
        if (results.contains(null)) {
            try (Worker worker = fallback.get()) {
                for (int i = 0; i < derivations.size(); i++) {
                    if (results.get(i) == null) {
                        results.set(i, worker.check(i, derivations.get(i)));
                        release.run();
                    }
                }
            }
        }
        return results;
    }

    private static void runAll(List<Runnable> runs) {
        if (runs.size() == 1) {
            runs.get(0).run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(runs.size(), r -> {
            Thread t = new Thread(r, "hdae-check");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Runnable r : runs) {
                running.add(pool.submit(r));
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
    }
}

package hdae.proofs.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hdae.proofs.ProofsException;
import hdae.proofs.format.Derivation;
import hdae.proofs.format.DerivationParser;
import hdae.symbolic.bound.BoundCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Derivations checked on two threads get the verdicts of one thread, reported in the derivations' order. */
class ParallelCheckTest {
    private static Derivation derivation(String name) {
        try (InputStream in = ParallelCheckTest.class.getResourceAsStream("/hdae/proofs/" + name)) {
            return new DerivationParser(BoundCatalogue.standard()).parse(name,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> verdicts(List<StepResult> results) {
        return results.stream().map(r -> r.derivation() + " " + r.step() + " " + r.verdict()).toList();
    }

    @Test
    void twoThreadsGiveTheVerdictsOfOneInTheDerivationsOrder() {
        List<Derivation> ds = List.of(derivation("premise-chains.deriv"), derivation("wrong-constants.deriv"));
        List<StepResult> serial = new ArrayList<>();
        try (StepChecker checker = new StepChecker(BoundCatalogue.standard(), CheckSettings.DEFAULT)) {
            ds.forEach(d -> serial.addAll(checker.check(d)));
        }
        List<StepResult> reported = new ArrayList<>();
        List<List<StepResult>> parallel = ParallelCheck.check(BoundCatalogue.standard(), CheckSettings.DEFAULT, ds, 2,
                reported::addAll);
        assertEquals(verdicts(serial), verdicts(reported));
        assertEquals(verdicts(serial), verdicts(parallel.stream().flatMap(List::stream).toList()));
    }

    /** A worker that checks its first derivation and then stops, as a second JVM that ended would. */
    private static java.util.function.Supplier<ParallelCheck.Worker> stoppingAfterOne(List<Integer> started) {
        return () -> {
            started.add(1);
            ParallelCheck.Worker inner = ParallelCheck.inProcess(BoundCatalogue.standard(), CheckSettings.DEFAULT).get();
            return new ParallelCheck.Worker() {
                private int done;

                @Override
                public List<StepResult> check(int index, Derivation d) {
                    if (done++ > 0) {
                        throw new ParallelCheck.Lost("stopped", null);
                    }
                    return inner.check(index, d);
                }

                @Override
                public void close() {
                    inner.close();
                }
            };
        };
    }

    @Test
    void aLostWorkersDerivationsAreCheckedByTheFallbackInOrder() {
        List<Derivation> ds = List.of(derivation("premise-chains.deriv"), derivation("wrong-constants.deriv"),
                derivation("orders.deriv"));
        List<StepResult> serial = new ArrayList<>();
        try (StepChecker checker = new StepChecker(BoundCatalogue.standard(), CheckSettings.DEFAULT)) {
            ds.forEach(d -> serial.addAll(checker.check(d)));
        }
        List<StepResult> reported = new ArrayList<>();
        List<Integer> started = new ArrayList<>();
        ParallelCheck.check(ds, List.of(stoppingAfterOne(started)),
                ParallelCheck.inProcess(BoundCatalogue.standard(), CheckSettings.DEFAULT), reported::addAll);
        assertEquals(verdicts(serial), verdicts(reported));
        assertEquals(1, started.size());
    }

    @Test
    void aWorkerIsMadeOnlyWhenADerivationIsLeftForIt() {
        List<Integer> started = new ArrayList<>();
        ParallelCheck.check(List.of(derivation("wrong-constants.deriv")), List.of(stoppingAfterOne(started),
                stoppingAfterOne(started), stoppingAfterOne(started)),
                ParallelCheck.inProcess(BoundCatalogue.standard(), CheckSettings.DEFAULT), r -> { });
        assertEquals(1, started.size());
    }

    @Test
    void refusesFewerThanOneThread() {
        assertThrows(ProofsException.class,
                () -> ParallelCheck.check(BoundCatalogue.standard(), CheckSettings.DEFAULT, List.of(), 0, r -> { }));
    }
}

package hdae.validate.experiment;

import hdae.symbolic.bound.BoundCatalogue;
import hdae.validate.ledger.Verdict;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The assertion every experiment test makes: no unledgered gap, no stale ledger entry, every bound catalogued. */
final class ExperimentAssert {

    private ExperimentAssert() {
    }

    static void agreesWithLedger(ExperimentTable table) {
        System.out.println(table.toMarkdown());
        for (Row r : table.rows()) {
            assertTrue(BoundCatalogue.standard().find(r.measurement().bound()).isPresent(),
                    () -> "row " + r.measurement().quantity() + " names a bound outside the catalogue: "
                            + r.measurement().bound());
        }
        if (!table.failures().isEmpty()) {
            fail(table.failures().stream().map(r -> r.judgement().verdict() + ": " + r.judgement().message())
                    .collect(Collectors.joining("\n")));
        }
        assertTrue(table.rows().stream().anyMatch(r -> r.judgement().verdict() != Verdict.REPORTED),
                "an experiment checks at least one row");
    }
}

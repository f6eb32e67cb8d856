package hdae.validate.ledger;

import hdae.numeric.mc.ClopperPearson;
import hdae.numeric.mc.Estimate;
import hdae.symbolic.bound.BoundCatalogue;
import hdae.validate.ValidationException;
import org.junit.jupiter.api.Test;

import static hdae.validate.ExceptionAssert.messageNamesAndSays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GapLedgerTest {

    private static final String EXPERIMENT = "toy";
    private static final String QUANTITY = "error rate";

    /** 80 successes in 100 trials: Clopper-Pearson 95 % interval about [0.708, 0.873] (numeric-check's estimator). */
    private static Measurement measured(double predicted) {
        Estimate e = ClopperPearson.estimate(80, 100, 0.95);
        return new Measurement(QUANTITY, "linf-max-gain-eq-eps-mul-l1", predicted, e, Comparison.IN_INTERVAL, "toy");
    }

    private static String ledger(double lower, double upper, String direction) {
        return ledger(0.8, lower, upper, direction);
    }

    private static String ledger(double measured, double lower, double upper, String direction) {
        return "{\"version\": 1, \"gaps\": [{\"bound\": \"linf-max-gain-eq-eps-mul-l1\", \"experiment\": \"toy\","
                + " \"quantity\": \"error rate\", \"scale\": \"QUICK\", \"predicted\": 0.99,"
                + " \"measured\": " + measured + ","
                + " \"lower\": " + lower + ", \"upper\": " + upper + ", \"direction\": \"" + direction + "\","
                + " \"why\": \"a toy gap\"}]}";
    }

    @Test
    void agreementWithoutEntryHolds() {
        GapLedger empty = GapLedger.parse("{\"version\": 1, \"gaps\": []}", "empty.json");
        assertEquals(Verdict.HOLDS, empty.judge(EXPERIMENT, "QUICK", measured(0.8)).verdict());
    }

    @Test
    void ledgeredGapThatReproducesIsGapLedgered() {
        GapLedger ledger = GapLedger.parse(ledger(0.7, 0.9, "BELOW"), "toy.json");
        Judgement j = ledger.judge(EXPERIMENT, "QUICK", measured(0.99));
        assertEquals(Verdict.GAP_LEDGERED, j.verdict(), j.message());
        assertFalse(j.verdict().isFailure());
    }

    @Test
    void deletingTheEntryMakesTheSameGapFailWithBothFiguresNamed() {
        GapLedger ledger = GapLedger.parse(ledger(0.7, 0.9, "BELOW"), "toy.json").without(EXPERIMENT, "QUICK",
                QUANTITY);
        Judgement j = ledger.judge(EXPERIMENT, "QUICK", measured(0.99));
        assertEquals(Verdict.GAP_UNLEDGERED, j.verdict());
        assertTrue(j.verdict().isFailure());
        assertTrue(j.message().contains("measured 0.8000") && j.message().contains("predicted 0.9900"), j.message());
        assertTrue(j.message().contains("not in toy.json"), j.message());
    }

    @Test
    void entryWhoseGapNoLongerExistsIsStaleWithBothFigures() {
        GapLedger ledger = GapLedger.parse(ledger(0.7, 0.9, "BELOW"), "toy.json");
        Judgement j = ledger.judge(EXPERIMENT, "QUICK", measured(0.8));
        assertEquals(Verdict.LEDGER_STALE, j.verdict());
        assertTrue(j.message().contains("the ledger says measured 0.8000 [0.7000, 0.9000]"), j.message());
        assertTrue(j.message().contains("now the measurement agrees"), j.message());
    }

    @Test
    void entryWhoseFigureMovedOutOfItsIntervalIsStale() {
        GapLedger ledger = GapLedger.parse(ledger(0.55, 0.5, 0.6, "BELOW"), "toy.json");
        assertEquals(Verdict.LEDGER_STALE, ledger.judge(EXPERIMENT, "QUICK", measured(0.99)).verdict());
    }

    @Test
    void entryWithTheOtherDirectionIsStale() {
        GapLedger ledger = GapLedger.parse(ledger(0.7, 0.9, "ABOVE"), "toy.json");
        assertEquals(Verdict.LEDGER_STALE, ledger.judge(EXPERIMENT, "QUICK", measured(0.99)).verdict());
    }

    @Test
    void entryOfAnotherScaleDoesNotExcuseTheGap() {
        GapLedger ledger = GapLedger.parse(ledger(0.7, 0.9, "BELOW"), "toy.json");
        assertEquals(Verdict.GAP_UNLEDGERED, ledger.judge(EXPERIMENT, "FULL", measured(0.99)).verdict());
    }

    @Test
    void malformedJsonNamesTheFileAndThePosition() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> GapLedger.parse("{\"version\": 1, \"gaps\": [", "broken.json"));
        messageNamesAndSays("broken.json", "well-formed JSON", e);
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void missingFieldNamesTheEntryAndTheField() {
        String json = ledger(0.7, 0.9, "BELOW").replace("\"why\": \"a toy gap\"", "\"whyy\": \"typo\"");
        ValidationException e = assertThrows(ValidationException.class, () -> GapLedger.parse(json, "typo.json"));
        messageNamesAndSays("typo.json: gaps[0].why", "a non-empty string", e);
    }

    @Test
    void rejectsUnknownDirectionScaleAndVersion() {
        messageNamesAndSays("gaps[0].direction", "BELOW, ABOVE or STRADDLES", assertThrows(ValidationException.class,
                () -> GapLedger.parse(ledger(0.7, 0.9, "SIDEWAYS"), "d.json")));
        messageNamesAndSays("gaps[0].scale", "QUICK or FULL", assertThrows(ValidationException.class,
                () -> GapLedger.parse(ledger(0.7, 0.9, "BELOW").replace("QUICK", "HUGE"), "s.json")));
        messageNamesAndSays("v.json: version", "\"version\": 1", assertThrows(ValidationException.class,
                () -> GapLedger.parse("{\"version\": 2, \"gaps\": []}", "v.json")));
    }

    @Test
    void rejectsAnIntervalThatMissesItsMeasuredValue() {
        messageNamesAndSays("gaps[0]", "lower <= measured <= upper", assertThrows(ValidationException.class,
                () -> GapLedger.parse(ledger(0.85, 0.9, "BELOW"), "i.json")));
    }

    @Test
    void committedLedgerParsesAndNamesOnlyCatalogueBounds() {
        GapLedger ledger = GapLedger.standard();
        assertFalse(ledger.entries().isEmpty());
        for (GapEntry e : ledger.entries()) {
            assertTrue(BoundCatalogue.standard().find(e.bound()).isPresent(), e.bound());
        }
    }
}

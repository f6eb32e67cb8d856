package hdae.validate.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.numeric.mc.ConfidenceInterval;
import hdae.numeric.mc.Estimate;
import org.junit.jupiter.api.Test;

/**
 * Verdicts from a bracket [certified lower end, attack upper end]: a claim E d <= c is REFUTED only when the certified
 * end lies above c, SUPPORTED when the attack end lies below c, INCONCLUSIVE otherwise; roles swapped for E d >= c;
 * REFUTED and INCONCLUSIVE pass only when the ledger lists them with reproducing figures.
 */
class BracketVerdictTest {

    private static final String BOUND = "linf-max-gain-eq-eps-mul-l1";

    private static Measurement bracket(double lower, double upper, double claim, Comparison rule) {
        Estimate e = new Estimate((lower + upper) / 2, 0, 50, new ConfidenceInterval(lower, upper, 0.95), "bracket");
        return new Measurement("mean distance", BOUND, claim, e, rule, "toy claim");
    }

    private static GapLedger ledger(String direction, double measured) {
        return GapLedger.parse("{\"version\": 1, \"gaps\": [{\"bound\": \"" + BOUND + "\", \"experiment\": \"toy\","
                + " \"quantity\": \"mean distance\", \"scale\": \"QUICK\", \"predicted\": 0.5, \"measured\": "
                + measured + ", \"lower\": " + (measured - 0.05) + ", \"upper\": " + (measured + 0.05)
                + ", \"direction\": \"" + direction + "\", \"why\": \"toy\"}]}", "toy.json");
    }

    private static final GapLedger EMPTY = GapLedger.parse("{\"version\": 1, \"gaps\": []}", "empty.json");

    @Test
    void theRuleDecidesOnlyOutsideTheBracket() {
        assertEquals(Verdict.REFUTED, Comparison.BRACKET_AT_MOST.decide(0.6, 0.9, 0.5));
        assertEquals(Verdict.SUPPORTED, Comparison.BRACKET_AT_MOST.decide(0.1, 0.4, 0.5));
        assertEquals(Verdict.INCONCLUSIVE, Comparison.BRACKET_AT_MOST.decide(0.3, 0.9, 0.5));
        assertEquals(Verdict.REFUTED, Comparison.BRACKET_AT_LEAST.decide(0.1, 0.4, 0.5));
        assertEquals(Verdict.SUPPORTED, Comparison.BRACKET_AT_LEAST.decide(0.6, 0.9, 0.5));
        assertEquals(Verdict.INCONCLUSIVE, Comparison.BRACKET_AT_LEAST.decide(0.3, 0.9, 0.5));
        assertEquals(Verdict.INCONCLUSIVE, Comparison.BRACKET_AT_MOST.decide(Double.NaN, 0.9, 0.5));
    }

    @Test
    void anAttackAboveTheClaimAloneNeverRefutes() {
        // the attack mean far above c, the certified mean below it: undecided, whatever the size of the gap
        Judgement j = ledger("STRADDLES", 5.0).judge("toy", "QUICK", bracket(0.2, 9.8, 0.5,
                Comparison.BRACKET_AT_MOST));
        assertEquals(Verdict.INCONCLUSIVE, j.verdict(), j.message());
        assertFalse(j.verdict().isFailure());
    }

    @Test
    void supportedNeedsNoEntryAndAnEntryForItIsStale() {
        Measurement m = bracket(0.1, 0.4, 0.5, Comparison.BRACKET_AT_MOST);
        assertEquals(Verdict.SUPPORTED, EMPTY.judge("toy", "QUICK", m).verdict());
        assertEquals(Verdict.LEDGER_STALE, ledger("ABOVE", 0.25).judge("toy", "QUICK", m).verdict());
    }

    @Test
    void refutedAndInconclusiveMustBeLedgered() {
        Measurement refuted = bracket(0.6, 0.9, 0.5, Comparison.BRACKET_AT_MOST);
        Judgement missing = EMPTY.judge("toy", "QUICK", refuted);
        assertEquals(Verdict.GAP_UNLEDGERED, missing.verdict());
        assertTrue(missing.message().contains("REFUTED") && missing.message().contains("0.6000"), missing.message());
        assertEquals(Verdict.REFUTED, ledger("ABOVE", 0.75).judge("toy", "QUICK", refuted).verdict());
        Measurement open = bracket(0.3, 0.9, 0.5, Comparison.BRACKET_AT_MOST);
        assertEquals(Verdict.GAP_UNLEDGERED, EMPTY.judge("toy", "QUICK", open).verdict());
        assertEquals(Verdict.INCONCLUSIVE, ledger("STRADDLES", 0.6).judge("toy", "QUICK", open).verdict());
        // a ledgered refutation that is now only inconclusive is stale, and the other way round
        assertEquals(Verdict.LEDGER_STALE, ledger("ABOVE", 0.6).judge("toy", "QUICK", open).verdict());
        assertEquals(Verdict.LEDGER_STALE, ledger("STRADDLES", 0.75).judge("toy", "QUICK", refuted).verdict());
        // an at-least claim is refuted by the attack end
        Measurement low = bracket(0.1, 0.4, 0.5, Comparison.BRACKET_AT_LEAST);
        assertEquals(Verdict.REFUTED, ledger("BELOW", 0.25).judge("toy", "QUICK", low).verdict());
    }
}

package hdae.validate.ledger;

/**
 * The verdict on one measurement and the sentence that explains it (both figures for a gap or a stale entry).
 *
 * @param verdict the outcome
 * @param message what was compared with what
 */
public record Judgement(Verdict verdict, String message) {
}

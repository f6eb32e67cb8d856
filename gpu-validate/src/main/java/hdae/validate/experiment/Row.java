package hdae.validate.experiment;

import hdae.validate.ledger.Judgement;
import hdae.validate.ledger.Measurement;

/**
 * One row of an experiment's table: the measurement and its verdict.
 *
 * @param measurement quantity, predicted value, measured value with interval, comparison rule
 * @param judgement   the verdict against the prediction and the gap ledger, with its explanation
 */
public record Row(Measurement measurement, Judgement judgement) {
}

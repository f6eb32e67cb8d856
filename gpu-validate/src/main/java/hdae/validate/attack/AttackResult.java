package hdae.validate.attack;

import hdae.validate.model.Batch;

/**
 * What an attack returned for a batch, in the shape of Foolbox's {@code (raw, clipped, success)}. The points are
 * kept as the flat row-major batches the attack computed them in; {@link Batch#row} and {@link Batch#toMatrix}
 * copy them out.
 *
 * @param raw     the points the attack's search produced, before clipping (one row per input)
 * @param clipped the points after clipping to the budget (fixed-budget attacks) and the box: the returned
 *                adversarial candidates
 * @param success whether each clipped point is adversarial, re-checked with the criterion on the model
 */
public record AttackResult(Batch raw, Batch clipped, boolean[] success) {

    /** @return the fraction of rows with success */
    public double successRate() {
        int count = 0;
        for (boolean s : success) {
            if (s) {
                count++;
            }
        }
        return success.length == 0 ? 0 : (double) count / success.length;
    }
}

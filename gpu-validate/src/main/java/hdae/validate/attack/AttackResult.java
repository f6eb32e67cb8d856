package hdae.validate.attack;

import hdae.validate.model.Batch;

import java.util.function.Supplier;

/**
 * What an attack returned for a batch, in the shape of Foolbox's {@code (raw, clipped, success)}: the raw points
 * the attack's search produced, before clipping (one row per input); the points after clipping to the budget
 * (fixed-budget attacks) and the box, the returned adversarial candidates; and whether each clipped point is
 * adversarial, re-checked with the criterion on the model. The points are kept as the flat row-major batches the
 * attack computed them in; {@link Batch#row} and {@link Batch#toMatrix} copy them out.
 *
 * <p>An attack that computes each raw point only on the way to its clipped point (FGSM: \(x + \varepsilon\,
 * \mathrm{sign}(g)\), projected as it is computed) hands the raw points over as a computation that
 * {@link #raw()} runs on its first call, with the same operations, so the same values to the last bit.
 */
public final class AttackResult {

    /** The raw points, once computed. */
    private Batch raw;
    /** Computes the raw points on the first call of {@link #raw()}; null once they are. */
    private Supplier<Batch> rawComputation;
    /** The clipped points, one row per input. */
    private final Batch clipped;
    /** Whether each clipped point is adversarial. */
    private final boolean[] success;

    /**
     * A result with its raw points computed.
     *
     * @param raw     the points before clipping
     * @param clipped the points after clipping
     * @param success whether each clipped point is adversarial
     */
    public AttackResult(Batch raw, Batch clipped, boolean[] success) {
        this.raw = raw;
        this.clipped = clipped;
        this.success = success;
    }

    private AttackResult(Supplier<Batch> rawComputation, Batch clipped, boolean[] success) {
        this.rawComputation = rawComputation;
        this.clipped = clipped;
        this.success = success;
    }

    /**
     * A result whose raw points are computed when first asked for (the computation keeps what it reads, for FGSM
     * the inputs and the gradients, until then).
     *
     * @param rawComputation gives the points before clipping; called at most once
     */
    static AttackResult withRawComputed(Supplier<Batch> rawComputation, Batch clipped, boolean[] success) {
        return new AttackResult(rawComputation, clipped, success);
    }

    /** @return the points the attack's search produced, before clipping (one row per input) */
    public synchronized Batch raw() {
        if (raw == null) {
            raw = rawComputation.get();
            rawComputation = null;
        }
        return raw;
    }

    /** @return the points after clipping to the budget and the box: the adversarial candidates */
    public Batch clipped() {
        return clipped;
    }

    /** @return whether each clipped point is adversarial, re-checked with the criterion on the model */
    public boolean[] success() {
        return success;
    }

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

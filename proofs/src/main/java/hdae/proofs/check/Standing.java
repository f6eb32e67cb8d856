package hdae.proofs.check;

/**
 * The derived verdict of a catalogue bound: what holds of it once every step its concluding step rests
 * on (the dependency closure through {@code from}) is taken into account. Totally ordered, strongest
 * first: PROVED &gt; PROVED_FROM_CITED &gt; CITED &gt; CHECKED &gt; UNKNOWN &gt; FAILED.
 */
public enum Standing {
    /** Every step of the closure is PROVED. */
    PROVED,
    /** Every step of the closure is PROVED or CITED, and the concluding step is not itself a citation. */
    PROVED_FROM_CITED,
    /** The concluding step is a citation, and every other step of the closure is PROVED or CITED. */
    CITED,
    /** Some step of the closure is only CHECKED (numeric evidence, not a proof); none is FAILED or UNKNOWN. */
    CHECKED,
    /** Some step of the closure is UNKNOWN, none FAILED; or no step concludes the bound. */
    UNKNOWN,
    /** Some step of the closure is FAILED. */
    FAILED;

    /** Whether the bound stands (PROVED, PROVED_FROM_CITED, CITED or CHECKED). */
    public boolean holds() {
        return this != UNKNOWN && this != FAILED;
    }
}

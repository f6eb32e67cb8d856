package hdae.proofs.format;

import java.util.Objects;

/**
 * Why a step holds: an argument in words ({@code by}), to be checked, or a citation ({@code cite}) of a
 * lemma from the literature, taken as given.
 *
 * @param cited whether the step rests on a citation
 * @param text the argument or the reference
 */
public record Justification(boolean cited, String text) {
    public Justification {
        Objects.requireNonNull(text, "text");
    }
}

package hdae.symbolic.bound;

import java.util.Objects;

/**
 * What a bound speaks of, when it is not itself a closed-form expression: for example the expected
 * squared distance of two uniform points of the cube. The key selects its notation in the renderer;
 * the description is plain words for reports.
 *
 * @param key stable symbol key (for example {@code cube-pair-sq-dist-mean})
 * @param description plain-words meaning, with the symbols it uses
 */
public record Quantity(String key, String description) {
    public Quantity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(description, "description");
    }

    public static Quantity of(String key, String description) {
        return new Quantity(key, description);
    }
}

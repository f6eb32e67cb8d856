package hdae.symbolic.render;

import java.util.Objects;

/**
 * Options of {@link LatexRenderer}.
 *
 * @param products how a product of two factors is written
 * @param exponentials whether \(\exp(x)\) is written \(e^{x}\) when short, or always \(\exp(x)\)
 */
public record RenderSettings(Products products, Exponentials exponentials) {
    /** Products: juxtaposition with {@code \cdot} only before a digit, or always {@code \cdot}. */
    public enum Products { JUXTAPOSE, CDOT }

    /** Exponentials: {@code e^{x}} for short arguments, or always {@code \exp}. */
    public enum Exponentials { POWER_WHEN_SHORT, ALWAYS_EXP }

    public static final RenderSettings DEFAULT = new RenderSettings(Products.JUXTAPOSE, Exponentials.POWER_WHEN_SHORT);

    public RenderSettings {
        Objects.requireNonNull(products, "products");
        Objects.requireNonNull(exponentials, "exponentials");
    }

    public RenderSettings withProducts(Products p) {
        return new RenderSettings(p, exponentials);
    }

    public RenderSettings withExponentials(Exponentials e) {
        return new RenderSettings(products, e);
    }
}

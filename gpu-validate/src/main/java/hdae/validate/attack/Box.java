package hdae.validate.attack;

import hdae.validate.ValidationException;
import hdae.validate.model.Batch;

/**
 * The input domain \([\mathit{lower}, \mathit{upper}]^n\) every attack output is clipped to: the unit cube for
 * images, unbounded for data such as the concentric spheres.
 *
 * @param lower the lower bound of each coordinate (may be \(-\infty\))
 * @param upper the upper bound of each coordinate (may be \(+\infty\)), greater than {@code lower}
 */
public record Box(double lower, double upper) {

    /** The unit cube \([0,1]^n\), the default. */
    public static final Box UNIT = new Box(0, 1);
    /** No bounds: \(\mathbb{R}^n\). */
    public static final Box UNBOUNDED = new Box(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    /** Validates the bounds. */
    public Box {
        if (!(lower < upper)) {
            throw ValidationException.expected("lower < upper", "box", "[" + lower + ", " + upper + "]");
        }
    }

    /**
     * Clamps a value into the box.
     *
     * @param value the value
     * @return the nearest value in [lower, upper]
     */
    public double clamp(double value) {
        return Math.min(upper, Math.max(lower, value));
    }

    /**
     * Whether every entry of a batch lies in the box (NaN does not).
     *
     * @param batch the batch
     * @return whether all entries are in [lower, upper]
     */
    public boolean contains(Batch batch) {
        for (double v : batch.values()) {
            if (!(v >= lower && v <= upper)) {
                return false;
            }
        }
        return true;
    }
}

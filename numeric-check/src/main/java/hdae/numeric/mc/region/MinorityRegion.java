package hdae.numeric.mc.region;

import hdae.numeric.NumericException;
import hdae.numeric.mc.ConfidenceInterval;
import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.Guard;

/**
 * Decision regions A of the cube \( [0,1]^n \) of any mass, given by their minority side \( M = [0,1]^n \setminus A \)
 * of mass q, with the exact Euclidean distance of a point to A (0 on A). Both embed in every dimension
 * \( n \ge 2 \): the distance depends on the first one or two coordinates only.
 *
 * <ul>
 *   <li>{@link #coordinateSlab}: \( M = \{x_1 < q\} \); \( d_2(x, A) = \max(0, q - x_1) \), so
 *       \( \mathbb{E}\,d_2 = q^2/2 \) and \( \mathbb{E}[d_2 \mid x \in M] = q/2 \).</li>
 *   <li>{@link #cornerDisc}: M is the quarter-disc \( \{x_1^2 + x_2^2 < r^2\} \) at a corner, \( \pi r^2/4 = q \),
 *       \( r \le 1 \) (so \( q \le \pi/4 \)); a point of M is at distance \( r - \sqrt{x_1^2 + x_2^2} \) from A (the
 *       nearest point of A lies on the arc), so \( \mathbb{E}\,d_2 = \int_0^{\pi/2}\int_0^r (r - \rho)\rho\,d\rho\,
 *       d\theta = \pi r^3/12 \). For q = 1/2, \( r = \sqrt{2/\pi} \) and \( \mathbb{E}\,d_2 = 0.13298 \): a lower
 *       example for the best constant of the half-mass theorem, above the half-spaces' 1/8 and 0.1152.</li>
 * </ul>
 *
 * @param shape the shape of the minority side
 * @param mass its mass q
 */
public record MinorityRegion(Shape shape, double mass) {
    /** The shapes of the minority side. */
    public enum Shape {
        /** \( \{x_1 < q\} \). */
        COORDINATE_SLAB,
        /** \( \{x_1^2 + x_2^2 < 4q/\pi\} \). */
        CORNER_DISC
    }

    /**
     * Validates the fields.
     *
     * @param shape see the record description
     * @param mass see the record description
     */
    public MinorityRegion {
        Guard.notNull("shape", shape);
        Guard.positiveAtMost("mass", mass, shape == Shape.CORNER_DISC ? Math.PI / 4 : 1);
    }

    /**
     * The slab \( \{x_1 < q\} \) as minority side.
     *
     * @param q its mass, in (0, 1]
     * @return the region \( A = \{x_1 \ge q\} \)
     */
    public static MinorityRegion coordinateSlab(double q) {
        return new MinorityRegion(Shape.COORDINATE_SLAB, q);
    }

    /**
     * The corner quarter-disc of mass q as minority side.
     *
     * @param q its mass, in \( (0, \pi/4] \)
     * @return the complement A of the quarter-disc
     */
    public static MinorityRegion cornerDisc(double q) {
        return new MinorityRegion(Shape.CORNER_DISC, q);
    }

    /**
     * The radius of the quarter-disc.
     *
     * @return \( r = 2\sqrt{q/\pi} \) for {@link Shape#CORNER_DISC}
     * @throws NumericException for {@link Shape#COORDINATE_SLAB}
     */
    public double radius() {
        if (shape != Shape.CORNER_DISC) {
            throw NumericException.expected("a corner disc", "shape", shape);
        }
        return 2 * Math.sqrt(mass / Math.PI);
    }

    /**
     * The exact Euclidean distance to A.
     *
     * @param x a point of the cube, of dimension at least 2; not modified
     * @return \( d_2(x, A) \), 0 exactly on A
     */
    public double distance(double[] x) {
        if (x.length < 2) {
            throw NumericException.expected("dimension >= 2", "x.length", x.length);
        }
        return switch (shape) {
            case COORDINATE_SLAB -> Math.max(0, mass - x[0]);
            case CORNER_DISC -> Math.max(0, radius() - Math.hypot(x[0], x[1]));
        };
    }

    /**
     * Estimates the unconditional mean distance \( \mathbb{E}_x\, d_2(x, A) \).
     *
     * @param n the dimension, at least 2
     * @param samples the number of points, at least {@value RegionDistanceSampler#CHUNKS}
     * @param seed the seed
     * @param confidence the level of the Student-t interval
     * @return the mean with its interval
     */
    public Estimate mean(int n, long samples, long seed, double confidence) {
        Guard.atLeast("n", n, 2);
        return RegionDistanceSampler.mean(this::distance, n, samples, seed, confidence);
    }

    /**
     * Estimates the mean distance from the minority side, \( \mathbb{E}[d_2 \mid x \notin A] =
     * \mathbb{E}\,d_2/q \) (d = 0 on A and q is known exactly), by scaling the unconditional estimate.
     *
     * @param n the dimension, at least 2
     * @param samples the number of points, at least {@value RegionDistanceSampler#CHUNKS}
     * @param seed the seed
     * @param confidence the level of the Student-t interval
     * @return the conditional mean with the scaled interval
     */
    public Estimate conditionalMean(int n, long samples, long seed, double confidence) {
        Estimate e = mean(n, samples, seed, confidence);
        ConfidenceInterval i = e.interval();
        return new Estimate(e.value() / mass, e.standardError() / mass, e.samples(),
                new ConfidenceInterval(i.lower() / mass, i.upper() / mass, i.confidence()),
                e.method() + ", divided by the exact mass q");
    }
}

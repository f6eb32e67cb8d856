package hdae.validate.attack;

import hdae.validate.ValidationException;
import hdae.validate.criterion.Criterion;
import hdae.validate.model.Batch;
import hdae.validate.model.Classifier;
import hdae.validate.norm.Norm;

/**
 * Projected gradient descent in the L-infinity ball (Madry et al. 2018): \(T\) steps of size
 * \(\alpha = \rho\,\varepsilon\) along \(s(g) = \mathrm{sign}(g)\) of the cross-entropy gradient \(g\), each
 * followed by projection onto \(B_\varepsilon(x) \cap \mathrm{Box}\); optionally from a uniform random point
 * of the ball. A sample stops at its first adversarial iterate. Defaults (Foolbox's): \(T = 40\),
 * \(\rho = 0.01/0.3\), random start on; seed 0.
 *
 * @see <a href="https://arxiv.org/abs/1706.06083">Madry et al., arXiv 1706.06083</a>
 */
public final class LinfPgd extends FixedBudgetAttack {

    /** Default rows per batch through the network. */
    private static final int DEFAULT_BATCH = 256;

    /** Number of gradient steps T. */
    private final int steps;
    /** Step size as a fraction \(\rho\) of eps. */
    private final double relativeStep;
    /** Whether to start from a uniform random point of the ball. */
    private final boolean randomStart;
    /** Seed of the random start. */
    private final long seed;

    private LinfPgd(Box box, int batchSize, int steps, double relativeStep, boolean randomStart, long seed) {
        super(box, batchSize);
        if (!(steps >= 1)) {
            throw ValidationException.expected("steps >= 1", "steps", steps);
        }
        if (!(relativeStep > 0 && relativeStep < Double.POSITIVE_INFINITY)) {
            throw ValidationException.expected("finite relativeStep > 0", "relativeStep", relativeStep);
        }
        this.steps = steps;
        this.relativeStep = relativeStep;
        this.randomStart = randomStart;
        this.seed = seed;
    }

    /** @return the attack with its defaults, on the unit cube */
    public static LinfPgd of() {
        return new LinfPgd(Box.UNIT, DEFAULT_BATCH, 40, 0.01 / 0.3, true, 0L);
    }

    /**
     * A copy with another number of steps.
     *
     * @param count the number of steps T, at least 1
     * @return the copy
     */
    public LinfPgd withSteps(int count) {
        return new LinfPgd(box(), batchSize(), count, relativeStep, randomStart, seed);
    }

    /**
     * A copy with another relative step size.
     *
     * @param rho the step as a fraction of eps, finite and &gt; 0
     * @return the copy
     */
    public LinfPgd withRelativeStep(double rho) {
        return new LinfPgd(box(), batchSize(), steps, rho, randomStart, seed);
    }

    /**
     * A copy with the random start on or off.
     *
     * @param on whether to start from a random point of the ball
     * @return the copy
     */
    public LinfPgd withRandomStart(boolean on) {
        return new LinfPgd(box(), batchSize(), steps, relativeStep, on, seed);
    }

    /**
     * A copy with another seed for the random start.
     *
     * @param newSeed the seed
     * @return the copy
     */
    public LinfPgd withSeed(long newSeed) {
        return new LinfPgd(box(), batchSize(), steps, relativeStep, randomStart, newSeed);
    }

    /**
     * A copy with another box.
     *
     * @param box the domain
     * @return the copy
     */
    public LinfPgd withBox(Box box) {
        return new LinfPgd(box, batchSize(), steps, relativeStep, randomStart, seed);
    }

    /**
     * A copy with another batch size.
     *
     * @param rows rows per batch, at least 1
     * @return the copy
     */
    public LinfPgd withBatchSize(int rows) {
        return new LinfPgd(box(), rows, steps, relativeStep, randomStart, seed);
    }

    /** @return the number of steps */
    public int steps() {
        return steps;
    }

    @Override
    public Norm norm() {
        return Norm.LINF;
    }

    @Override
    protected Batch run(Classifier model, Batch x, int[] labels, double[] eps, Criterion criterion) {
        return PgdCore.run(model, x, labels, eps, criterion, box(), Norm.LINF, steps, relativeStep, randomStart,
                seed);
    }
}

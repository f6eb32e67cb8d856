package hdae.validate.model;

import hdae.validate.ValidationException;

import java.util.Locale;

/**
 * How a network is trained: Adam on the mean cross-entropy over minibatches, data reshuffled every epoch,
 * optionally with early stopping on a held-out validation fraction (the parameters of the epoch with the
 * least validation loss are kept). Every random choice (initial weights, shuffles, the split) derives from
 * {@code seed}.
 *
 * @param epochs             maximum number of passes over the training data, at least 1
 * @param batchSize          minibatch size B, at least 1
 * @param learningRate       Adam step size, finite and &gt; 0
 * @param patience           early stopping: stop after this many epochs without a better validation loss;
 *                           0 turns early stopping off
 * @param validationFraction fraction of the data held out for validation, in [0, 0.5]; when &gt; 0 the
 *                           parameters of the epoch with the least validation loss are kept (with or without
 *                           early stopping); must be &gt; 0 when patience &gt; 0
 * @param seed               the seed
 */
public record TrainingSpec(int epochs, int batchSize, double learningRate, int patience, double validationFraction,
                           long seed) {

    /** Validates the fields. */
    public TrainingSpec {
        if (!(epochs >= 1)) {
            throw ValidationException.expected("epochs >= 1", "epochs", epochs);
        }
        if (!(batchSize >= 1)) {
            throw ValidationException.expected("batchSize >= 1", "batchSize", batchSize);
        }
        if (!(learningRate > 0 && learningRate < Double.POSITIVE_INFINITY)) {
            throw ValidationException.expected("finite learningRate > 0", "learningRate", learningRate);
        }
        if (!(patience >= 0)) {
            throw ValidationException.expected("patience >= 0", "patience", patience);
        }
        if (!(validationFraction >= 0 && validationFraction <= 0.5)) {
            throw ValidationException.expected("validationFraction in [0, 0.5]", "validationFraction",
                    validationFraction);
        }
        if (patience > 0 && !(validationFraction > 0)) {
            throw ValidationException.expected("validationFraction > 0 when early stopping", "validationFraction",
                    validationFraction);
        }
    }

    /**
     * Training without early stopping, learning rate 1e-3 (Adam's usual default).
     *
     * @param epochs    number of epochs
     * @param batchSize minibatch size
     * @param seed      the seed
     * @return the spec
     */
    public static TrainingSpec of(int epochs, int batchSize, long seed) {
        return new TrainingSpec(epochs, batchSize, 1e-3, 0, 0, seed);
    }

    /**
     * A copy with another learning rate.
     *
     * @param rate the Adam step size
     * @return the copy
     */
    public TrainingSpec withLearningRate(double rate) {
        return new TrainingSpec(epochs, batchSize, rate, patience, validationFraction, seed);
    }

    /**
     * A copy with early stopping.
     *
     * @param newPatience epochs without improvement before stopping, at least 1
     * @param fraction    validation fraction, in (0, 0.5]
     * @return the copy
     */
    public TrainingSpec withEarlyStopping(int newPatience, double fraction) {
        if (!(newPatience >= 1)) {
            throw ValidationException.expected("patience >= 1", "patience", newPatience);
        }
        return new TrainingSpec(epochs, batchSize, learningRate, newPatience, fraction, seed);
    }

    /** @return a stable one-line description, part of the cache key */
    public String canonical() {
        return String.format(Locale.ROOT, "epochs=%d B=%d lr=%s patience=%d val=%s seed=%d adam/mcxent", epochs,
                batchSize, Double.toString(learningRate), patience, Double.toString(validationFraction), seed);
    }
}

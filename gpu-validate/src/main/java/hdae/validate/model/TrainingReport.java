package hdae.validate.model;

import java.util.Arrays;

/**
 * What a training run did, epoch by epoch.
 *
 * @param epochsRun      epochs actually run (fewer than asked when early stopping ended the run)
 * @param bestEpoch      the epoch (1-based) whose parameters were kept: the one with the least validation
 *                       loss, or the last epoch without validation
 * @param trainLoss      mean training cross-entropy per epoch (nats), during the epoch
 * @param validationLoss mean validation cross-entropy per epoch after it (nats); empty without validation
 * @param seconds        wall-clock seconds of each epoch, training steps only (the first includes the JIT's
 *                       compilation of the training loop)
 * @param cpuSeconds     process CPU seconds of each epoch over the same steps ({@link ProcessCpu})
 */
public record TrainingReport(int epochsRun, int bestEpoch, double[] trainLoss, double[] validationLoss,
                             double[] seconds, double[] cpuSeconds) {

    /** @return the mean wall-clock seconds per epoch */
    public double secondsPerEpoch() {
        return Arrays.stream(seconds).average().orElse(Double.NaN);
    }

    /** @return the mean process CPU seconds per epoch */
    public double cpuSecondsPerEpoch() {
        return Arrays.stream(cpuSeconds).average().orElse(Double.NaN);
    }
}

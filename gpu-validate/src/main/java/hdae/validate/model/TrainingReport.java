package hdae.validate.model;

/**
 * What a training run did, epoch by epoch.
 *
 * @param epochsRun        epochs actually run (fewer than asked when early stopping ended the run)
 * @param bestEpoch        the epoch (1-based) whose parameters were kept: the one with the least validation
 *                         loss, or the last epoch without validation
 * @param trainLoss        mean training cross-entropy per epoch (nats), during the epoch
 * @param validationLoss   mean validation cross-entropy per epoch after it (nats); empty without validation
 * @param secondsPerEpoch  mean wall-clock seconds per epoch, training steps only
 * @param cpuSecondsPerEpoch mean process CPU seconds per epoch over the same steps ({@link ProcessCpu})
 */
public record TrainingReport(int epochsRun, int bestEpoch, double[] trainLoss, double[] validationLoss,
                             double secondsPerEpoch, double cpuSecondsPerEpoch) {
}

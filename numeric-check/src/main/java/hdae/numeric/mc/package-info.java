/**
 * A small, reusable Monte Carlo estimator API: every estimator returns an {@link hdae.numeric.mc.Estimate}
 * (point value, standard error, sample count, a {@link hdae.numeric.mc.ConfidenceInterval} and the method
 * name). Means get a Student-t interval ({@link hdae.numeric.mc.StudentMean}) or a seeded bootstrap percentile
 * interval ({@link hdae.numeric.mc.BootstrapMean}); proportions get the Clopper-Pearson exact interval
 * ({@link hdae.numeric.mc.ClopperPearson}). All randomness comes from seeded Commons RNG streams
 * ({@link hdae.numeric.mc.RandomStreams}); {@link hdae.numeric.mc.SampleMoments} merges per-stream moments in
 * a fixed order, so that parallel runs are reproducible.
 *
 * <p>Legend: {@code m} sample count; {@code X_1..X_m} the sample; {@code Xbar} its mean; {@code s} its
 * standard deviation; {@code k} successes out of {@code m} trials; {@code alpha = 1 - confidence} the
 * false-alarm rate of an interval; {@code t_{nu,q}} the q-quantile of Student's t with {@code nu} degrees
 * of freedom; {@code B(q; a, b)} the q-quantile of the Beta(a, b) distribution.
 */
package hdae.numeric.mc;

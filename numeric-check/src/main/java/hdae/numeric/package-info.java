/**
 * Numbers for the bounds of hdae: closed forms evaluated ({@code eval}), outward-rounded interval
 * arithmetic ({@code interval}), Monte Carlo estimators with confidence intervals ({@code mc}, with the
 * geometry kernels in {@code mc.geometry}) and the loss-landscape models ({@code saddle}). Bad input
 * raises the module's one exception, {@link hdae.numeric.NumericException}.
 *
 * <p>Legend: {@code n} dimension, {@code eps} a distance or shell width, {@code alpha} a false-alarm
 * rate, {@code 1 - alpha} a confidence level.
 */
package hdae.numeric;

/**
 * Measurements of a user's network on a user's data: per input, the certified lower bound and the attacks'
 * upper bounds on the minimal adversarial L2 distance \(d^*(x)\) (inside the box \([0,1]^n\)), so that
 * \(d_{\mathrm{cert}}(x) \le d^*(x) \le d_{\mathrm{att}}(x)\); and per budget \(\varepsilon\) the certified accuracy
 * (a lower bound on the robust accuracy) and the accuracy under attack (an upper bound on it). Catalogue bounds
 * checked on a user's networks as experiments: the corrected theorem
 * ({@link hdae.validate.measure.CorrectedTheoremOnModel}) and claim A5's slope
 * ({@link hdae.validate.measure.SlopeOnModels}).
 *
 * <p>Symbols: \(n\) the input dimension, \(y\) the label, \(d_{\mathrm{cert}}\) the certified radius,
 * \(d_{\mathrm{att}} = \min\) over the attacks of their distances.
 */
package hdae.validate.measure;

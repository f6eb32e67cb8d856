/**
 * Numeric witnesses of the audit of the linear argument of Goodfellow, Shlens and Szegedy (2015, Sec. 3): each
 * objection of hdae's audit is shown on explicit vectors, computed from the vectors themselves and not
 * from the closed forms, which live in the bound catalogue.
 *
 * <ul>
 *   <li>{@link hdae.numeric.mc.linear.RefinementWitness}: k-fold pixel replication with weights
 *       \( w = \mathrm{rep}(w_0, k)/k \) (objection H-a).</li>
 *   <li>{@link hdae.numeric.mc.linear.RelativeChangeSampler}: the change \( \varepsilon\|w\|_1 \) against the
 *       activation \( w^\top x \) itself (objection H-b).</li>
 *   <li>{@link hdae.numeric.mc.linear.FlipRateSampler}: whether the sign perturbation flips the class, that is
 *       whether the margin is below \( \varepsilon\|w\|_1 \) (objection H-b restated as the premise margin
 *       \( = o(\varepsilon\|w\|_1) \)): it holds for independent pixels and fails for replicated ones.</li>
 *   <li>{@link hdae.numeric.mc.linear.NormRatioWitness}: the sign perturbation against the best L2 perturbation of
 *       the same Euclidean length (objection H-c).</li>
 * </ul>
 *
 * <p>Legend: {@code n} input dimension; {@code n0} base number of pixels; {@code k} refinement factor;
 * {@code w} weights; {@code x} an input in \( [0,1]^n \); {@code b} bias; {@code eps} max-norm budget
 * \( \varepsilon \); \( m = \|w\|_1/n \) the mean weight magnitude; \( \|v\|_{\mathrm{rms}} = \|v\|_2/\sqrt n \).
 */
package hdae.numeric.mc.linear;

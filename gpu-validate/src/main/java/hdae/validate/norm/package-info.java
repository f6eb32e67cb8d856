/**
 * Sizes of perturbations as types: the {@link hdae.validate.norm.Norm} enum (L1, L2, L-infinity, rms), a
 * measured {@link hdae.validate.norm.Distance} that carries its norm, and a
 * {@link hdae.validate.norm.Budget}, the closed ball an attack may search. Nothing here knows about networks.
 *
 * <p>Legend: \(v, \delta \in \mathbb{R}^n\) vectors (a perturbation); \(n\) the dimension;
 * \(\|\cdot\|_p\) the L<sub>p</sub> norm; \(\mathrm{rms}(v) = \|v\|_2/\sqrt{n}\); \(\varepsilon\) ({@code eps})
 * a budget radius; \(\|\cdot\|_*\) the dual norm.
 */
package hdae.validate.norm;

/**
 * Gaussian data and the worst case of the mean distance to a decision region: for \( x \sim N(m, \Sigma) \) and every
 * region A of mass at least 1/2, \( \mathbb{E}\,d_2(x, A) \le \sqrt{\lambda_{\max}(\Sigma)}/\sqrt{2\pi} \), with
 * equality for the half-space through m orthogonal to a top eigenvector (the map \( z \mapsto m + \Sigma^{1/2} z \)
 * is \( \sqrt{\lambda_{\max}} \)-Lipschitz, and Gaussian isoperimetry). {@link hdae.numeric.mc.gaussian.GaussianData}
 * samples explicit vectors and estimates the mean distance to half-spaces with Student-t intervals; the closed forms
 * live in the bound catalogue.
 *
 * <p>Legend: {@code n} dimension (pixels); \( \Sigma \) covariance; \( \lambda_{\max} \) its largest eigenvalue;
 * {@code v} the normal of a half-space; {@code F} a factor with \( F F^\top = \Sigma \); {@code z} a standard normal
 * vector; {@code k} refinement factor; {@code n0} base number of pixels; \( \ell \) correlation length.
 */
package hdae.numeric.mc.gaussian;

/**
 * Certified lower bounds on the minimal adversarial distance of dense ReLU classifiers: for every sample,
 * certified radius \(\le\) true minimal distance \(\le\) any attack's distance.
 *
 * <ul>
 * <li>Bound propagation ({@link hdae.validate.certify.BoundPropagation}) on the parameters as plain arrays
 * ({@link hdae.validate.certify.ReluNetwork}): interval bound propagation, CROWN and alpha-CROWN
 * ({@link hdae.validate.certify.BoundMethod}) over an L2 or L-infinity ball intersected with a box
 * ({@link hdae.validate.certify.InputRegion}), lower-bounding the margins \(z_y - z_j\). Every bound is rounded
 * outwards (a priori error bounds of double arithmetic, {@code Rounding}), so a positive bound is a proof about
 * the network in exact arithmetic.</li>
 * <li>{@link hdae.validate.certify.CertifiedRadius}: the largest certified radius by bisection on
 * \(\varepsilon\).</li>
 * <li>Complete verification ({@link hdae.validate.certify.BranchAndBound}): branch and bound on unstable ReLUs
 * over beta-CROWN bounds, deciding ROBUST, NOT_ROBUST with a verified
 * {@link hdae.validate.certify.Counterexample}, or UNKNOWN within a budget; with bisection
 * ({@link hdae.validate.certify.ExactRadius}) a {@link hdae.validate.certify.DistanceBracket} of the exact minimal
 * distance within a stated tolerance.</li>
 * <li>The Lipschitz-margin certificate ({@link hdae.validate.certify.LipschitzCertificate}) on spectral norms
 * bracketed by power iteration and a rigorous upper bound ({@link hdae.validate.certify.SpectralNorm}): looser,
 * kept for comparison.</li>
 * </ul>
 *
 * <p>Legend: \(W_l\) the weight matrix of layer \(l\), shape (in, out); \(b_l\) its bias; \(z_l\) its
 * pre-activation, \(h_l = \mathrm{relu}(z_l)\); \(\ell_l, u_l\) bounds of \(z_l\) over the region; \(\alpha\) a
 * lower slope of the ReLU relaxation, \(s\) its upper slope; \(A\) the coefficients of a backward pass, \(d\) its
 * constant and \(e\) its rounding slack; \(x_0\) the centre and \(\varepsilon\) the radius of the ball;
 * \(\mu\) the dual variable of the L2 bound in a box; \(\Gamma_k\) the rounding allowance of a sum of k products;
 * \(\|W\|_2 = \sigma_{\max}(W)\) the spectral norm; \(L\) a Lipschitz constant of the logits in L2; \(M(x)\) the
 * logit margin; \(R(x)\) a certified radius; \(\Delta(x)\) the true minimal distance to another class; \(s_{l,i}\)
 * the sign of a ReLU split and \(\beta\) its multiplier; \(\tau\) the relative tolerance of a bracket.
 */
package hdae.validate.certify;

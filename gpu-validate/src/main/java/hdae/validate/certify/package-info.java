/**
 * Certified lower bounds on the minimal adversarial distance: the Lipschitz-margin certificate of ReLU MLPs
 * ({@link hdae.validate.certify.LipschitzCertificate}) built on spectral norms bracketed by power iteration
 * and a rigorous upper bound ({@link hdae.validate.certify.SpectralNorm}). For every sample, certified radius
 * \(\le\) true minimal distance \(\le\) any attack's distance.
 *
 * <p>Legend: \(W_l\) the weight matrix of layer \(l\); \(\|W\|_2 = \sigma_{\max}(W)\) its spectral norm;
 * \(G = W^\top W\) (or \(W W^\top\)) the Gram matrix of side \(m\); \(\lambda_{\max}\) its largest eigenvalue;
 * \(s\) the number of squarings; \(L\) a Lipschitz constant of the logits in L2; \(M(x)\) the logit margin;
 * \(R(x)\) the certified radius; \(\Delta(x)\) the true minimal L2 distance to another class.
 */
package hdae.validate.certify;

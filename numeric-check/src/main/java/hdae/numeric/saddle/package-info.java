/**
 * Loss-landscape models behind the paper's claim that saddle points, not local minima, dominate in high dimension
 * (claim A4 of arXiv 1801.00634; provenance BACKGROUND, with the Dean-Majumdar rate CITED). A
 * critical point is a minimum when all eigenvalues of its Hessian are positive. Two models of the Hessian: the
 * independent-sign model ({@link hdae.numeric.saddle.IndependentSignModel}, signs are fair coins) and the Gaussian
 * Orthogonal Ensemble (GOE: {@link hdae.numeric.saddle.GoeSampler}, {@link hdae.numeric.saddle.GoePositivity},
 * {@link hdae.numeric.saddle.GoeEigenvalueDensity}, {@link hdae.numeric.saddle.GoeRateFit}), whose level repulsion
 * makes positive-definite matrices far rarer: \( \ln P_N \sim -\theta N^2 \) with \( \theta = \ln 3/4 \).
 *
 * <p>Legend: {@code n} number of Hessian eigenvalues in the independent-sign model; {@code k} index (number of
 * negative eigenvalues); {@code N} GOE matrix size; {@code H} a GOE matrix (symmetric, \( H_{ii} \sim N(0,1) \),
 * \( H_{ij} \sim N(0,1/2) \) for \( i \lt j \), density \( \propto e^{-\operatorname{tr} H^2/2} \));
 * \( \lambda_1, \dots, \lambda_N \) its eigenvalues; \( P_N = \Pr[H \succ 0] \); \( \theta \) the rate of
 * \( -\ln P_N / N^2 \); \( Z_N \) the normalising constant of the eigenvalue density; {@code m} sample count.
 */
package hdae.numeric.saddle;

/**
 * Experiments that measure, on trained classifiers, the quantities the bound catalogue speaks of, and set them
 * against the bounds (and against the figures the cited papers report), row by row, through the gap ledger of
 * {@code hdae.validate.ledger}. Each experiment runs at two {@link hdae.validate.experiment.Scale}s, is seeded,
 * and records seeds, versions, hardware and duration ({@link hdae.validate.experiment.RunInfo}).
 *
 * <p>Legend: \( n \) the input dimension (pixels); \( K \) the number of classes; \( W \in \mathbb{R}^{n \times K}
 * \) the weights of a softmax regression, \( w = W_{:,j} \) the weights of class \( j \); \( m = \frac{1}{nK}
 * \sum_{i,j} |W_{ij}| \) the mean weight magnitude; \( \varepsilon \) the max-norm (\( L_\infty \)) budget of FGSM,
 * pixels in \( [0, 1] \); \( \varepsilon \|w\|_1 = \varepsilon m n \) the largest change of one class's activation
 * under \( \|\eta\|_\infty \le \varepsilon \) (Goodfellow et al. 2015, Sec. 3); \( k \) a pixel-replication factor,
 * \( n = k n_0 \); \( \mu \) the uniform measure on \( [0,1]^n \), \( A \) a classifier's majority decision region,
 * \( q = 1 - \mu(A) \) the minority mass, \( d_2(x, A) \) the Euclidean distance from \( x \) to \( A \) inside
 * the cube; \( R(x) \) a certified lower bound and \( D(x) \) an attack's upper bound of a minimal distance;
 * \( G(m) = \int_0^\infty (1 - \Phi(\Phi^{-1}(m) + \sqrt{2\pi}\,t))\,dt \) the general-mass bound on the mean
 * distance to a region of mass \( m \); \( \lambda_{\max} \) the largest eigenvalue of the data's covariance.
 * On the spheres of Gilmer et al.: \( \mu \) the error rate on the inner sphere, \( E \) its
 * error set, \( d(E) \) the mean chordal (Euclidean) distance to \( E \) from a uniform inner-sphere point,
 * \( h \) the height of the cap \( \{x_1 \ge h\} \) of measure \( \mu \).
 */
package hdae.validate.experiment;

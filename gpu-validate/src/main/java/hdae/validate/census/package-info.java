/**
 * A Hessian census of small smooth networks (claim A4 of arXiv 1801.00634): critical points
 * found from many seeded starts (along gradient-descent trajectories) by a Levenberg-Marquardt search on \( \nabla L(\theta) = 0 \) (attracted to saddles
 * as well as minima), the Hessian at each from central differences of the analytic gradient in double precision,
 * its eigenvalues and index, and the fraction of minima by parameter count set against the independent-sign model
 * (\( 2^{-n} \)) and the GOE model (\( \ln P_N \sim -\theta N^2 \)) of {@code hdae.numeric.saddle}. The networks
 * are plain-Java one-hidden-layer tanh MLPs: ReLU would make the Hessian piecewise constant in the activation (no
 * curvature from it), so only smooth activations are used. Nothing here uses ND4J.
 *
 * <p>Legend: \( \theta \in \mathbb{R}^n \) the parameter vector and \( n \) its length (parameter count, also the
 * GOE size \( N \) of the prediction); \( d \) input dimension; \( h \) hidden width; \( m \) sample count;
 * \( x_s \in \mathbb{R}^d, y_s \in \mathbb{R} \) the samples; \( L(\theta) \) the mean squared loss
 * \( \frac{1}{2m}\sum_s (f_\theta(x_s) - y_s)^2 \); \( g = \nabla L \); \( H = \nabla^2 L \); \( \lambda_i \) the
 * eigenvalues of \( H \); \( k \) the index (number of negative \( \lambda_i \)) and \( \alpha = k/n \) the index
 * fraction; \( \mu \) the Levenberg-Marquardt damping; \( \tau \) the gradient-norm threshold of a critical point;
 * \( \epsilon_0 \) the relative tolerance of a zero eigenvalue; \( s, t \) finite-difference steps; \( \kappa \) the
 * weight decay; \( J \) starts per width, \( T_j \) the descent steps before start \( j \), \( \eta \) and
 * \( \beta \) the descent's step size and momentum; \( P_N \) the GOE probability of a positive-definite
 * \( N \times N \) matrix.
 */
package hdae.validate.census;

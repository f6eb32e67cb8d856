/**
 * Numeric evaluation of catalogue formulas in double precision, from the same formula objects as
 * their LaTeX. Special functions come from Apache Commons Numbers (Gamma, LogGamma, Erf, Erfc), the circular
 * functions and their inverses from {@link java.lang.StrictMath};
 * integrals from Commons Math Gauss-Legendre quadrature. Where a value would overflow (for example
 * \(\pi^{n/2}/\Gamma(n/2+1)\) at \(n = 1000\)) the evaluator redoes the computation with signs and
 * logarithms. {@link hdae.numeric.eval.Definedness} names the operation that has no real value at a
 * point (a division by zero, the logarithm of a non-positive number, a pole of Gamma).
 *
 * <p>Legend: \(\Phi(x) = \tfrac12\operatorname{erfc}(-x/\sqrt2)\), the standard normal distribution function.
 */
package hdae.numeric.eval;

/**
 * The formula language: an immutable expression tree ({@link hdae.symbolic.formula.Formula}) with a
 * visitor, its parser ({@link hdae.symbolic.formula.FormulaParser}) and relations between formulas.
 *
 * <p>Legend: {@code n} dimension (a positive integer); {@code eps} a width or budget
 * \(\varepsilon\); {@code t} a distance; {@code Phi} the standard normal distribution function
 * \(\Phi\); {@code Infinity} \(+\infty\).
 */
package hdae.symbolic.formula;

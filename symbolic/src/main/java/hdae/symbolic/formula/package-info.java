/**
 * The formula language: an immutable expression tree ({@link hdae.symbolic.formula.Formula}) with a
 * visitor, its parser ({@link hdae.symbolic.formula.FormulaParser}) and relations between formulas.
 * Declared symbols ({@link hdae.symbolic.formula.Declared}) name quantities without a value; the CAS
 * writer and the evaluators refuse them.
 *
 * <p>Legend: {@code n} dimension (a positive integer); {@code eps} a width or budget
 * \(\varepsilon\); {@code t} a distance; {@code Phi} the standard normal distribution function
 * \(\Phi\); {@code Infinity} \(+\infty\).
 */
package hdae.symbolic.formula;

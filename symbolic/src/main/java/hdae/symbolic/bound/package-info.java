/**
 * The catalogue of bounds, hdae's single source of truth: each {@link hdae.symbolic.bound.Bound} has
 * an id, a provenance label, a statement, parameters with domains, a closed form, a direction, the
 * derivation that yields it, and a formal left-hand side: its quantity as a term, a declared symbol
 * ({@link hdae.symbolic.formula.Declared}, such as {@code CubeMeanDist()}) when no CAS can compute it.
 *
 * <p>Legend: {@code n} dimension; {@code eps} shell width \(\varepsilon\); \(V_n\) volume of the
 * unit ball of \(\mathbb{R}^n\); \(c\) the centre of the unit cube.
 */
package hdae.symbolic.bound;

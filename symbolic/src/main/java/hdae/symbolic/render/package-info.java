/**
 * LaTeX rendering of formulas and relations, by visitors over the same tree that the CAS and the
 * evaluators read. The only package of main code that holds LaTeX string literals.
 *
 * <p>Legend: {@code eps} renders as \(\varepsilon\), {@code Phi} as \(\Phi\), {@code Gamma} as
 * \(\Gamma\) (never Symja's lower-case gamma), a trailing number as a subscript.
 */
package hdae.symbolic.render;

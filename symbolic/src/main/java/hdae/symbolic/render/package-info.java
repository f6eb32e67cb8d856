/**
 * LaTeX rendering of formulas and relations, by visitors over the same tree that the CAS and the
 * evaluators read, and of catalogue bounds as fragments for papers ({@link hdae.symbolic.render.BoundLatex}),
 * with the BibTeX keys of their sources ({@link hdae.symbolic.render.Citations}, resource {@code hdae.bib}).
 * The only package of main code that writes LaTeX of a formula.
 *
 * <p>Legend: {@code eps} renders as \(\varepsilon\), {@code Phi} as \(\Phi\), {@code Gamma} as
 * \(\Gamma\) (never Symja's lower-case gamma), a trailing number as a subscript, and
 * {@code Exp(LogGamma(a) - LogGamma(b))} as the ratio \(\Gamma(a)/\Gamma(b)\).
 */
package hdae.symbolic.render;

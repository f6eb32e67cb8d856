/**
 * The gap ledger: the versioned list of known disagreements between a catalogue bound and a measurement
 * ({@code gaps.json} beside this package's classes), and the rule that turns a measurement into a
 * {@link hdae.validate.ledger.Verdict}. A gap fails the build unless the ledger lists it; a ledger entry whose
 * gap no longer reproduces fails it too (strict expected failure, DESIGN.md "Empirical validation").
 *
 * <p>Legend: \( \hat{v} \) a measured value with its confidence interval \( [\ell, u] \) at level \( 1 - \alpha \);
 * \( v^\ast \) the value the bound (or the cited paper) predicts; a row agrees when its
 * {@link hdae.validate.ledger.Comparison} holds between \( [\ell, u] \) and \( v^\ast \).
 */
package hdae.validate.ledger;

/**
 * The derivation file format (docs/derivation-format.md) and its parser. A derivation states a
 * claim, declares parameters with domains, and derives the claim in numbered steps, each with a
 * formal claim (or, for a citation, a claim in words) and its justification.
 */
package hdae.proofs.format;

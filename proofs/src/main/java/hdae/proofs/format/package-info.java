/**
 * The derivation file format (docs/derivation-format.md) and its parser. A derivation states a
 * claim, declares parameters with domains, and derives the claim in numbered steps, each with a
 * formal claim (or, for a citation, a claim in words) and its justification. A step may name the
 * earlier steps it rests on ({@link hdae.proofs.format.Premise}, {@code from 5, 6} or
 * {@code from 12 with s = Sqrt(2*Pi)*t}), and a file may declare symbols ({@code symbol Name(p) -- meaning})
 * for quantities that have no value.
 */
package hdae.proofs.format;

/**
 * The symbolic core of hdae: the formula language ({@code formula}), the catalogue of bounds
 * ({@code bound}), the sandboxed computer-algebra facade over Symja ({@code cas}) and LaTeX
 * rendering ({@code render}). A formula is written once, in the catalogue or a derivation file,
 * and every view reads the same object.
 */
package hdae.symbolic;

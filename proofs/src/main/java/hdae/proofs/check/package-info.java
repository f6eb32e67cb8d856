/**
 * The step checker: one verdict per derivation step (PROVED, CHECKED, CITED, FAILED, UNKNOWN), with
 * its evidence and, for FAILED, a counterexample.
 *
 * <p>Legend: \(e_k\) relative error of a limit at \(10^k\); a box is one interval per parameter.
 */
package hdae.proofs.check;

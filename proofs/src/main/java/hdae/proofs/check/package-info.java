/**
 * The step checker: one verdict per derivation step (PROVED, CHECKED, CITED, FAILED, UNKNOWN), with
 * its evidence and, for FAILED, a counterexample; premise chains ({@code from}) checked by
 * transitivity and substitution of equals; and one derived verdict per catalogue bound
 * ({@link hdae.proofs.check.Standing}) over the dependency closure of its concluding step.
 *
 * <p>Legend: \(e_k\) relative error of a limit at \(10^k\); a box is one interval per parameter.
 */
package hdae.proofs.check;

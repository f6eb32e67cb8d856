/**
 * Derivations: plain-text files that state a claim and derive it in numbered steps
 * ({@code format}), and the checker that gives every step a verdict ({@code check}).
 */
package hdae.proofs;

/**
 * The {@code hdae} command line (picocli): it wires the modules together and owns no mathematics.
 * Commands check their output folder ({@link hdae.cli.OutputFolder}) and the folders their options name
 * ({@link hdae.cli.InputFolder}) before any work, and write their files as a set.
 */
package hdae.cli;

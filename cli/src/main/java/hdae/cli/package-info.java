/**
 * The {@code hdae} command line (picocli): it wires the modules together and owns no mathematics.
 */
package hdae.cli;

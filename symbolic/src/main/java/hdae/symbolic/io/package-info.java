/**
 * Writing result files: atomically, readable by all, with a message naming the file when it fails.
 */
package hdae.symbolic.io;

/**
 * JMH benchmarks of the Monte Carlo kernels (test scope; named {@code *Benchmark}, so {@code mvn test} never runs
 * them): samples per second of the cube-shell and distance estimators, and GOE matrices per second for N = 8 and
 * N = 64 (drawing, drawing plus eigen-decomposition, and the conditioned importance sampler). Every benchmark
 * reports operations per second where one operation is one sample or one matrix ({@code @OperationsPerInvocation}).
 * Run them with the command in numeric-check/README.md.
 *
 * <p>Legend: {@code n} dimension; {@code eps} shell width; {@code size} GOE matrix size N.
 */
package hdae.numeric.bench;

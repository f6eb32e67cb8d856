/**
 * The speed benchmark of the toolkit ({@link hdae.validate.bench.ToolkitBenchmark}): training time per epoch
 * and attack time per image for a 784-128-10 MLP on MNIST, on the CPU backend, with the thread counts.
 *
 * <p>Legend: \(B = 128\) the training batch size; \(\varepsilon\) an attack budget (0.1 in L-infinity for
 * FGSM, 1.0 in L2 for PGD); \(T = 20\) PGD steps; \(\eta = 0.02\) the DeepFool overshoot.
 */
package hdae.validate.bench;

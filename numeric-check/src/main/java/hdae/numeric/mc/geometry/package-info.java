/**
 * Monte Carlo kernels for the BACKGROUND facts of high-dimensional geometry (bound catalogue,
 * provenance BACKGROUND): the boundary shell of the cube, the surface shell of the ball, squared distances in the cube,
 * inner products of random unit vectors and the volume of the ball relative to its enclosing cube. Each kernel
 * simulates the geometry itself (points, not the closed form) and returns an {@link hdae.numeric.mc.Estimate};
 * the closed forms live in the bound catalogue and are compared in tests.
 *
 * <p>Legend: {@code n} dimension; {@code eps} shell width; {@code x, y} independent uniform points of the cube
 * \( [0,1]^n \); {@code c = (1/2, ..., 1/2)} its centre; {@code u, v} independent uniform unit vectors of
 * \( \mathbb{R}^n \); \( B_n \) the unit ball; \( \|\cdot\| \) the Euclidean norm; {@code m} the sample count;
 * {@code 1 - alpha} the confidence level.
 */
package hdae.numeric.mc.geometry;

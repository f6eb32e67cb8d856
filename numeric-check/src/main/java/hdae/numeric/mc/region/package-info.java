/**
 * Monte Carlo confirmation of the corrected, classifier-agnostic theorem of the audit (bounds
 * {@code cube-mean-dist-le-inv-2pi-of-half-mass} and its neighbours): Euclidean distances from a uniform point of
 * the cube to decision regions of mass one half, computed exactly for each drawn point (the region lies inside the
 * cube, so a distance is a projection onto the region, not onto an unbounded half-space), and their means with
 * Student-t intervals; and {@link hdae.numeric.mc.region.MinorityRegion}, regions of any mass given by their minority
 * side (a coordinate slab, a corner quarter-disc: the lower example of mass 1/2 with mean distance \( \pi r^3/12 \)).
 * The closed forms live in the bound catalogue; tests read them through
 * {@link hdae.numeric.eval.BoundEvaluator}.
 *
 * <p>Legend: {@code n} dimension; {@code x} a uniform point of \( [0,1]^n \); {@code A} a decision region;
 * \( d_2(x, A) = \min_{y \in A} \|x - y\|_2 \), 0 on \( A \); \( d_\infty \) the same in the max-norm;
 * \( H = \{ \sum_i (x_i - \tfrac12) = 0 \} \) the hyperplane through the centre; \( \lambda \) the Lagrange
 * multiplier of the sum constraint; {@code m} the sample count; {@code 1 - alpha} the confidence level.
 */
package hdae.numeric.mc.region;

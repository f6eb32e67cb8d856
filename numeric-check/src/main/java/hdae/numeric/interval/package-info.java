/**
 * Interval arithmetic rounded outward, and a prover that covers a bounded domain by bisection: an
 * inequality holds on a box when the enclosure of (rhs - lhs) lies above 0.
 *
 * <p>Legend: \([a, b]\) a closed interval; a box is one interval per variable.
 */
package hdae.numeric.interval;

package hdae.numeric.mc.geometry;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.ObjectSampler;
import org.apache.commons.rng.sampling.UnitSphereSampler;
import org.apache.commons.rng.sampling.shape.UnitBallSampler;

/**
 * Two ways to draw uniform points of the unit ball \( B_n = \{x \in \mathbb{R}^n : \|x\| \le 1\} \).
 *
 * <p>{@link #POLAR}: \( x = U^{1/n} d \) with \( d \) uniform on the sphere (Commons RNG
 * {@link UnitSphereSampler}) and \( U \sim U(0,1) \), since \( \Pr[\|x\| \le r] = r^n \).
 * {@link #DROPPED_COORDINATES}: Commons RNG {@link UnitBallSampler}, which for \( n \ge 3 \) divides
 * \( n \) standard Gaussians \( g \) by \( \sqrt{\|g\|^2 + 2E} \) with \( E \sim \mathrm{Exp}(1) \) (the
 * squared norm of two dropped Gaussian coordinates; Voelker, Gosmann and Stewart 2017). It does not use the
 * radial law \( U^{1/n} \), so a shell estimate made with it is not circular.
 *
 * @see "A. R. Voelker, J. Gosmann, T. C. Stewart, Efficiently sampling vectors and coordinates from the
 *     n-sphere and n-ball, technical report, Centre for Theoretical Neuroscience, Waterloo, 2017"
 */
public enum BallPoints {

    /** Uniform direction times radius \( U^{1/n} \). */
    POLAR {
        @Override
        public ObjectSampler<double[]> sampler(int n, UniformRandomProvider rng) {
            UnitSphereSampler sphere = UnitSphereSampler.of(rng, n);
            double inverseN = 1.0 / n;
            return () -> {
                double[] x = sphere.sample();
                double radius = Math.pow(rng.nextDouble(), inverseN);
                for (int i = 0; i < n; i++) {
                    x[i] *= radius;
                }
                return x;
            };
        }
    },

    /** Commons RNG {@link UnitBallSampler} (dropped coordinates for \( n \ge 3 \)). */
    DROPPED_COORDINATES {
        @Override
        public ObjectSampler<double[]> sampler(int n, UniformRandomProvider rng) {
            return UnitBallSampler.of(rng, n);
        }
    };

    /**
     * Creates a sampler of uniform points of \( B_n \).
     *
     * @param n the dimension, at least 1
     * @param rng the generator
     * @return a sampler whose {@code sample()} returns a new point of length n
     */
    public abstract ObjectSampler<double[]> sampler(int n, UniformRandomProvider rng);
}

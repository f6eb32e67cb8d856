package hdae.validate.certify;

import hdae.validate.norm.Norm;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Random points of a ball intersected with the unit cube, for the soundness tests: L2 uniform in the ball (a
 * Gaussian direction and radius \(r U^{1/n}\)) or on its sphere, L-infinity uniform in the cube of side 2r or on
 * one of its faces; then clipped to the unit cube, which keeps a point in the ball (the centre is in the cube and
 * clipping moves every coordinate towards it).
 */
final class BallPoints {

    private BallPoints() {
    }

    static double[] random(double[] x, double r, Norm norm, boolean onSphere, UniformRandomProvider rng,
            ZigguratSampler.NormalizedGaussian gauss) {
        int n = x.length;
        double[] y = new double[n];
        if (norm == Norm.LINF) {
            for (int i = 0; i < n; i++) {
                double u = onSphere && i == 0 ? (rng.nextBoolean() ? 1 : -1) : 2 * rng.nextDouble() - 1;
                y[i] = x[i] + r * u;
            }
        } else {
            double[] d = new double[n];
            double sq = 0;
            for (int i = 0; i < n; i++) {
                d[i] = gauss.sample();
                sq += d[i] * d[i];
            }
            // radius r U^(1/n) is uniform in the ball; (1 - 1e-12) keeps the sphere's rounding inside it
            double rho = onSphere ? r : r * Math.pow(rng.nextDouble(), 1.0 / n);
            double scale = rho / Math.sqrt(sq) * (1 - 1e-12);
            for (int i = 0; i < n; i++) {
                y[i] = x[i] + scale * d[i];
            }
        }
        for (int i = 0; i < n; i++) {
            y[i] = Math.min(1, Math.max(0, y[i]));
        }
        return y;
    }
}

package hdae.validate.census;

import hdae.validate.ValidationException;

/**
 * Central finite differences of a {@link DifferentiableLoss}: the Hessian from differences of the analytic gradient,
 * its asymmetry, and the checks against differences of the loss itself.
 *
 * <p>With steps \( s_j = s \max(1, |\theta_j|) \) and \( e_j \) the unit vectors,
 * \[ \hat H_{ij} = \frac{g_i(\theta + s_j e_j) - g_i(\theta - s_j e_j)}{2 s_j}, \qquad
 *    \hat g_j = \frac{L(\theta + s_j e_j) - L(\theta - s_j e_j)}{2 s_j}, \qquad
 *    D_u = \frac{L(\theta + t u) - 2 L(\theta) + L(\theta - t u)}{t^2} \approx u^\top H u . \]
 * The truncation error of a central difference is \( O(s^2) \) (third derivatives) and the rounding error
 * \( O(\varepsilon_{\mathrm{mach}} / s) \), so \( s = 10^{-5} \) ({@link #HESSIAN_STEP}) balances them at about
 * \( 10^{-10} \) times the scale of the derivatives; the exact Hessian is symmetric, so \( \hat H - \hat H^\top \)
 * measures that error. \( D_u \) has rounding error \( 4 \varepsilon_{\mathrm{mach}} L / t^2 \), hence the larger
 * \( t = 10^{-4} \) ({@link #SECOND_DIFFERENCE_STEP}).
 *
 * @see "J. Nocedal, S. J. Wright, Numerical Optimization, 2nd ed., Springer 2006, section 8.1 (finite-difference
 *     derivative approximations)"
 */
public final class FiniteDifferences {

    /** The relative step \( s \) of the Hessian and gradient differences. */
    public static final double HESSIAN_STEP = 1e-5;
    /** The step \( t \) of the second difference of the loss along a unit direction. */
    public static final double SECOND_DIFFERENCE_STEP = 1e-4;

    private FiniteDifferences() {
    }

    /**
     * The unsymmetrised Hessian \( \hat H \) from central differences of the gradient.
     *
     * @param loss the loss
     * @param theta the point (not modified)
     * @param step the relative step \( s > 0 \)
     * @return \( \hat H \), \( n \times n \), row i column j as above
     */
    public static double[][] hessian(DifferentiableLoss loss, double[] theta, double step) {
        requireStep(step);
        int n = loss.dimension();
        double[][] h = new double[n][n];
        double[] probe = theta.clone();
        for (int j = 0; j < n; j++) {
            double sj = step * Math.max(1, Math.abs(theta[j]));
            probe[j] = theta[j] + sj;
            double[] plus = loss.gradient(probe);
            probe[j] = theta[j] - sj;
            double[] minus = loss.gradient(probe);
            probe[j] = theta[j];
            for (int i = 0; i < n; i++) {
                h[i][j] = (plus[i] - minus[i]) / (2 * sj);
            }
        }
        return h;
    }

    /**
     * The asymmetry of a square matrix relative to its size.
     *
     * @param h a square matrix
     * @return \( \max_{ij} |h_{ij} - h_{ji}| / \max(1, \max_{ij} |h_{ij}|) \) (the floor 1 keeps a near-zero
     *     Hessian from turning rounding noise into a large relative error)
     */
    public static double asymmetry(double[][] h) {
        double diff = 0;
        double scale = 1;
        for (int i = 0; i < h.length; i++) {
            for (int j = 0; j < h.length; j++) {
                diff = Math.max(diff, Math.abs(h[i][j] - h[j][i]));
                scale = Math.max(scale, Math.abs(h[i][j]));
            }
        }
        return diff / scale;
    }

    /**
     * The symmetric part.
     *
     * @param h a square matrix (not modified)
     * @return \( (h + h^\top)/2 \)
     */
    public static double[][] symmetrise(double[][] h) {
        double[][] out = new double[h.length][h.length];
        for (int i = 0; i < h.length; i++) {
            for (int j = 0; j < h.length; j++) {
                out[i][j] = 0.5 * (h[i][j] + h[j][i]);
            }
        }
        return out;
    }

    /**
     * The gradient from central differences of the loss (a check of the analytic gradient).
     *
     * @param loss the loss
     * @param theta the point (not modified)
     * @param step the relative step \( s > 0 \)
     * @return \( \hat g \)
     */
    public static double[] gradient(DifferentiableLoss loss, double[] theta, double step) {
        requireStep(step);
        int n = loss.dimension();
        double[] g = new double[n];
        double[] probe = theta.clone();
        for (int j = 0; j < n; j++) {
            double sj = step * Math.max(1, Math.abs(theta[j]));
            probe[j] = theta[j] + sj;
            double plus = loss.value(probe);
            probe[j] = theta[j] - sj;
            double minus = loss.value(probe);
            probe[j] = theta[j];
            g[j] = (plus - minus) / (2 * sj);
        }
        return g;
    }

    /**
     * The second difference of the loss along a direction.
     *
     * @param loss the loss
     * @param theta the point (not modified)
     * @param direction the direction \( u \) (normally a unit vector)
     * @param step \( t > 0 \)
     * @return \( D_u \)
     */
    public static double secondDifference(DifferentiableLoss loss, double[] theta, double[] direction, double step) {
        requireStep(step);
        double[] plus = theta.clone();
        double[] minus = theta.clone();
        for (int i = 0; i < theta.length; i++) {
            plus[i] += step * direction[i];
            minus[i] -= step * direction[i];
        }
        return (loss.value(plus) - 2 * loss.value(theta) + loss.value(minus)) / (step * step);
    }

    /**
     * The quadratic form.
     *
     * @param h a square matrix
     * @param u a vector of the same size
     * @return \( u^\top h u \)
     */
    public static double quadraticForm(double[][] h, double[] u) {
        double sum = 0;
        for (int i = 0; i < u.length; i++) {
            double row = 0;
            for (int j = 0; j < u.length; j++) {
                row += h[i][j] * u[j];
            }
            sum += u[i] * row;
        }
        return sum;
    }

    private static void requireStep(double step) {
        if (!(step > 0 && step < Double.POSITIVE_INFINITY)) {
            throw ValidationException.expected("finite step > 0", "step", step);
        }
    }
}

package hdae.validate.certify;

import hdae.validate.ValidationException;
import hdae.validate.attack.Box;
import hdae.validate.model.Classifier;
import hdae.validate.norm.Norm;

/**
 * The certified radius of a sample: the largest \(\varepsilon\) found by bisection at which
 * {@link BoundPropagation} proves every margin positive over the ball of radius \(\varepsilon\) (in the box), so
 * that \(R(x) \le \Delta(x) = \min\{\|\delta\| : x + \delta \in \mathrm{box},\ \hat k(x + \delta) \ne y\}\).
 * Every radius returned was itself certified (no monotonicity in \(\varepsilon\) is assumed); 0 when the sample
 * is not certified even at \(\varepsilon = 0\) (misclassified, or on the boundary).
 *
 * <p>Search: the upper end starts at a known upper bound of \(\Delta\) (an attack's distance) where one is given,
 * else at the first of \(2^{-6}, 2^{-5}, \dots\) that is not certified; bisection stops when the bracket is
 * narrower than a relative tolerance (default \(10^{-3}\)) of its upper end. For alpha-CROWN the bisection runs
 * with CROWN first and then continues with alpha-CROWN above the CROWN radius.
 */
public final class CertifiedRadius {

    private static final int MAX_STEPS = 60;

    private final BoundPropagation bounds;
    private final Norm norm;
    private final Box box;
    private final BoundMethod method;
    private final double tolerance;

    private CertifiedRadius(BoundPropagation bounds, Norm norm, Box box, BoundMethod method, double tolerance) {
        this.bounds = bounds;
        this.norm = norm;
        this.box = box;
        this.method = method;
        this.tolerance = tolerance;
    }

    /**
     * Radii of a network in a norm and a box.
     *
     * @param net    the network
     * @param norm   L2 or LINF
     * @param box    the input domain ({@link Box#UNBOUNDED} for \(\mathbb{R}^n\))
     * @param method the bound
     * @return the search, tolerance \(10^{-3}\)
     */
    public static CertifiedRadius of(ReluNetwork net, Norm norm, Box box, BoundMethod method) {
        if (norm != Norm.L2 && norm != Norm.LINF) {
            throw ValidationException.expected("L2 or LINF", "norm", norm);
        }
        return new CertifiedRadius(BoundPropagation.of(net), norm, box, method, 1e-3);
    }

    /**
     * Radii of a dense classifier.
     *
     * @param model  a softmax regression or ReLU MLP
     * @param norm   L2 or LINF
     * @param box    the input domain
     * @param method the bound
     * @return the search
     */
    public static CertifiedRadius of(Classifier model, Norm norm, Box box, BoundMethod method) {
        return of(ReluNetwork.of(model), norm, box, method);
    }

    /**
     * A copy with another relative tolerance of the bisection.
     *
     * @param relative in (0, 1)
     * @return the copy
     */
    public CertifiedRadius withTolerance(double relative) {
        if (!(relative > 0 && relative < 1)) {
            throw ValidationException.expected("a tolerance in (0, 1)", "relative", relative);
        }
        return new CertifiedRadius(bounds, norm, box, method, relative);
    }

    /** @return the bound used */
    public BoundMethod method() {
        return method;
    }

    /** @return the norm of the radii */
    public Norm norm() {
        return norm;
    }

    /**
     * The certified radius of one sample.
     *
     * @param x          the point, inside the box
     * @param label      y
     * @param upperBound a known \(D \ge \Delta(x)\), or {@code +Infinity}
     * @return \(R(x)\), certified
     */
    public double radius(double[] x, int label, double upperBound) {
        InputRegion region = new InputRegion(x, 0, norm, box);
        if (!bounds.certifies(region, label, BoundMethod.IBP)) {
            return 0;
        }
        BoundMethod first = method == BoundMethod.ALPHA_CROWN ? BoundMethod.CROWN : method;
        double[] bracket = bracket(region, label, upperBound, first);
        double low = search(region, label, bracket[0], bracket[1], first);
        if (method == BoundMethod.ALPHA_CROWN) {
            low = search(region, label, low, bracket[1], method);
        }
        return low;
    }

    /**
     * The certified radii of a batch.
     *
     * @param x           points, one row each
     * @param labels      their labels
     * @param upperBounds known upper bounds per row ({@code +Infinity} where none), or null
     * @return \(R(x_i)\)
     */
    public double[] radii(double[][] x, int[] labels, double[] upperBounds) {
        if (x.length != labels.length || (upperBounds != null && upperBounds.length != x.length)) {
            throw ValidationException.expected(x.length + " labels and upper bounds", "labels.length",
                    labels.length);
        }
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = radius(x[i], labels[i], upperBounds == null ? Double.POSITIVE_INFINITY : upperBounds[i]);
        }
        return out;
    }

    /** [certified low, uncertified or unknown high]. */
    private double[] bracket(InputRegion region, int label, double upperBound, BoundMethod how) {
        if (upperBound > 0 && upperBound < Double.POSITIVE_INFINITY) {
            return new double[] {0, upperBound};
        }
        double low = 0;
        double eps = 0x1p-6;
        for (int step = 0; step < MAX_STEPS; step++) {
            if (!bounds.certifies(region.withEps(eps), label, how)) {
                return new double[] {low, eps};
            }
            low = eps;
            eps *= 2;
        }
        return new double[] {low, low};
    }

    private double search(InputRegion region, int label, double low, double high, BoundMethod how) {
        double lo = low;
        double hi = high;
        for (int step = 0; step < MAX_STEPS && hi - lo > tolerance * hi; step++) {
            double mid = lo + (hi - lo) / 2;
            if (bounds.certifies(region.withEps(mid), label, how)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

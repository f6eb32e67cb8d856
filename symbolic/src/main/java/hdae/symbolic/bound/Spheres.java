package hdae.symbolic.bound;

import static hdae.symbolic.bound.Direction.EQUALITY;
import static hdae.symbolic.bound.Direction.UPPER;
import static hdae.symbolic.bound.Provenance.BACKGROUND;
import static hdae.symbolic.bound.Provenance.LITERATURE;

import java.util.List;

/**
 * Concentration on the unit sphere: the bound of Gilmer et al. (2018, LITERATURE) on
 * \( S^{n-1} \subset \mathbb{R}^n \), in its exact spherical-cap form, with the cap measure it is read at
 * (BACKGROUND).
 *
 * <p>The first coordinate \( x_1 \) of a uniform point of \( S^{n-1} \) has density
 * \( c_n (1 - s^2)^{(n-3)/2} \) on \( [-1, 1] \), \( c_n = \Gamma(n/2)/(\sqrt{\pi}\,\Gamma((n-1)/2)) \) (written
 * through \( \ln\Gamma \) so that it stays finite for large \( n \)). The cap \( C_h = \{x : x_1 \ge h\} \) has
 * measure \( \sigma(C_h) = c_n \int_h^1 (1 - s^2)^{(n-3)/2}\,ds \) (BACKGROUND, needed to read the bound at a
 * measured error rate). A point with \( x_1 = s \le h \) is at chordal (Euclidean) distance
 * \( \sqrt{2 - 2(sh + \sqrt{1-s^2}\sqrt{1-h^2})} = 2\sin((\arccos s - \arccos h)/2) \) from \( C_h \). By Lévy's
 * isoperimetric inequality on the sphere, every measurable \( E \subset S^{n-1} \) with
 * \( \sigma(E) = \sigma(C_h) \) has \( \sigma(E_t) \ge \sigma((C_h)_t) \) for every \( t \ge 0 \), hence a mean
 * chordal distance to \( E \) (points of \( E \) counting 0) at most that of the cap (LITERATURE: Gilmer et al.
 * state the O-form \( d(E) = O(\Phi^{-1}(1 - \mu(E))/\sqrt{n}) \); the exact constant of their statement is not
 * verified offline, so the exact cap form is what is catalogued).
 *
 * @see <a href="https://arxiv.org/abs/1801.02774">arXiv 1801.02774</a>, Sec. 5 (Gilmer et al., Adversarial Spheres)
 */
final class Spheres {
    private static final String GILMER = "J. Gilmer, L. Metz, F. Faghri, S. S. Schoenholz, M. Raghu, M. Wattenberg,"
            + " I. Goodfellow, Adversarial Spheres, arXiv 1801.02774 (2018)";
    private static final String SPHERES = "sphere-concentration";
    /** \( c_n \), the normalising constant of the density of \( x_1 \), through log-Gamma. */
    private static final String DENSITY = "Exp(LogGamma(n/2) - LogGamma((n - 1)/2))/Sqrt(Pi)*";
    /**
     * Dimensions where the double quadrature of the closed forms reaches its accuracy: with h at most 9/10 the
     * integrand (1 - s^2)^((n-3)/2) stays above 0.19^248.5, about 1e-179, far from underflow, up to n = 500.
     */
    private static final Domain DIMENSION = Domain.integersBetween(3, 500);
    /** Cap heights h in [0, 9/10]: caps of measure at most 1/2 (below 1e-40 at n = 500 for h = 9/10). */
    private static final Domain HEIGHT = Domain.closed(0, 0.9);

    private Spheres() {
    }

    static List<Bound> bounds() {
        return List.of(
                new BoundCatalogue.Entry("sphere-cap-mass-eq").provenance(BACKGROUND).derivation(SPHERES)
                        .title("Measure of a spherical cap")
                        .statement("The cap {x : x_1 >= h} of the unit sphere S^(n-1) has uniform measure"
                                + " c_n times the integral of (1 - s^2)^((n-3)/2) over [h, 1].")
                        .quantity("sphere-cap-mass", "sigma{x in S^(n-1) : x_1 >= h}, sigma uniform")
                        .closedForm(EQUALITY, DENSITY + "Integrate((1 - s^2)^((n - 3)/2), s, h, 1)")
                        .param("n", DIMENSION, "dimension of the ambient space")
                        .param("h", HEIGHT, "height of the cap")
                        .source("P. Levy, Problemes concrets d'analyse fonctionnelle, Gauthier-Villars (1951)",
                                "the marginal of a uniform point of the sphere").build(),
                new BoundCatalogue.Entry("sphere-mean-chord-dist-le-cap-of-equal-mass").provenance(LITERATURE)
                        .title("Caps are farthest on the sphere")
                        .derivation(SPHERES)
                        .statement("Every measurable error set E of the unit sphere S^(n-1) with the measure of the"
                                + " cap {x_1 >= h} has a mean chordal distance E_x d_2(x, E), x uniform on the"
                                + " sphere and points of E counting 0, at most that of the cap: the integral of"
                                + " sqrt(2 - 2(s h + sqrt(1-s^2) sqrt(1-h^2))) c_n (1 - s^2)^((n-3)/2) over"
                                + " [-1, h]. The exact form behind d(E) = O(Phi^-1(1 - mu(E))/sqrt(n)).")
                        .quantity("sphere-mean-chord-dist", "E_x d_2(x, E), x uniform on S^(n-1), E of the cap's mass")
                        .closedForm(UPPER, DENSITY + "Integrate(Sqrt(2 - 2*(s*h + Sqrt(1 - s^2)*Sqrt(1 - h^2)))"
                                + "*(1 - s^2)^((n - 3)/2), s, -1, h)")
                        .param("n", DIMENSION, "dimension of the ambient space")
                        .param("h", HEIGHT, "height of the cap of the same measure as the error set")
                        .source(GILMER, "Sec. 5 (the bound on d(E) by mu(E)), exact form by Levy's isoperimetric"
                                + " inequality on the sphere").build());
    }
}

package hdae.symbolic.bound;

import static hdae.symbolic.bound.Direction.EQUALITY;
import static hdae.symbolic.bound.Direction.LOWER;
import static hdae.symbolic.bound.Direction.UPPER;
import static hdae.symbolic.bound.Provenance.FORMALISATION;

import java.util.List;

/**
 * The enlargement theorem of the cube for regions of any mass, the two mean-distance bounds it gives, and the lower
 * example that brackets the best constant of the half-mass theorem.
 *
 * <p>For the uniform measure \( \mu \) on \( [0,1]^n \) and a measurable A with \( \mu(A) = \Phi(a) \),
 * \( \mu(A_t) \ge \Phi(a + \sqrt{2\pi}\,t) \) for \( t \ge 0 \) (Gaussian isoperimetry carried to the cube by the
 * \( 1/\sqrt{2\pi} \)-Lipschitz map \( z \mapsto (\Phi(z_i))_i \)). By the layer-cake formula
 * \( \mathbb{E}\,d_2(x, A) \le \int_0^\infty (1 - \Phi(a + \sqrt{2\pi}\,t))\,dt = (\varphi(a) - a(1 - \Phi(a)))/\sqrt{2\pi}
 * \), and on the minority side, of mass \( q = 1 - \Phi(a) \), \( \mathbb{E}[d_2 \mid x \notin A] \le (\varphi(a) -
 * a q)/(\sqrt{2\pi}\,q) \): \( 1/\pi \) at \( q = 1/2 \), 0.250 at \( q = 0.29 \), 0.135 at \( q = 0.01 \), tending to
 * 0 (at most \( 1/(\sqrt{2\pi}\,a) \)), where the half-mass bound \( 1/(2\pi q) \) grows. Parametrised by the Gaussian
 * quantile a of the mass, since hdae's formula language has \( \Phi \) but not its inverse.
 *
 * <p>The complement of the corner quarter-disc \( \{x_1^2 + x_2^2 < r^2\} \), \( r \le 1 \), has mean distance
 * \( \pi r^3/12 \) in every dimension \( n \ge 2 \); with \( r = \sqrt{2/\pi} \) its mass is 1/2 and the mean distance
 * 0.1330, so the best constant of the half-mass theorem lies in \( [0.1330, 1/(2\pi)] \); which value it has is open.
 */
final class Enlargement {
    private static final String HDAE = "hdae formalisation of claims A3, A5 of arXiv 1801.00634 (abstract)";
    private static final String TRANSFER = "proved by Gaussian isoperimetry (C. Borell, Invent. Math. 30 (1975);"
            + " V. N. Sudakov, B. S. Tsirelson, Zap. Nauchn. Sem. LOMI 41 (1974)) carried to the cube with constant"
            + " sqrt(2 pi) as in F. Barthe, B. Maurey, Ann. Inst. H. Poincare Probab. Statist. 36 (2000) and"
            + " M. Ledoux, The Concentration of Measure Phenomenon (AMS 2001)";
    private static final String DERIVATION = "general-mass-enlargement";
    private static final Domain NONNEGATIVE = Domain.atLeast(0);
    /**
     * The Gaussian quantile a = Phi^-1(mu(A)) of a mass, restricted to |a| <= 6 (masses between 1e-9 and 1 - 1e-9) so
     * that 1 - Phi(a) stays far from underflow in double precision.
     */
    private static final Domain QUANTILE = Domain.closed(-6, 6);
    /** The Gaussian quantile of a minority mass q in [1e-9, 1/2]: a = Phi^-1(1 - q) in [0, 6]. */
    private static final Domain MINORITY_QUANTILE = Domain.closed(0, 6);
    /**
     * The mean distance bound as a function of the quantile a = Phi^-1(mu(A)); the tail 1 - Phi(a) is written
     * Erfc(a/sqrt(2))/2, which double precision evaluates without cancellation.
     */
    static final String MEAN = "(Exp(-a^2/2)/Sqrt(2*Pi) - a*Erfc(a/Sqrt(2))/2)/Sqrt(2*Pi)";
    /** The minority mass q = 1 - Phi(a). */
    static final String MINORITY_MASS = "(Erfc(a/Sqrt(2))/2)";

    private Enlargement() {
    }

    static List<Bound> bounds() {
        return List.of(
                entry("cube-enlargement-mass-ge-phi-of-shifted-quantile")
                        .title("Enlargement of a region of any mass in the cube")
                        .statement("For the uniform measure mu on [0,1]^n and every measurable A with mu(A) = Phi(a),"
                                + " the Euclidean t-enlargement has mu(A_t) >= Phi(a + sqrt(2 pi) t), independently of"
                                + " n; a = 0 is the half-mass theorem.")
                        .quantity("cube-enlargement-mass-any", "mu(A_t), mu(A) = Phi(a), A_t = {x : d_2(x, A) <= t}")
                        .closedForm(LOWER, "Phi(a + Sqrt(2*Pi)*t)")
                        .param("a", QUANTILE, "Gaussian quantile of the mass of the region")
                        .param("t", NONNEGATIVE, "enlargement radius (Euclidean)")
                        .source(HDAE, "claim A3; " + TRANSFER).build(),
                entry("cube-mean-dist-le-gaussian-tail-integral")
                        .title("Mean distance to a region of any mass")
                        .statement("For every measurable A of the cube with mu(A) = Phi(a), the mean Euclidean distance"
                                + " to A of a uniform point is at most the integral of 1 - Phi(a + sqrt(2 pi) t) over"
                                + " t > 0, that is (phi(a) - a (1 - Phi(a)))/sqrt(2 pi), whatever n (1/(2 pi) at"
                                + " a = 0).")
                        .quantity("cube-mean-dist-any", "E_x d_2(x, A), x uniform in [0,1]^n, mu(A) = Phi(a)")
                        .closedForm(UPPER, MEAN)
                        .param("a", QUANTILE, "Gaussian quantile of the mass of the region")
                        .source(HDAE, "claims A3, A5; " + TRANSFER).build(),
                entry("cube-cond-mean-dist-le-gaussian-tail-integral-div-q")
                        .title("Mean distance on the minority side, any mass")
                        .statement("On the minority side, of mass q = 1 - Phi(a) <= 1/2, the mean Euclidean distance to"
                                + " A is at most (phi(a) - a q)/(sqrt(2 pi) q): 1/pi at q = 1/2, 0.250 at q = 0.29,"
                                + " 0.135 at q = 0.01, and at most 1/(sqrt(2 pi) a), so it tends to 0 as q does (the"
                                + " half-mass bound 1/(2 pi q) grows instead).")
                        .quantity("cube-cond-mean-dist-any", "E[d_2(x, A) | x not in A], 1 - mu(A) = q = 1 - Phi(a)")
                        .closedForm(UPPER, MEAN + "/" + MINORITY_MASS)
                        .param("a", MINORITY_QUANTILE, "Gaussian quantile of the mass of the region, at least 1/2")
                        .source(HDAE, "claims A3, A5; " + TRANSFER).build(),
                entry("cube-mean-dist-eq-pi-r3-div-12-of-corner-disc")
                        .title("Mean distance to the complement of a corner quarter-disc")
                        .statement("For the complement A of the corner quarter-disc {x_1^2 + x_2^2 < r^2} in [0,1]^n,"
                                + " r <= 1, n >= 2, the mean Euclidean distance to A is pi r^3/12 (mass of the disc"
                                + " pi r^2/4); the distance depends on x_1, x_2 only, so the example embeds in every"
                                + " dimension.")
                        .quantity("corner-disc-mean-dist", "E_x d_2(x, A), A = [0,1]^n minus {x_1^2 + x_2^2 < r^2}")
                        .closedForm(EQUALITY, "Pi*r^3/12")
                        .param("r", new Domain(false, 0, true, 1, false), "radius of the quarter-disc, in (0, 1]")
                        .source(HDAE, "lower example for the constant of the half-mass theorem").build(),
                entry("cube-half-mass-best-const-ge-corner-disc")
                        .title("A lower bound on the best half-mass constant")
                        .statement("The best constant C of the half-mass theorem (the supremum over n and over regions"
                                + " of mass at least 1/2 of the mean Euclidean distance) is at least pi r^3/12 with"
                                + " r = sqrt(2/pi), about 0.1330 (the corner quarter-disc of mass 1/2), and at most"
                                + " 1/(2 pi), about 0.1592; its value is open.")
                        .quantity("cube-half-mass-best-const", "sup over n and over A with mu(A) >= 1/2 of E_x d_2(x, A)")
                        .closedForm(LOWER, "Pi*Sqrt(2/Pi)^3/12")
                        .source(HDAE, "lower example; the upper end is bound cube-mean-dist-le-inv-2pi-of-half-mass")
                        .build());
    }

    private static BoundCatalogue.Entry entry(String id) {
        return new BoundCatalogue.Entry(id).provenance(FORMALISATION).derivation(DERIVATION);
    }
}

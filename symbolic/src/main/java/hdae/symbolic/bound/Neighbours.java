package hdae.symbolic.bound;

import static hdae.symbolic.bound.Direction.LOWER;
import static hdae.symbolic.bound.Direction.UPPER;
import static hdae.symbolic.bound.Provenance.FORMALISATION;
import static hdae.symbolic.bound.Provenance.LITERATURE;

import java.util.List;

/**
 * Neighbouring published results, in the form hdae can derive and evaluate (LITERATURE), with hdae's own sharper
 * or instantiated forms (FORMALISATION).
 *
 * <ul>
 *   <li>Shafahi, Huang, Studer, Feizi and Goldstein (ICLR 2019), the unit cube with the Euclidean norm: for a class
 *       c of density at most \( U_c \) times the uniform one and a classifier whose region of class c has mass at
 *       most 1/2, a point of class c is misclassified or has an \( \varepsilon \)-adversarial example with
 *       probability at least \( 1 - U_c e^{-\pi\varepsilon^2}/(2\pi\varepsilon) \). hdae derives it from its
 *       enlargement theorem, \( 1 - U_c(1 - \Phi(\sqrt{2\pi}\,\varepsilon)) \), and the Mills-ratio tail
 *       \( 1 - \Phi(s) \le \varphi(s)/s \). Their sphere bound is not catalogued: its constant could be checked
 *       only against a secondary summary, and hdae has the exact spherical-cap form (Gilmer et al.).</li>
 *   <li>Fawzi, Fawzi and Fawzi (NeurIPS 2018): data \( x = g(z) \), \( z \sim N(0, I_d) \), g L-Lipschitz; for every
 *       region A with \( \Pr[x \in A] \ge 1/2 \), \( \Pr[d_2(x, A) > \eta] \le 1 - \Phi(\eta/L) \) and
 *       \( \mathbb{E}\,d_2(x, A) \le L/\sqrt{2\pi} \), for any classifier (hdae's two-region, half-mass form; the
 *       paper's multi-class statement and its constants were not available offline). The Gaussian-data bound is the
 *       case \( g(z) = m + \Sigma^{1/2} z \), \( L = \sqrt{\lambda_{\max}} \).</li>
 *   <li>Mahloujifar, Diochnos and Mahmoody (AAAI 2019): in a normal Lévy family with concentration function at most
 *       \( k_1 e^{-k_2 n \varepsilon^2} \), a set E of mass at least \( \alpha \) has
 *       \( \mu(E_{b_0 + t}) \ge 1 - k_1 e^{-k_2 n t^2} \), \( b_0 = \sqrt{\ln(k_1/\alpha)/(k_2 n)} \). The cube in the
 *       root-mean-square metric is such a family with \( (k_1, k_2) = (1/2, \pi) \) (the half-mass theorem).</li>
 * </ul>
 */
final class Neighbours {
    private static final String SHAFAHI = "A. Shafahi, W. R. Huang, C. Studer, S. Feizi, T. Goldstein, Are adversarial"
            + " examples inevitable?, ICLR 2019, arXiv 1809.02104";
    private static final String FAWZI = "A. Fawzi, H. Fawzi, O. Fawzi, Adversarial vulnerability for any classifier,"
            + " NeurIPS 2018, arXiv 1802.08686";
    private static final String MAHLOUJIFAR = "S. Mahloujifar, D. I. Diochnos, M. Mahmoody, The curse of concentration"
            + " in robust learning: evasion and poisoning attacks from concentration of measure, AAAI 2019,"
            + " arXiv 1809.03063";
    private static final String HDAE = "hdae formalisation of claims A3, A5 of arXiv 1801.00634 (abstract)";
    private static final String NEIGHBOURS = "neighbouring-results";
    private static final Domain POSITIVE = Domain.positive();
    private static final Domain NONNEGATIVE = Domain.atLeast(0);
    private static final Domain DENSITY_BOUND = Domain.atLeast(1);

    private Neighbours() {
    }

    static List<Bound> bounds() {
        return List.of(
                new BoundCatalogue.Entry("cube-robust-prob-ge-one-minus-uc-gaussian-tail")
                        .title("Inevitable adversarial examples in the cube").provenance(FORMALISATION)
                        .derivation(NEIGHBOURS)
                        .statement("For a class c of the cube [0,1]^n whose density is at most U_c times the uniform"
                                + " one, and a classifier whose region of class c has mass at most 1/2, a point of"
                                + " class c is misclassified or has a Euclidean eps-adversarial example with"
                                + " probability at least 1 - U_c (1 - Phi(sqrt(2 pi) eps)), whatever n.")
                        .quantity("cube-robust-prob", "Pr over class c of [x misclassified or d_2(x, other classes)"
                                + " <= eps]")
                        .closedForm(LOWER, "1 - uc*Erfc(Sqrt(Pi)*eps)/2")
                        .param("uc", DENSITY_BOUND, "bound of the class density relative to the uniform one")
                        .param("eps", POSITIVE, "Euclidean radius")
                        .source(HDAE, "the enlargement theorem applied to the other classes, the form behind the"
                                + " unit-cube theorem of Shafahi et al. (2019)").build(),
                new BoundCatalogue.Entry("shafahi-cube-robust-prob-ge-one-minus-uc-exp-div-2pi-eps")
                        .title("Inevitable adversarial examples, Mills-ratio form")
                        .provenance(LITERATURE).derivation(NEIGHBOURS)
                        .statement("Shafahi et al. (2019), the unit cube with the Euclidean norm: the same probability is"
                                + " at least 1 - U_c exp(-pi eps^2)/(2 pi eps), whatever n.")
                        .quantity("cube-robust-prob", "Pr over class c of [x misclassified or d_2(x, other classes)"
                                + " <= eps]")
                        .closedForm(LOWER, "1 - uc*Exp(-Pi*eps^2)/(2*Pi*eps)")
                        .param("uc", DENSITY_BOUND, "bound of the class density relative to the uniform one")
                        .param("eps", POSITIVE, "Euclidean radius")
                        .source(SHAFAHI, "the unit-cube theorem (Sec. 4); this form is derived by hdae from its"
                                + " enlargement theorem and the Mills-ratio tail, and was not compared word for word"
                                + " with the paper, which was not available offline").build(),
                new BoundCatalogue.Entry("fawzi-dist-tail-le-phi-tail-of-lipschitz-generator")
                        .title("Distance tail under a Lipschitz generator").provenance(LITERATURE)
                        .derivation("gaussian-data-worst-case")
                        .statement("Fawzi et al. (2018), for any classifier: for data x = g(z), z ~ N(0, I_d), g"
                                + " L-Lipschitz into R^n, and every region A with Pr[x in A] >= 1/2,"
                                + " Pr[d_2(x, A) > eta] <= 1 - Phi(eta/L), whatever d and n.")
                        .quantity("generator-dist-tail", "Pr[d_2(g(z), A) > eta], z ~ N(0, I_d), Pr[g(z) in A] >= 1/2")
                        .closedForm(UPPER, "Erfc(eta/(Sqrt(2)*lip))/2")
                        .param("eta", NONNEGATIVE, "Euclidean radius")
                        .param("lip", POSITIVE, "Lipschitz constant of the generator")
                        .source(FAWZI, "Sec. 3, the upper bound on the robustness of any classifier; hdae's"
                                + " two-region, half-mass form (modulus of continuity omega(t) = L t); the paper's"
                                + " multi-class constants were not available offline").build(),
                new BoundCatalogue.Entry("fawzi-mean-dist-le-lipschitz-div-sqrt-2pi-of-half-mass")
                        .title("Mean distance under a Lipschitz generator").provenance(LITERATURE)
                        .derivation("gaussian-data-worst-case")
                        .statement("Hence E d_2(x, A) <= L/sqrt(2 pi) for every region of mass at least 1/2 under a"
                                + " smooth generator of Gaussian latents, whatever the classifier.")
                        .quantity("generator-mean-dist", "E d_2(g(z), A), z ~ N(0, I_d), Pr[g(z) in A] >= 1/2")
                        .closedForm(UPPER, "lip/Sqrt(2*Pi)")
                        .param("lip", POSITIVE, "Lipschitz constant of the generator")
                        .source(FAWZI, "Sec. 3, in expectation; hdae's half-mass form").build(),
                new BoundCatalogue.Entry("levy-family-enlargement-ge-one-minus-k1-exp")
                        .title("Enlargement in a normal Levy family").provenance(LITERATURE)
                        .derivation(NEIGHBOURS)
                        .statement("Mahloujifar et al. (2019): in a normal Levy family, whose concentration function is"
                                + " at most k1 exp(-k2 n eps^2), every set E of mass at least alpha has"
                                + " mu(E_(b0 + t)) >= 1 - k1 exp(-k2 n t^2) for t >= 0, with"
                                + " b0 = sqrt(ln(k1/alpha)/(k2 n)): a constant risk becomes an adversarial risk near 1"
                                + " at a distance of order n^(-1/2).")
                        .quantity("levy-family-enlargement", "mu(E_(b0 + t)), mu(E) >= alpha, b0 = sqrt(ln(k1/alpha)/(k2 n))")
                        .closedForm(LOWER, "1 - k1*Exp(-k2*n*t^2)")
                        .param("k1", POSITIVE, "constant of the concentration function")
                        .param("k2", POSITIVE, "rate of the concentration function")
                        .param("n", Domain.integersAtLeast(1), "dimension")
                        .param("t", NONNEGATIVE, "radius beyond b0")
                        .source(MAHLOUJIFAR, "the theorem on normal Levy families (Sec. 3); the form follows from the"
                                + " definition by the standard two-step argument, the paper's numbering was not"
                                + " available offline").build(),
                new BoundCatalogue.Entry("cube-rms-enlargement-ge-one-minus-half-exp-of-mass-alpha")
                        .title("The cube as a normal Levy family")
                        .provenance(FORMALISATION).derivation(NEIGHBOURS)
                        .statement("The cube in the root-mean-square metric d_2/sqrt(n) is a normal Levy family with"
                                + " k1 = 1/2, k2 = pi, so every region E of mass at least alpha has"
                                + " mu(E_(b0 + t)) >= 1 - exp(-pi n t^2)/2 with b0 = sqrt(ln(1/(2 alpha))/(pi n))"
                                + " (for alpha < 1/2).")
                        .quantity("cube-rms-enlargement", "mu{x : d_2(x, E)/sqrt(n) <= b0 + t}, mu(E) >= alpha")
                        .closedForm(LOWER, "1 - Exp(-Pi*n*t^2)/2")
                        .param("n", Domain.integersAtLeast(1), "dimension")
                        .param("t", NONNEGATIVE, "rms radius beyond b0")
                        .source(HDAE, "the half-mass theorem read as a normal Levy family, in the form of Mahloujifar"
                                + " et al. (2019)").build());
    }
}

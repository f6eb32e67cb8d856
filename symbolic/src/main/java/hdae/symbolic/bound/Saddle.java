package hdae.symbolic.bound;

import static hdae.symbolic.bound.Direction.EQUALITY;
import static hdae.symbolic.bound.Provenance.BACKGROUND;
import static hdae.symbolic.bound.Provenance.LITERATURE;

import java.util.List;

/**
 * Models of the paper's claim A4 (saddle points outnumber minima, increasingly with the dimension):
 * the independent-sign model of a critical point's Hessian (LITERATURE: a heuristic of Dauphin et al. 2014 that
 * ignores level repulsion), the exact probability that a small GOE matrix is positive definite (BACKGROUND), and the
 * large-N rate of that probability (LITERATURE, Dean and Majumdar).
 *
 * <p>GOE convention: diagonal entries of variance 1, off-diagonal entries of variance 1/2, so that the
 * eigenvalues have joint density proportional to prod_{i<j} |l_i - l_j| exp(-sum_i l_i^2/2). Positive
 * definiteness does not depend on the scale, so only the ratio 1/2 of the variances matters.
 */
final class Saddle {
    private static final String DAUPHIN = "Y. N. Dauphin, R. Pascanu, C. Gulcehre, K. Cho, S. Ganguli, Y. Bengio,"
            + " Identifying and attacking the saddle point problem in high-dimensional non-convex optimization,"
            + " NIPS 2014, arXiv 1406.2572";
    private static final String MEHTA = "M. L. Mehta, Random Matrices, 3rd ed., Elsevier (2004)";
    private static final String DEAN_MAJUMDAR = "D. S. Dean and S. N. Majumdar, Large deviations of extreme"
            + " eigenvalues of random matrices, Phys. Rev. Lett. 97, 160201 (2006)";

    private Saddle() {
    }

    static List<Bound> bounds() {
        return List.of(
                signModel("sign-model-min-prob-eq")
                        .title("Minima under the independent-sign model")
                        .statement("If each of the n Hessian eigenvalues of a critical point is positive or negative"
                                + " with probability 1/2, independently, the critical point is a minimum with"
                                + " probability 2^(-n).")
                        .quantity("sign-model-min-prob",
                                "Pr[all n eigenvalue signs positive] under the independent-sign model")
                        .closedForm(EQUALITY, "2^(-n)")
                        .param("n", Domain.integersAtLeast(1), "number of Hessian eigenvalues (dimension)")
                        .source(DAUPHIN, "the independent-sign heuristic of a critical point (a model, not a theorem: it ignores"
                                + " the level repulsion of random matrices)").build(),
                signModel("sign-model-index-prob-eq")
                        .title("The index under the independent-sign model")
                        .statement("Under the independent-sign model the index (the number of negative eigenvalues)"
                                + " is Binomial(n, 1/2): it equals k with probability C(n, k)/2^n (0 for k > n).")
                        .quantity("sign-model-index-prob",
                                "Pr[exactly k of the n eigenvalue signs negative] under the independent-sign model")
                        .closedForm(EQUALITY, "Binomial(n, k)/2^n")
                        .param("n", Domain.integersAtLeast(1), "number of Hessian eigenvalues (dimension)")
                        .param("k", Domain.integersAtLeast(0), "index: number of negative eigenvalues")
                        .source(DAUPHIN, "the independent-sign heuristic of a critical point (a model, not a theorem: it ignores"
                                + " the level repulsion of random matrices)").build(),
                signModel("sign-model-saddles-per-min-eq")
                        .title("Saddles per minimum under the independent-sign model")
                        .statement("Under the independent-sign model a critical point is a saddle (index 1 to n-1)"
                                + " 2^n - 2 times as often as a minimum (1022 at n = 10).")
                        .quantity("sign-model-saddles-per-min",
                                "Pr[index in 1..n-1] / Pr[index 0] under the independent-sign model")
                        .closedForm(EQUALITY, "2^n - 2")
                        .param("n", Domain.integersAtLeast(1), "number of Hessian eigenvalues (dimension)")
                        .source(DAUPHIN, "the independent-sign heuristic of a critical point (a model, not a theorem: it ignores"
                                + " the level repulsion of random matrices)").build(),
                entry("goe1-posdef-prob-eq-half", "goe-small-n")
                        .title("Positive GOE matrices of size one")
                        .statement("A 1 x 1 GOE matrix (a centred Gaussian) is positive with probability 1/2.")
                        .quantity("goe1-posdef-prob", "P_1 = Pr[H > 0] for H a 1 x 1 GOE matrix")
                        .closedForm(EQUALITY, "1/2")
                        .source(MEHTA, "ch. 3 (joint eigenvalue density)").build(),
                entry("goe2-posdef-prob-eq", "goe-small-n")
                        .title("Positive definite GOE matrices of size two")
                        .statement("A 2 x 2 GOE matrix is positive definite with probability (2 - sqrt 2)/4"
                                + " (about 0.146447), against 1/4 under the independent-sign model.")
                        .quantity("goe2-posdef-prob", "P_2 = Pr[H positive definite] for H a 2 x 2 GOE matrix")
                        .closedForm(EQUALITY, "(2 - Sqrt(2))/4")
                        .source(MEHTA, "ch. 3 (joint eigenvalue density)").build(),
                entry("goe3-posdef-prob-eq", "goe-small-n")
                        .title("Positive definite GOE matrices of size three")
                        .statement("A 3 x 3 GOE matrix is positive definite with probability 1/4 - 1/(sqrt(2) pi)"
                                + " (about 0.024921), against 1/8 under the independent-sign model.")
                        .quantity("goe3-posdef-prob", "P_3 = Pr[H positive definite] for H a 3 x 3 GOE matrix")
                        .closedForm(EQUALITY, "1/4 - 1/(Sqrt(2)*Pi)")
                        .source(MEHTA, "ch. 3 (joint eigenvalue density)").build(),
                new BoundCatalogue.Entry("goe-posdef-rate-eq").provenance(LITERATURE).derivation("goe-small-n")
                        .title("Decay rate of positive definite GOE matrices")
                        .statement("The probability P_N that an N x N GOE matrix is positive definite decays like"
                                + " exp(-theta N^2) with theta = ln(3)/4 (about 0.274653): -ln(P_N)/N^2 tends to"
                                + " ln(3)/4 as N grows. Only the constant is catalogued; P_N has no closed form.")
                        .quantity("goe-posdef-rate", "lim_{N -> infinity} -ln(P_N)/N^2, P_N = Pr[N x N GOE matrix"
                                + " positive definite]")
                        .closedForm(EQUALITY, "Log(3)/4")
                        .source(DEAN_MAJUMDAR, "abstract: theta(0) = (ln 3)/4 for beta = 1; also Phys. Rev. E 77,"
                                + " 041108 (2008)").build());
    }

    private static BoundCatalogue.Entry entry(String id, String derivation) {
        return new BoundCatalogue.Entry(id).provenance(BACKGROUND).derivation(derivation);
    }

    /** An entry of the independent-sign model: a heuristic of the literature (Dauphin et al. 2014), not BACKGROUND. */
    private static BoundCatalogue.Entry signModel(String id) {
        return new BoundCatalogue.Entry(id).provenance(LITERATURE).derivation("saddle-sign-model");
    }
}

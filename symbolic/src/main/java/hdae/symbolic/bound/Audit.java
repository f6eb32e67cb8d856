package hdae.symbolic.bound;

import static hdae.symbolic.bound.Direction.ASYMPTOTIC;
import static hdae.symbolic.bound.Direction.EQUALITY;
import static hdae.symbolic.bound.Direction.LOWER;
import static hdae.symbolic.bound.Direction.UPPER;
import static hdae.symbolic.bound.Provenance.BACKGROUND;
import static hdae.symbolic.bound.Provenance.FORMALISATION;
import static hdae.symbolic.bound.Provenance.PRIOR;

import hdae.symbolic.formula.FormulaParser;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit of the linear argument of Goodfellow, Shlens and Szegedy 2015 (Sec. 3) and the corrected,
 * classifier-agnostic theorem that replaces it.
 *
 * <p>PRIOR: for a linear unit \(w^\top x\), \(w \in \mathbb{R}^n\), and a max-norm budget \(\varepsilon\), the
 * largest activation change is \(\varepsilon\|w\|_1 = \varepsilon m n\) with \(m = \|w\|_1/n\): attained at
 * \(\eta = \varepsilon\operatorname{sign}(w)\) on the closed ball \(\|\eta\|_\infty \le \varepsilon\), a supremum
 * that is not attained under the printed strict constraint \(\|\eta\|_\infty < \varepsilon\). FORMALISATION: hdae's precise readings of the paper's objection
 * (claim A2) as four hidden premises (resolution refinement, relative change, the norm, the model), and of its
 * replacement (claims A3, A5): for the uniform measure \(\mu\) on \([0,1]^n\) and any measurable \(A\) with
 * \(\mu(A) \ge 1/2\), \(\mu(A_t) \ge \Phi(\sqrt{2\pi}\,t)\), hence \(\mathbb{E}\,d_2(x, A) \le 1/(2\pi)\)
 * whatever \(n\). None of the FORMALISATION entries is the paper's own wording, which is not available.
 */
final class Audit {
    private static final String GSS = "I. J. Goodfellow, J. Shlens, C. Szegedy, Explaining and Harnessing"
            + " Adversarial Examples, ICLR 2015, arXiv 1412.6572";
    private static final String HDAE = "hdae formalisation of claims A2, A3, A5 of arXiv 1801.00634 (abstract)";
    private static final String ELEMENTARY = "elementary norm computation";
    private static final String PRIOR_ARG = "prior-linear-argument";
    private static final String REFINE = "resolution-refinement";
    private static final String RELATIVE = "relative-change";
    private static final String NORM = "wrong-norm";
    private static final String MODEL = "model-specific";
    private static final String THEOREM = "corrected-theorem";
    /** The reals in (0, infinity). */
    private static final Domain POSITIVE = Domain.open(0, Double.POSITIVE_INFINITY);
    /** The reals in [0, infinity). */
    private static final Domain NONNEGATIVE = new Domain(false, 0, false, Double.POSITIVE_INFINITY, true);

    private Audit() {
    }

    static List<Bound> bounds() {
        List<Bound> out = new ArrayList<>(priorArgument());
        out.addAll(objections());
        out.addAll(correctedTheorem());
        out.addAll(sharpness());
        return List.copyOf(out);
    }

    /** Goodfellow et al.'s algebra, and the sizes of the sign perturbation in the three norms. */
    private static List<Bound> priorArgument() {
        return List.of(
                entry("linf-max-gain-eq-eps-mul-l1", PRIOR, PRIOR_ARG)
                        .title("Largest activation change under a max-norm budget")
                        .statement("For a linear unit w.x with w in R^n, the largest activation change w.eta over"
                                + " perturbations with |eta|_inf <= eps is eps |w|_1, attained at eta = eps sign(w); under"
                                + " the printed strict constraint |eta|_inf < eps it is a supremum, not attained.")
                        .quantity("linf-max-gain", "max of w.eta over |eta|_inf <= eps, for w in R^n")
                        .closedForm(EQUALITY, "eps*l1")
                        .param("eps", POSITIVE, "max-norm budget")
                        .param("l1", NONNEGATIVE, "the L1 norm of w")
                        .source(GSS, "Sec. 3 (printed with eta = sign(w), which lacks the factor eps)").build(),
                entry("linf-max-gain-eq-eps-m-n", PRIOR, PRIOR_ARG)
                        .title("The activation change in terms of the mean weight")
                        .statement("With m = |w|_1/n the mean magnitude of a weight, the activation grows by eps m n.")
                        .quantity("linf-max-gain", "max of w.eta over |eta|_inf <= eps, for w in R^n")
                        .closedForm(EQUALITY, "eps*m*n").term("LinfMaxGain(eps, m*n)")
                        .param("eps", POSITIVE, "max-norm budget")
                        .param("m", NONNEGATIVE, "mean weight magnitude: the L1 norm of w over n")
                        .param("n", Domain.integersAtLeast(1), "input dimension")
                        .source(GSS, "Sec. 3").build(),
                entry("sign-perturbation-linf-eq-eps", PRIOR, PRIOR_ARG)
                        .title("Max-norm of the sign perturbation")
                        .statement("The sign perturbation eps sign(w) of a weight vector without zero entries has"
                                + " max-norm eps, whatever the dimension.")
                        .quantity("sign-perturbation-linf", "|eps sign(w)|_inf, w in R^n without zero entries")
                        .closedForm(EQUALITY, "eps")
                        .param("eps", POSITIVE, "max-norm budget")
                        .source(GSS, "Sec. 3 (|eta|_inf does not grow with n)").build(),
                entry("sign-perturbation-l2-eq-eps-sqrt-n", BACKGROUND, PRIOR_ARG)
                        .title("Euclidean length of the sign perturbation")
                        .statement("The same perturbation has Euclidean length eps sqrt(n): it grows with the dimension.")
                        .quantity("sign-perturbation-l2", "|eps sign(w)|_2, w in R^n without zero entries")
                        .closedForm(EQUALITY, "eps*Sqrt(n)")
                        .param("eps", POSITIVE, "max-norm budget")
                        .param("n", Domain.integersAtLeast(1), "input dimension")
                        .source(ELEMENTARY, "derived step by step in hdae").build(),
                entry("sign-perturbation-rms-eq-eps", BACKGROUND, PRIOR_ARG)
                        .title("Root-mean-square size of the sign perturbation")
                        .statement("Its root-mean-square size |.|_2/sqrt(n) is eps, whatever the dimension.")
                        .quantity("sign-perturbation-rms", "|eps sign(w)|_2/sqrt(n), w in R^n without zero entries")
                        .closedForm(EQUALITY, "eps")
                        .param("eps", POSITIVE, "max-norm budget")
                        .source(ELEMENTARY, "derived step by step in hdae").build());
    }

    /** The four hidden premises of the inference "the change grows like n, so high dimension is vulnerable". */
    private static List<Bound> objections() {
        return List.of(
                entry("mean-weight-eq-m0-div-k-of-refinement", FORMALISATION, REFINE)
                        .title("The mean weight under resolution refinement")
                        .statement("Refining the resolution k-fold (each pixel replicated k times, weights w = rep(w0, k)/k,"
                                + " the same function) divides the mean weight magnitude m by k.")
                        .quantity("refined-mean-weight", "m = |w|_1/n after k-fold replication, n = k n0")
                        .closedForm(EQUALITY, "m0/k")
                        .param("m0", POSITIVE, "mean weight magnitude at the base resolution")
                        .param("k", Domain.integersAtLeast(1), "refinement factor")
                        .source(HDAE, "objection: resolution refinement").build(),
                entry("linf-max-gain-eq-eps-m0-n0-of-refinement", FORMALISATION, REFINE)
                        .title("The activation change under resolution refinement")
                        .statement("Under k-fold refinement the activation change eps m n stays eps m0 n0: it does not"
                                + " grow with the number of pixels.")
                        .quantity("refined-linf-max-gain", "eps m n after k-fold replication, n = k n0")
                        .closedForm(EQUALITY, "eps*m0*n0")
                        .param("eps", POSITIVE, "max-norm budget")
                        .param("m0", POSITIVE, "mean weight magnitude at the base resolution")
                        .param("n0", Domain.integersAtLeast(1), "base number of pixels")
                        .source(HDAE, "objection: resolution refinement").build(),
                entry("l2-boundary-dist-eq-d0-sqrt-k-of-refinement", FORMALISATION, REFINE)
                        .title("Euclidean distance to the boundary under refinement")
                        .statement("Under k-fold refinement the Euclidean distance |w.x + b|/|w|_2 of an image to the"
                                + " decision boundary grows like sqrt(k).")
                        .quantity("refined-l2-boundary-dist", "|w.x + b|/|w|_2 after k-fold replication")
                        .closedForm(EQUALITY, "d0*Sqrt(k)")
                        .param("d0", POSITIVE, "Euclidean distance at the base resolution")
                        .param("k", Domain.integersAtLeast(1), "refinement factor")
                        .source(HDAE, "objection: resolution refinement").build(),
                entry("rms-boundary-dist-eq-d0-div-sqrt-n0-of-refinement", FORMALISATION, REFINE)
                        .title("Root-mean-square distance to the boundary under refinement")
                        .statement("The root-mean-square distance d_2/sqrt(n) to the boundary does not change under"
                                + " refinement.")
                        .quantity("refined-rms-boundary-dist", "|w.x + b|/(|w|_2 sqrt(n)) after k-fold replication")
                        .closedForm(EQUALITY, "d0/Sqrt(n0)")
                        .param("d0", POSITIVE, "Euclidean distance at the base resolution")
                        .param("n0", Domain.integersAtLeast(1), "base number of pixels")
                        .source(HDAE, "objection: resolution refinement").build(),
                entry("relative-gain-eq-two-eps-of-one-sign", FORMALISATION, RELATIVE)
                        .title("Relative activation change, weights of one sign")
                        .statement("For x uniform in [0,1]^n and weights of one sign, the activation change eps |w|_1"
                                + " is 2 eps times the mean activation E[w.x] = |w|_1/2, whatever n.")
                        .quantity("relative-gain-one-sign", "eps |w|_1 / E[w.x], weights of one sign")
                        .closedForm(EQUALITY, "2*eps")
                        .param("eps", POSITIVE, "max-norm budget")
                        .source(HDAE, "objection H-b as first stated, the change against the activation itself; a flip is"
                                + " decided by the margin |w.x + b| instead").build(),
                entry("activation-rel-sd-eq-inv-sqrt-3n-of-one-sign", FORMALISATION, RELATIVE)
                        .title("Concentration of the activation, weights of one sign")
                        .statement("For weights of one sign and equal magnitude the activation w.x concentrates:"
                                + " its standard deviation relative to its mean is 1/sqrt(3n), which tends to 0.")
                        .quantity("activation-rel-sd", "sd(w.x)/E[w.x], weights of one sign and equal magnitude")
                        .closedForm(EQUALITY, "1/Sqrt(3*n)")
                        .param("n", Domain.integersAtLeast(1), "input dimension")
                        .source(HDAE, "objection H-b as first stated, the change against the activation itself; a flip is"
                                + " decided by the margin |w.x + b| instead").build(),
                entry("relative-gain-eq-eps-sqrt-3n-of-random-signs", FORMALISATION, RELATIVE)
                        .title("Relative activation change, random signs")
                        .statement("For weights of equal magnitude and independent random signs, the activation change"
                                + " is eps sqrt(3n) times the root-mean-square activation: it grows like sqrt(n), not n.")
                        .quantity("relative-gain-random-signs", "eps |w|_1 / sqrt(E (w.x)^2), random signs")
                        .closedForm(EQUALITY, "eps*Sqrt(3*n)")
                        .param("eps", POSITIVE, "max-norm budget")
                        .param("n", Domain.integersAtLeast(1), "input dimension")
                        .source(HDAE, "objection H-b as first stated, the change against the activation itself; a flip is"
                                + " decided by the margin |w.x + b| instead").build(),
                entry("linf-to-l2-gain-ratio-le-one", FORMALISATION, NORM)
                        .title("The sign perturbation against the best one of its length")
                        .statement("At equal Euclidean size eps sqrt(n), the best L2 perturbation eps sqrt(n) w/|w|_2"
                                + " changes the activation at least as much as the sign perturbation:"
                                + " |w|_1 <= sqrt(n) |w|_2 (Cauchy-Schwarz).")
                        .quantity("linf-to-l2-gain-ratio", "eps |w|_1 / (eps sqrt(n) |w|_2)")
                        .closedForm(UPPER, "1")
                        .source(HDAE, "objection: the norm").build(),
                entry("linf-to-l2-gain-ratio-limit-eq-sqrt-2-div-pi-of-gaussian-weights", FORMALISATION, NORM)
                        .title("The gain ratio for Gaussian weights")
                        .statement("For weights with independent N(0, s^2) entries the ratio tends almost surely to"
                                + " E|g|/sqrt(E g^2) = sqrt(2/pi), about 0.798.")
                        .quantity("linf-to-l2-gain-ratio-limit", "lim over n of |w|_1/(sqrt(n) |w|_2), w_i iid normal")
                        .closedForm(EQUALITY, "Sqrt(2/Pi)")
                        .source(HDAE, "objection: the norm").build(),
                entry("linf-hyperplane-dist-eq-margin-div-l1", FORMALISATION, MODEL)
                        .title("Max-norm distance to a hyperplane")
                        .statement("What the linear argument computes: the max-norm distance of x to the hyperplane"
                                + " w.y + b = 0 is the margin |w.x + b| divided by |w|_1.")
                        .quantity("linf-hyperplane-dist", "d_inf(x, {y : w.y + b = 0})")
                        .closedForm(EQUALITY, "a/l1")
                        .param("a", NONNEGATIVE, "margin: the absolute activation of x")
                        .param("l1", POSITIVE, "the L1 norm of w")
                        .source(HDAE, "objection: the model").build(),
                entry("l2-hyperplane-dist-eq-margin-div-l2", FORMALISATION, MODEL)
                        .title("Euclidean distance to a hyperplane")
                        .statement("The Euclidean distance of x to the same hyperplane is |w.x + b| divided by |w|_2.")
                        .quantity("l2-hyperplane-dist", "d_2(x, {y : w.y + b = 0})")
                        .closedForm(EQUALITY, "a/l2")
                        .param("a", NONNEGATIVE, "margin: the absolute activation of x")
                        .param("l2", POSITIVE, "the Euclidean norm of w")
                        .source(HDAE, "objection: the model").build(),
                entry("linf-cond-mean-dist-eq-t-div-n-plus-1-of-max-unit-region", FORMALISATION, MODEL)
                        .title("Mean distance to a max-unit region")
                        .statement("A non-linear region the argument does not cover: for A = {x : max_i x_i >= t}, the"
                                + " mean max-norm (and Euclidean) distance to A from outside is t/(n+1), which tends to"
                                + " 0 although every unit x_i has the constant gain eps m n = eps.")
                        .quantity("max-unit-cond-mean-dist", "E[d_inf(x, A) | x not in A], A = {max_i x_i >= t}")
                        .closedForm(EQUALITY, "t/(n + 1)")
                        .param("t", Domain.open(0, 1), "threshold of the max unit")
                        .param("n", Domain.integersAtLeast(1), "dimension")
                        .source(HDAE, "objection: the model").build());
    }

    /**
     * The corrected theorem with the constant 1/(2 pi), sharper than the 1/4 of the cruder tail bound; the best
     * constant is not known (it lies between 0.1330, the corner quarter-disc, and 1/(2 pi)).
     */
    private static List<Bound> correctedTheorem() {
        Domain minority = new Domain(false, 0, true, 0.5, false);
        return List.of(
                entry("phi-lipschitz-const-eq-inv-sqrt-2pi", BACKGROUND, THEOREM)
                        .title("Lipschitz constant of the normal distribution function")
                        .statement("The standard normal distribution function Phi is Lipschitz with constant"
                                + " sup Phi' = Phi'(0) = 1/sqrt(2 pi).")
                        .quantity("phi-lipschitz-const", "sup over real z of Phi'(z)")
                        .closedForm(EQUALITY, "1/Sqrt(2*Pi)")
                        .source("NIST Digital Library of Mathematical Functions", "section 7.2 (the normal density)").build(),
                entry("cube-enlargement-mass-ge-phi-of-half-mass", FORMALISATION, THEOREM)
                        .title("Concentration of the uniform measure on the cube")
                        .statement("For the uniform measure mu on [0,1]^n and every measurable A with mu(A) >= 1/2,"
                                + " the Euclidean t-enlargement A_t has mu(A_t) >= Phi(sqrt(2 pi) t), independently of n.")
                        .quantity("cube-enlargement-mass", "mu(A_t), A_t = {x in [0,1]^n : d_2(x, A) <= t}")
                        .closedForm(LOWER, "Phi(Sqrt(2*Pi)*t)")
                        .param("t", NONNEGATIVE, "enlargement radius (Euclidean)")
                        .source(HDAE, "claim A3; proved by the Gaussian transfer with constant sqrt(2 pi): M. Ledoux,"
                                + " The Concentration of Measure Phenomenon (AMS 2001); F. Barthe, B. Maurey, Ann. Inst."
                                + " H. Poincare Probab. Statist. 36 (2000); used for the cube by A. Shafahi et al., Are"
                                + " adversarial examples inevitable?, ICLR 2019").build(),
                entry("phi-tail-le-half-exp", BACKGROUND, THEOREM)
                        .title("A normal tail bound")
                        .statement("The standard normal tail satisfies 1 - Phi(s) <= exp(-s^2/2)/2 for s >= 0.")
                        .quantity("phi-tail", "1 - Phi(s)")
                        .closedForm(UPPER, "Exp(-s^2/2)/2").term("1 - Phi(s)")
                        .param("s", NONNEGATIVE, "threshold")
                        .source("standard Gaussian tail bound", "derived step by step in hdae").build(),
                entry("cube-mean-dist-le-inv-2pi-of-half-mass", FORMALISATION, THEOREM)
                        .title("Mean distance to half of the cube")
                        .statement("For every measurable A of the cube with mu(A) >= 1/2, the mean Euclidean distance"
                                + " to A of a uniform point is at most 1/(2 pi), about 0.159, whatever n.")
                        .quantity("cube-mean-dist", "E_x d_2(x, A), x uniform in [0,1]^n")
                        .closedForm(UPPER, "1/(2*Pi)")
                        .source(HDAE, "claims A3, A5; sharper than the 1/4 of the tail bound exp(-s^2/2)/2; the best"
                                + " constant is open, between 0.1330 and 1/(2 pi)").build(),
                entry("cube-mean-dist-le-quarter-of-half-mass", FORMALISATION, THEOREM)
                        .title("Mean distance to half of the cube, constant 1/4")
                        .statement("A looser constant: the same mean distance is at most 1/4.")
                        .quantity("cube-mean-dist", "E_x d_2(x, A), x uniform in [0,1]^n")
                        .closedForm(UPPER, "1/4")
                        .source(HDAE, "claims A3, A5 (a looser constant)").build(),
                entry("cube-cond-mean-dist-le-inv-2pi-q-of-half-mass", FORMALISATION, THEOREM)
                        .title("Mean distance from the minority side")
                        .statement("On the minority side, of mass q = 1 - mu(A), the mean Euclidean distance to A is"
                                + " at most 1/(2 pi q); for balanced classes (q = 1/2), 1/pi.")
                        .quantity("cube-cond-mean-dist", "E[d_2(x, A) | x not in A]")
                        .closedForm(UPPER, "1/(2*Pi*q)")
                        .param("q", minority, "mass of the complement of A")
                        .source(HDAE, "claims A3, A5").build(),
                entry("rms-cond-mean-dist-isbigo-inv-sqrt-n-of-half-mass", FORMALISATION, THEOREM)
                        .title("Root-mean-square distance from the minority side")
                        .statement("In the root-mean-square (multiresolution) norm the mean distance from the minority"
                                + " side is O(n^(-1/2)).")
                        .quantity("rms-cond-mean-dist", "E[d_rms(x, A) | x not in A], d_rms = d_2/sqrt(n)")
                        .closedForm(ASYMPTOTIC, "1/Sqrt(n)")
                        .limit("n")
                        .param("q", minority, "mass of the complement of A")
                        .source(HDAE, "claim A5").build(),
                entry("rms-cond-mean-dist-isbigo-inv-sqrt-n-of-half-mass-with-const", FORMALISATION, THEOREM)
                        .title("Root-mean-square distance, constant explicit")
                        .statement("Explicit twin: E[d_rms(x, A) | x not in A] <= C n^(-1/2) for all n >= n0 = 1,"
                                + " with C = 1/(2 pi q).")
                        .quantity("rms-cond-mean-dist", "E[d_rms(x, A) | x not in A], d_rms = d_2/sqrt(n)")
                        .closedForm(UPPER, "1/(2*Pi*q*Sqrt(n))")
                        .param("q", minority, "mass of the complement of A")
                        .param("n", Domain.integersAtLeast(1), "dimension (number of pixels)")
                        .source(HDAE, "claim A5").build(),
                entry("rms-dist-tail-le-half-exp-of-half-mass", FORMALISATION, THEOREM)
                        .title("Tail of the root-mean-square distance")
                        .statement("For every fixed eps > 0, the points at root-mean-square distance more than eps"
                                + " from A have mass at most exp(-pi eps^2 n)/2, which tends to 0 exponentially.")
                        .quantity("rms-dist-tail", "mu{x : d_rms(x, A) > eps}")
                        .closedForm(UPPER, "Exp(-Pi*eps^2*n)/2")
                        .param("eps", POSITIVE, "root-mean-square radius")
                        .param("n", Domain.integersAtLeast(1), "dimension (number of pixels)")
                        .source(HDAE, "claim A5").build());
    }

    /** Examples: how far the constant can be from the truth, and why the max-norm distance does not decay. */
    private static List<Bound> sharpness() {
        return List.of(
                entry("l2-mean-dist-eq-eighth-of-coordinate-half-space", FORMALISATION, THEOREM)
                        .title("Sharpness: a coordinate half-space")
                        .statement("For the coordinate half-space A = {x_1 >= 1/2}, E_x d_2(x, A) = 1/8 in every"
                                + " dimension.")
                        .quantity("coordinate-half-space-mean-dist", "E_x d_2(x, A), A = {x in [0,1]^n : x_1 >= 1/2}")
                        .closedForm(EQUALITY, "1/8")
                        .source(HDAE, "sharpness of the corrected theorem").build(),
                entry("linf-cond-mean-dist-eq-quarter-of-coordinate-half-space", FORMALISATION, THEOREM)
                        .title("The max-norm distance does not decay")
                        .statement("The max-norm distance does not decay with n: for A = {x_1 >= 1/2},"
                                + " E[d_inf(x, A) | x not in A] = 1/4 for every n. (E d_inf <= E d_2 <= 1/(2 pi) still"
                                + " holds, since d_inf <= d_2; what has no max-norm version is the decay.)")
                        .quantity("coordinate-half-space-linf-cond-mean-dist",
                                "E[d_inf(x, A) | x not in A], A = {x in [0,1]^n : x_1 >= 1/2}")
                        .closedForm(EQUALITY, "1/4")
                        .source(HDAE, "why the corrected theorem has no max-norm version").build(),
                entry("l2-mean-hyperplane-dist-limit-eq-of-centre-half-space", FORMALISATION, THEOREM)
                        .title("Sharpness: the half-space through the centre")
                        .statement("For the half-space through the centre, A = {sum_i (x_i - 1/2) >= 0}, the mean"
                                + " Euclidean distance to its hyperplane (0 inside A) tends to"
                                + " (1/2) sqrt(1/12) sqrt(2/pi), about 0.1152.")
                        .quantity("centre-half-space-hyperplane-mean-dist",
                                "lim over n of E_x d_2(x, H) 1[x not in A], H = {sum_i (x_i - 1/2) = 0}")
                        .closedForm(EQUALITY, "Sqrt(1/12)*Sqrt(2/Pi)/2")
                        .source(HDAE, "sharpness of the corrected theorem").build());
    }

    private static BoundCatalogue.Entry entry(String id, Provenance provenance, String derivation) {
        return new BoundCatalogue.Entry(id).provenance(provenance).derivation(derivation);
    }
}

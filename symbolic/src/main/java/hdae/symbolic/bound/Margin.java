package hdae.symbolic.bound;

import static hdae.symbolic.bound.Direction.EQUALITY;
import static hdae.symbolic.bound.Direction.LOWER;
import static hdae.symbolic.bound.Provenance.FORMALISATION;

import java.util.List;

/**
 * Objection H-b of the audit, restated as the premise the linear argument really needs: the class of
 * \( \operatorname{sign}(w^\top x + b) \) flips under \( \|\eta\|_\infty < \varepsilon \) exactly when the margin
 * \( |w^\top x + b| \) is below the supremum \( \varepsilon\|w\|_1 \) of the change, so "the change grows like n"
 * implies "the class flips" only if the margin is \( o(\varepsilon\|w\|_1) \). With the balanced threshold
 * \( b = -\mathbb{E}[w^\top x] \), Chebyshev's inequality gives the flip rate at least
 * \( 1 - \mathrm{Var}(w^\top x)/(\varepsilon\|w\|_1)^2 \). For n independent uniform pixels and weights of equal
 * magnitude that is \( 1 - 1/(12\varepsilon^2 n) \), and the ratio of the margin's standard deviation to the gain is
 * \( 1/(\varepsilon\sqrt{12 n}) \): the premise holds and the prior inference is right in that model. For
 * \( n_0 \) pixels replicated k times (the same function, objection H-a) margin and gain are those of the base
 * image: the ratio stays \( 1/(\varepsilon\sqrt{12 n_0}) \) whatever k, and the premise fails.
 */
final class Margin {
    private static final String HDAE = "hdae formalisation of claim A2 of arXiv 1801.00634 (abstract); objection H-b"
            + " to I. J. Goodfellow, J. Shlens, C. Szegedy, ICLR 2015, Sec. 3";
    private static final String RELATIVE = "relative-change";
    private static final Domain POSITIVE = Domain.positive();
    private static final Domain NONNEGATIVE = Domain.atLeast(0);

    private Margin() {
    }

    static List<Bound> bounds() {
        return List.of(
                entry("linear-flip-rate-ge-one-minus-var-div-gain-sq")
                        .title("Flip rate of a linear classifier, by Chebyshev")
                        .statement("For a linear classifier sign(w.x + b) with the balanced threshold b = -E[w.x], the"
                                + " fraction of inputs whose class the sign perturbation can flip, Pr[|w.x + b| <"
                                + " eps |w|_1], is at least 1 - Var(w.x)/(eps |w|_1)^2 (Chebyshev).")
                        .quantity("linear-flip-rate", "Pr[|w.x + b| < eps |w|_1], b = -E[w.x]")
                        .closedForm(LOWER, "1 - v/g^2")
                        .param("v", NONNEGATIVE, "variance of the activation")
                        .param("g", POSITIVE, "largest activation change under the budget")
                        .source(HDAE, "the premise margin = o(eps |w|_1)").build(),
                entry("linear-flip-rate-ge-one-minus-inv-12-eps2-n-of-independent-pixels")
                        .title("Flip rate for independent pixels")
                        .statement("For n independent uniform pixels and weights of equal magnitude the flip rate is at"
                                + " least 1 - 1/(12 eps^2 n): it tends to 1 (exactly: 0.722 at n = 10 and 0.9995 at"
                                + " n = 100 for eps = 0.1), so there the prior inference holds.")
                        .quantity("linear-flip-rate-independent", "Pr[|w.x + b| < eps |w|_1], x uniform in [0,1]^n,"
                                + " |w_i| = c, b = -E[w.x]")
                        .closedForm(LOWER, "1 - 1/(12*eps^2*n)")
                        .param("eps", POSITIVE, "max-norm budget")
                        .param("n", Domain.integersAtLeast(1), "number of independent pixels")
                        .source(HDAE, "the premise holds for independent coordinates").build(),
                entry("margin-sd-div-gain-eq-inv-eps-sqrt-12n-of-independent-pixels")
                        .title("Margin against gain, independent pixels")
                        .statement("For n independent uniform pixels and weights of equal magnitude c, the margin"
                                + " w.x + b has standard deviation c sqrt(n/12) and the gain is eps c n: their ratio is"
                                + " 1/(eps sqrt(12 n)), which tends to 0.")
                        .quantity("margin-sd-div-gain-independent", "sd(w.x + b)/(eps |w|_1), independent pixels")
                        .closedForm(EQUALITY, "1/(eps*Sqrt(12*n))")
                        .param("eps", POSITIVE, "max-norm budget")
                        .param("n", Domain.integersAtLeast(1), "number of independent pixels")
                        .source(HDAE, "the premise holds for independent coordinates").build(),
                entry("margin-sd-div-gain-eq-const-of-replicated-pixels")
                        .title("Margin against gain, replicated pixels")
                        .statement("For n0 independent uniform pixels each replicated k times, with weights"
                                + " rep(w0, k)/k (the same function), margin and gain are those of the base image: the"
                                + " ratio is 1/(eps sqrt(12 n0)) whatever k, so the premise fails (objection H-a).")
                        .quantity("margin-sd-div-gain-replicated", "sd(w.x + b)/(eps |w|_1), n0 pixels replicated k"
                                + " times")
                        .closedForm(EQUALITY, "1/(eps*Sqrt(12*n0))")
                        .param("eps", POSITIVE, "max-norm budget")
                        .param("n0", Domain.integersAtLeast(1), "number of independent base pixels")
                        .source(HDAE, "the premise fails for replicated pixels").build());
    }

    private static BoundCatalogue.Entry entry(String id) {
        return new BoundCatalogue.Entry(id).provenance(FORMALISATION).derivation(RELATIVE);
    }
}

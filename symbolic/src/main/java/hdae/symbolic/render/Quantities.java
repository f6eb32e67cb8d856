package hdae.symbolic.render;

import java.util.Map;
import java.util.Optional;

/**
 * Notation of the catalogue's quantities, by {@link hdae.symbolic.bound.Quantity#key()}, and the clause that defines
 * it (with what the bounds on it assume).
 */
final class Quantities {
    private static final Map<String, String> NOTATION = Map.ofEntries(
            Map.entry("sphere-cap-mass", "\\sigma\\{x \\in S^{n-1} : x_1 \\ge h\\}"),
            Map.entry("sphere-mean-chord-dist", "d(E)"),
            Map.entry("cube-shell-fraction",
                    "\\operatorname{vol}\\{x \\in [0,1]^n : \\min_i \\min(x_i, 1 - x_i) \\le \\varepsilon\\}"),
            Map.entry("ball-shell-fraction",
                    "\\frac{\\operatorname{vol}\\{x : 1 - \\varepsilon \\le \\|x\\|_2 \\le 1\\}}{\\operatorname{vol}\\{x : \\|x\\|_2 \\le 1\\}}"),
            Map.entry("unit-ball-volume", "V_n = \\operatorname{vol}\\{x \\in \\mathbb{R}^n : \\|x\\|_2 \\le 1\\}"),
            Map.entry("ball-cube-volume-ratio", "\\frac{\\operatorname{vol} B(c, 1/2)}{\\operatorname{vol} [0,1]^n}"),
            Map.entry("cube-pair-sq-dist-mean", "\\mathbb{E}\\,\\|x - y\\|_2^2"),
            Map.entry("cube-centre-sq-dist-mean", "\\mathbb{E}\\,\\|x - c\\|_2^2"),
            Map.entry("sphere-dot-mean", "\\mathbb{E}\\,[u^\\top v]"),
            Map.entry("sphere-dot-var", "\\operatorname{Var}(u^\\top v)"),
            Map.entry("sign-model-min-prob", "\\Pr[\\text{minimum}]"),
            Map.entry("sign-model-index-prob", "\\Pr[\\operatorname{index} = k]"),
            Map.entry("sign-model-saddles-per-min", "\\frac{\\Pr[1 \\le \\operatorname{index} \\le n - 1]}{\\Pr[\\operatorname{index} = 0]}"),
            Map.entry("goe1-posdef-prob", "P_1 = \\Pr_{H \\sim \\mathrm{GOE}(1)}[H \\succ 0]"),
            Map.entry("goe2-posdef-prob", "P_2 = \\Pr_{H \\sim \\mathrm{GOE}(2)}[H \\succ 0]"),
            Map.entry("goe3-posdef-prob", "P_3 = \\Pr_{H \\sim \\mathrm{GOE}(3)}[H \\succ 0]"),
            Map.entry("goe-posdef-rate", "\\lim_{N \\to \\infty} -\\frac{\\ln P_N}{N^2}"),
            Map.entry("linf-max-gain", "\\max_{\\|\\eta\\|_\\infty \\le \\varepsilon} w^\\top \\eta"),
            Map.entry("sign-perturbation-linf", "\\|\\varepsilon \\operatorname{sign}(w)\\|_\\infty"),
            Map.entry("sign-perturbation-l2", "\\|\\varepsilon \\operatorname{sign}(w)\\|_2"),
            Map.entry("sign-perturbation-rms", "\\|\\varepsilon \\operatorname{sign}(w)\\|_{\\mathrm{rms}}"),
            Map.entry("refined-mean-weight", "m = \\frac{\\|w\\|_1}{k n_0}"),
            Map.entry("refined-linf-max-gain", "\\varepsilon m n \\big|_{n = k n_0}"),
            Map.entry("refined-l2-boundary-dist", "\\frac{|w^\\top x + b|}{\\|w\\|_2}"),
            Map.entry("refined-rms-boundary-dist", "\\frac{|w^\\top x + b|}{\\|w\\|_2 \\sqrt{k n_0}}"),
            Map.entry("relative-gain-one-sign", "\\frac{\\varepsilon \\|w\\|_1}{\\mathbb{E}\\,[w^\\top x]}"),
            Map.entry("activation-rel-sd", "\\frac{\\operatorname{sd}(w^\\top x)}{\\mathbb{E}\\,[w^\\top x]}"),
            Map.entry("relative-gain-random-signs",
                    "\\frac{\\varepsilon \\|w\\|_1}{\\sqrt{\\mathbb{E}\\,[(w^\\top x)^2]}}"),
            Map.entry("linf-to-l2-gain-ratio", "\\frac{\\varepsilon \\|w\\|_1}{\\varepsilon \\sqrt{n}\\, \\|w\\|_2}"),
            Map.entry("linf-to-l2-gain-ratio-limit", "\\lim_{n \\to \\infty} \\frac{\\|w\\|_1}{\\sqrt{n}\\, \\|w\\|_2}"),
            Map.entry("linf-hyperplane-dist", "d_\\infty(x, \\{y : w^\\top y + b = 0\\})"),
            Map.entry("l2-hyperplane-dist", "d_2(x, \\{y : w^\\top y + b = 0\\})"),
            Map.entry("max-unit-cond-mean-dist", "\\mathbb{E}\\,[d_\\infty(x, A) \\mid x \\notin A]"),
            Map.entry("phi-lipschitz-const", "\\sup_{z \\in \\mathbb{R}} \\Phi'(z)"),
            Map.entry("cube-enlargement-mass", "\\mu(A_t)"),
            Map.entry("cube-mean-dist", "\\mathbb{E}_x\\, d_2(x, A)"),
            Map.entry("cube-cond-mean-dist", "\\mathbb{E}\\,[d_2(x, A) \\mid x \\notin A]"),
            Map.entry("rms-cond-mean-dist", "\\mathbb{E}\\,[d_{\\mathrm{rms}}(x, A) \\mid x \\notin A]"),
            Map.entry("adv-l2-mean", "\\mathbb{E}\\,\\|\\delta\\|_2"),
            Map.entry("rms-dist-tail", "\\mu\\{x : d_{\\mathrm{rms}}(x, A) > \\varepsilon\\}"),
            Map.entry("coordinate-half-space-mean-dist", "\\mathbb{E}_x\\, d_2(x, \\{x_1 \\ge 1/2\\})"),
            Map.entry("coordinate-half-space-linf-cond-mean-dist",
                    "\\mathbb{E}\\,[d_\\infty(x, \\{x_1 \\ge 1/2\\}) \\mid x_1 < 1/2]"),
            Map.entry("centre-half-space-hyperplane-mean-dist",
                    "\\lim_{n \\to \\infty} \\mathbb{E}_x\\, d_2(x, H)\\, \\mathbf{1}[x \\notin A]"),
            Map.entry("cube-enlargement-mass-any", "\\mu(A_t)"),
            Map.entry("cube-mean-dist-any", "\\mathbb{E}_x\\, d_2(x, A)"),
            Map.entry("cube-cond-mean-dist-any", "\\mathbb{E}\\,[d_2(x, A) \\mid x \\notin A]"),
            Map.entry("corner-disc-mean-dist", "\\mathbb{E}_x\\, d_2(x, A)"),
            Map.entry("cube-half-mass-best-const", "C = \\sup_n \\sup_{\\mu(A) \\ge 1/2} \\mathbb{E}_x\\, d_2(x, A)"),
            Map.entry("gaussian-mean-dist", "\\mathbb{E}\\, d_2(x, A)"),
            Map.entry("gaussian-top-half-space-mean-dist", "\\mathbb{E}\\, d_2(x, \\{y : v^\\top (y - m) \\ge 0\\})"),
            Map.entry("gaussian-rms-worst-mean-dist", "\\sup_{\\Pr[x \\in A] \\ge 1/2} \\frac{\\mathbb{E}\\, d_2(x, A)}{\\sqrt{n}}"),
            Map.entry("gaussian-rms-worst-mean-dist-coarse",
                    "\\sup_{\\Pr[x \\in A] \\ge 1/2} \\frac{\\mathbb{E}\\, d_2(x, A)}{\\sqrt{n}}"),
            Map.entry("pixel-l2-dist", "\\inf\\{\\|\\eta\\|_2 : F(I_n(x + \\eta)) \\ne F(I_n x)\\}"),
            Map.entry("pixel-rms-dist", "\\inf\\{\\|\\eta\\|_2/\\sqrt{n} : F(I_n(x + \\eta)) \\ne F(I_n x)\\}"),
            Map.entry("cube-robust-prob", "\\Pr_{x \\sim c}[d_2(x, B) \\le \\varepsilon]"),
            Map.entry("generator-dist-tail", "\\Pr[d_2(g(z), A) > \\eta]"),
            Map.entry("generator-mean-dist", "\\mathbb{E}\\, d_2(g(z), A)"),
            Map.entry("levy-family-enlargement", "\\mu(E_{b_0 + t})"),
            Map.entry("cube-rms-enlargement", "\\mu\\{x : d_2(x, E)/\\sqrt{n} \\le b_0 + t\\}"),
            Map.entry("linear-flip-rate", "\\Pr[|w^\\top x + b| < \\varepsilon \\|w\\|_1]"),
            Map.entry("linear-flip-rate-independent", "\\Pr[|w^\\top x + b| < \\varepsilon \\|w\\|_1]"),
            Map.entry("margin-sd-div-gain-independent", "\\frac{\\operatorname{sd}(w^\\top x + b)}{\\varepsilon \\|w\\|_1}"),
            Map.entry("margin-sd-div-gain-replicated", "\\frac{\\operatorname{sd}(w^\\top x + b)}{\\varepsilon \\|w\\|_1}"));


    private static final String CUBE = "$x$ is uniform on $[0,1]^n$";
    private static final String HALF_MASS = "$A \\subseteq [0,1]^n$ is any measurable set with $\\mu(A) \\ge 1/2$, $\\mu$ the"
            + " uniform measure, in every dimension $n$";
    private static final String REFINED = "the weights $w_0 \\in \\mathbb{R}^{n_0}$ of a linear unit at the base resolution"
            + " are refined $k$-fold (each pixel replicated $k$ times, $w = \\operatorname{rep}(w_0, k)/k$, the same function"
            + " of the image), so that $n = k n_0$";
    private static final String SIGNS = "each of the $n$ Hessian eigenvalues of a critical point is negative with"
            + " probability $1/2$, independently (the independent-sign model), and the index counts the negative ones";
    private static final String GOE = "$\\mathrm{GOE}(N)$ is the Gaussian orthogonal ensemble of real symmetric"
            + " $N \\times N$ matrices (diagonal entries of variance $1$, off-diagonal entries of variance $1/2$)";
    private static final String ANY_MASS = "$A \\subseteq [0,1]^n$ is any measurable set with $\\mu(A) = \\Phi(a)$, $\\mu$"
            + " the uniform measure and $\\Phi$ the standard normal distribution function, in every dimension $n$";
    private static final String GAUSSIAN = "$x \\sim N(m, \\Sigma)$ in $\\mathbb{R}^n$ and $\\lambda_{\\max}$ is the largest"
            + " eigenvalue of $\\Sigma$";
    private static final String SUPREMUM = "the supremum is over the measurable sets $A \\subseteq \\mathbb{R}^n$ and"
            + " $d_2/\\sqrt{n}$ is the root-mean-square distance";
    private static final String CONSISTENT = "$I_n$ maps $n$ pixel values to the piecewise-constant image on cells of"
            + " area $1/n$ of $[0,1]^2$, $F$ is a fixed classifier of images in $L^2([0,1]^2)$, and $\\delta$ is the"
            + " $L^2$ distance of $I_n x$ to the flip set of $F$ within the range of $I_n$";
    private static final String GENERATOR = "$z \\sim N(0, I_d)$, $g : \\mathbb{R}^d \\to \\mathbb{R}^n$ is $L$-Lipschitz"
            + " and $A \\subseteq \\mathbb{R}^n$ is any measurable set with $\\Pr[g(z) \\in A] \\ge 1/2$, whatever $d$"
            + " and $n$";
    private static final String BALANCED = "$b = -\\mathbb{E}\\,[w^\\top x]$ is the balanced threshold of the linear"
            + " classifier $\\operatorname{sign}(w^\\top x + b)$";
    private static final String UNIT = "$w \\in \\mathbb{R}^n$ is the weight vector of a linear unit $x \\mapsto w^\\top x$";

    /**
     * What the notation means and what the bound assumes of it, as the clause after the display ("where ..."):
     * LaTeX text with inline mathematics.
     */
    private static final Map<String, String> DEFINITION = Map.ofEntries(
            Map.entry("sphere-cap-mass", "$\\sigma$ is the uniform probability measure on the unit sphere"
                    + " $S^{n-1} \\subset \\mathbb{R}^n$"),
            Map.entry("sphere-mean-chord-dist", "$E \\subseteq S^{n-1}$ is any measurable set with"
                    + " $\\sigma(E) = \\sigma\\{x : x_1 \\ge h\\}$, $\\sigma$ the uniform measure on the unit sphere, and"
                    + " $d(E)$ is the mean Euclidean (chordal) distance from a uniform point of $S^{n-1}$ to $E$, points"
                    + " of $E$ counting $0$"),
            Map.entry("cube-shell-fraction", "$\\operatorname{vol}$ is the volume (Lebesgue measure) in $\\mathbb{R}^n$"),
            Map.entry("ball-shell-fraction", "$\\|\\cdot\\|_2$ is the Euclidean norm of $\\mathbb{R}^n$"),
            Map.entry("ball-cube-volume-ratio", "$B(c, 1/2)$ is the Euclidean ball of radius $1/2$ about the centre"
                    + " $c = (1/2, \\dots, 1/2)$ of the cube"),
            Map.entry("cube-pair-sq-dist-mean", "$x$ and $y$ are independent and uniform on $[0,1]^n$"),
            Map.entry("cube-centre-sq-dist-mean", CUBE + " and $c = (1/2, \\dots, 1/2)$ is its centre"),
            Map.entry("sphere-dot-mean", "$u$ and $v$ are independent uniform unit vectors of $\\mathbb{R}^n$"),
            Map.entry("sphere-dot-var", "$u$ and $v$ are independent uniform unit vectors of $\\mathbb{R}^n$"),
            Map.entry("sign-model-min-prob", SIGNS + "; a minimum has index $0$"),
            Map.entry("sign-model-index-prob", SIGNS),
            Map.entry("sign-model-saddles-per-min", SIGNS),
            Map.entry("goe1-posdef-prob", GOE),
            Map.entry("goe2-posdef-prob", GOE),
            Map.entry("goe3-posdef-prob", GOE),
            Map.entry("goe-posdef-rate", "$P_N = \\Pr_{H \\sim \\mathrm{GOE}(N)}[H \\succ 0]$ and " + GOE),
            Map.entry("linf-max-gain", UNIT + " and $\\eta$ ranges over $\\mathbb{R}^n$"),
            Map.entry("sign-perturbation-linf", "$w \\in \\mathbb{R}^n$ has no zero entry"),
            Map.entry("sign-perturbation-l2", "$w \\in \\mathbb{R}^n$ has no zero entry"),
            Map.entry("sign-perturbation-rms", "$w \\in \\mathbb{R}^n$ has no zero entry and"
                    + " $\\|v\\|_{\\mathrm{rms}} = \\|v\\|_2/\\sqrt{n}$"),
            Map.entry("refined-mean-weight", REFINED + ", and $m_0 = \\|w_0\\|_1/n_0$"),
            Map.entry("refined-linf-max-gain", REFINED + ", $m = \\|w\\|_1/n$ and $m_0 = \\|w_0\\|_1/n_0$"),
            Map.entry("refined-l2-boundary-dist", REFINED + "; $x$ is the refined image, $b$ the bias, and $d_0$ the"
                    + " Euclidean distance of the base image to the boundary"),
            Map.entry("refined-rms-boundary-dist", REFINED + "; $x$ is the refined image, $b$ the bias, and $d_0$ the"
                    + " Euclidean distance of the base image to the boundary"),
            Map.entry("relative-gain-one-sign", CUBE + " and the weights $w \\in \\mathbb{R}^n$, not all zero, have"
                    + " one sign"),
            Map.entry("activation-rel-sd", CUBE + " and the weights $w \\in \\mathbb{R}^n$ have one sign and equal,"
                    + " non-zero magnitude"),
            Map.entry("relative-gain-random-signs", CUBE + " and the weights have equal, non-zero magnitude and"
                    + " independent uniformly random signs (the expectation is over both)"),
            Map.entry("linf-to-l2-gain-ratio", "$w \\in \\mathbb{R}^n$, $w \\ne 0$, and $\\varepsilon > 0$"),
            Map.entry("linf-to-l2-gain-ratio-limit", "the entries of $w \\in \\mathbb{R}^n$ are independent"
                    + " $N(0, s^2)$, $s > 0$, and the limit holds almost surely"),
            Map.entry("linf-hyperplane-dist", "$w \\ne 0$, $b \\in \\mathbb{R}$ and $a = |w^\\top x + b|$"),
            Map.entry("l2-hyperplane-dist", "$w \\ne 0$, $b \\in \\mathbb{R}$ and $a = |w^\\top x + b|$"),
            Map.entry("max-unit-cond-mean-dist", CUBE + " and $A = \\{x : \\max_i x_i \\ge t\\}$"),
            Map.entry("phi-lipschitz-const", "$\\Phi$ is the standard normal distribution function"),
            Map.entry("phi-tail", "$\\Phi$ is the standard normal distribution function"),
            Map.entry("cube-enlargement-mass", HALF_MASS + "; $A_t = \\{x \\in [0,1]^n : d_2(x, A) \\le t\\}$ is its"
                    + " Euclidean $t$-enlargement and $\\Phi$ the standard normal distribution function"),
            Map.entry("cube-mean-dist", CUBE + " and " + HALF_MASS),
            Map.entry("cube-cond-mean-dist", CUBE + ", " + HALF_MASS + ", and $q = 1 - \\mu(A)$"),
            Map.entry("rms-cond-mean-dist", CUBE + ", " + HALF_MASS + ", $q = 1 - \\mu(A)$ and"
                    + " $d_{\\mathrm{rms}} = d_2/\\sqrt{n}$"),
            Map.entry("rms-dist-tail", HALF_MASS.replace(", in every dimension $n$", "")
                    + " and $d_{\\mathrm{rms}} = d_2/\\sqrt{n}$"),
            Map.entry("adv-l2-mean", "$\\delta$ is the adversarial perturbation of an image of resolution $n$ (number"
                    + " of pixels); the abstract states neither the normalisation of the norm nor the distribution of"
                    + " the expectation"),
            Map.entry("coordinate-half-space-mean-dist", CUBE),
            Map.entry("coordinate-half-space-linf-cond-mean-dist", CUBE),
            Map.entry("centre-half-space-hyperplane-mean-dist", CUBE + ", $A = \\{x : \\sum_i (x_i - 1/2) \\ge 0\\}$"
                    + " and $H = \\{x : \\sum_i (x_i - 1/2) = 0\\}$"),
            Map.entry("cube-enlargement-mass-any", ANY_MASS + "; $A_t = \\{x \\in [0,1]^n : d_2(x, A) \\le t\\}$ is its"
                    + " Euclidean $t$-enlargement"),
            Map.entry("cube-mean-dist-any", CUBE + " and " + ANY_MASS),
            Map.entry("cube-cond-mean-dist-any", CUBE + ", " + ANY_MASS + ", so that the minority side $x \\notin A$"
                    + " has mass $q = 1 - \\Phi(a) \\le 1/2$"),
            Map.entry("corner-disc-mean-dist", CUBE + ", $n \\ge 2$, and $A = [0,1]^n \\setminus \\{x : x_1^2 + x_2^2 <"
                    + " r^2\\}$ is the complement of a corner quarter-disc"),
            Map.entry("cube-half-mass-best-const", "the suprema are over the dimension $n$ and over the measurable sets"
                    + " $A \\subseteq [0,1]^n$ of uniform measure $\\mu(A) \\ge 1/2$, and " + CUBE),
            Map.entry("gaussian-mean-dist", GAUSSIAN + ", and $A \\subseteq \\mathbb{R}^n$ is any measurable set with"
                    + " $\\Pr[x \\in A] \\ge 1/2$, in every dimension $n$"),
            Map.entry("gaussian-top-half-space-mean-dist", GAUSSIAN + ", and $v$ is a unit eigenvector of $\\Sigma$"
                    + " for $\\lambda_{\\max}$"),
            Map.entry("gaussian-rms-worst-mean-dist", GAUSSIAN + "; " + SUPREMUM),
            Map.entry("gaussian-rms-worst-mean-dist-coarse", GAUSSIAN + ", $\\lambda_{\\max} = c\\,n$ (a coarse-scale"
                    + " variance of order $1$); " + SUPREMUM),
            Map.entry("pixel-l2-dist", CONSISTENT),
            Map.entry("pixel-rms-dist", CONSISTENT),
            Map.entry("cube-robust-prob", "$x$ is drawn from a class $c$ on $[0,1]^n$ whose density is at most $U_c$"
                    + " times the uniform one, the region the classifier gives to class $c$ has uniform measure at"
                    + " most $1/2$, and $B$ is the union of the regions of the other classes (a misclassified point"
                    + " lies in $B$)"),
            Map.entry("generator-dist-tail", GENERATOR),
            Map.entry("generator-mean-dist", GENERATOR),
            Map.entry("levy-family-enlargement", "$\\mu$ is the measure of a normal L\\'evy family in dimension $n$,"
                    + " whose concentration function is at most $k_1 e^{-k_2 n \\varepsilon^2}$, $E$ is any measurable"
                    + " set with $\\mu(E) \\ge \\alpha > 0$, $E_s$ is its $s$-enlargement and"
                    + " $b_0 = \\sqrt{\\ln(k_1/\\alpha)/(k_2 n)}$"),
            Map.entry("cube-rms-enlargement", "$\\mu$ is the uniform measure on $[0,1]^n$, $E \\subseteq [0,1]^n$ is any"
                    + " measurable set with $\\mu(E) \\ge \\alpha$, $0 < \\alpha < 1/2$, and"
                    + " $b_0 = \\sqrt{\\ln(1/(2\\alpha))/(\\pi n)}$"),
            Map.entry("linear-flip-rate", BALANCED + ", $v = \\operatorname{Var}(w^\\top x)$ and"
                    + " $g = \\varepsilon \\|w\\|_1$, the supremum of the activation change under"
                    + " $\\|\\eta\\|_\\infty < \\varepsilon$"),
            Map.entry("linear-flip-rate-independent", CUBE + ", the weights $w \\in \\mathbb{R}^n$ have equal, non-zero"
                    + " magnitude and " + BALANCED),
            Map.entry("margin-sd-div-gain-independent", CUBE + ", the weights $w \\in \\mathbb{R}^n$ have equal,"
                    + " non-zero magnitude and " + BALANCED),
            Map.entry("margin-sd-div-gain-replicated", "$x$ is an image of $n_0$ independent uniform pixels, each"
                    + " replicated $k$ times, $w = \\operatorname{rep}(w_0, k)/k$ with weights $w_0$ of equal, non-zero"
                    + " magnitude (the same function of the image, whatever $k$) and " + BALANCED));

    private Quantities() {
    }

    static Optional<String> notation(String key) {
        return Optional.ofNullable(NOTATION.get(key));
    }

    /**
     * The clause that defines a quantity's notation and states what the bound assumes.
     *
     * @param key the quantity key
     * @return LaTeX text with inline mathematics, without the leading "where"; empty when the notation is plain
     */
    static Optional<String> definition(String key) {
        return Optional.ofNullable(DEFINITION.get(key));
    }
}

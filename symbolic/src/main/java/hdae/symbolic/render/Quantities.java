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
                    "\\lim_{n \\to \\infty} \\mathbb{E}_x\\, d_2(x, H)\\, \\mathbf{1}[x \\notin A]"));


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
                    + " and $H = \\{x : \\sum_i (x_i - 1/2) = 0\\}$"));

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

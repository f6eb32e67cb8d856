package hdae.symbolic.render;

import java.util.Map;
import java.util.Optional;

/** Notation of the catalogue's quantities, by {@link hdae.symbolic.bound.Quantity#key()}. */
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

    private Quantities() {
    }

    static Optional<String> notation(String key) {
        return Optional.ofNullable(NOTATION.get(key));
    }
}

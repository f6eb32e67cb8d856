package hdae.symbolic.render;

import java.util.Map;
import java.util.Optional;

/** Notation of the catalogue's quantities, by {@link hdae.symbolic.bound.Quantity#key()}. */
final class Quantities {
    private static final Map<String, String> NOTATION = Map.ofEntries(
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
            Map.entry("goe-posdef-rate", "\\lim_{N \\to \\infty} -\\frac{\\ln P_N}{N^2}"));

    private Quantities() {
    }

    static Optional<String> notation(String key) {
        return Optional.ofNullable(NOTATION.get(key));
    }
}

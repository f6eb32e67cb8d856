package hdae.numeric.eval;

import java.util.Map;

/** The range of every catalogue quantity, shared by the evaluator and property tests. */
final class QuantityRanges {
    private QuantityRanges() {
    }

    /**
     * Where each quantity's values lie, by quantity key; a new quantity needs its range here (V_n <= V_5 = 8 pi^2/15 < 5.27; P(min) = 2^-n <= 1/2). An upper end of
     * +inf admits values beyond the double range (2^n - 2 at n = 10^6), which must then really be beyond it.
     */
    static final Map<String, double[]> RANGES = Map.ofEntries(
            // the sphere (Gilmer et al.): a cap measure is a probability (at most 1/2 for h >= 0, up to rounding), a chord of S^(n-1) at most 2
            Map.entry("sphere-cap-mass", new double[] {0, 1}), Map.entry("sphere-mean-chord-dist", new double[] {0, 2}),
            Map.entry("cube-shell-fraction", new double[] {0, 1}), Map.entry("ball-shell-fraction", new double[] {0, 1}),
            Map.entry("unit-ball-volume", new double[] {0, 5.27}), Map.entry("ball-cube-volume-ratio", new double[] {0, 1}),
            Map.entry("cube-pair-sq-dist-mean", new double[] {0, Double.MAX_VALUE}),
            Map.entry("cube-centre-sq-dist-mean", new double[] {0, Double.MAX_VALUE}),
            Map.entry("sphere-dot-mean", new double[] {0, 0}), Map.entry("sphere-dot-var", new double[] {0, 1}),
            Map.entry("sign-model-min-prob", new double[] {0, 0.5}), Map.entry("sign-model-index-prob", new double[] {0, 1}),
            Map.entry("sign-model-saddles-per-min", new double[] {0, Double.POSITIVE_INFINITY}),
            Map.entry("goe1-posdef-prob", new double[] {0, 1}), Map.entry("goe2-posdef-prob", new double[] {0, 1}),
            Map.entry("goe3-posdef-prob", new double[] {0, 1}), Map.entry("goe-posdef-rate", new double[] {0, 10}),
            // the audit: gains, norms and distances are non-negative; ratios, masses and tails lie in [0, 1]
            Map.entry("linf-max-gain", new double[] {0, Double.MAX_VALUE}),
            Map.entry("sign-perturbation-linf", new double[] {0, Double.MAX_VALUE}),
            Map.entry("sign-perturbation-l2", new double[] {0, Double.MAX_VALUE}),
            Map.entry("sign-perturbation-rms", new double[] {0, Double.MAX_VALUE}),
            Map.entry("refined-mean-weight", new double[] {0, Double.MAX_VALUE}),
            Map.entry("refined-linf-max-gain", new double[] {0, Double.MAX_VALUE}),
            Map.entry("refined-l2-boundary-dist", new double[] {0, Double.MAX_VALUE}),
            Map.entry("refined-rms-boundary-dist", new double[] {0, Double.MAX_VALUE}),
            Map.entry("relative-gain-one-sign", new double[] {0, Double.MAX_VALUE}),
            Map.entry("activation-rel-sd", new double[] {0, 1}),
            Map.entry("relative-gain-random-signs", new double[] {0, Double.MAX_VALUE}),
            Map.entry("linf-to-l2-gain-ratio", new double[] {0, 1}),
            Map.entry("linf-to-l2-gain-ratio-limit", new double[] {0, 1}),
            Map.entry("linf-hyperplane-dist", new double[] {0, Double.MAX_VALUE}),
            Map.entry("l2-hyperplane-dist", new double[] {0, Double.MAX_VALUE}),
            Map.entry("max-unit-cond-mean-dist", new double[] {0, 1}),
            Map.entry("phi-lipschitz-const", new double[] {0, 1}), Map.entry("cube-enlargement-mass", new double[] {0, 1}),
            Map.entry("phi-tail", new double[] {0, 0.5}), Map.entry("cube-mean-dist", new double[] {0, 1}),
            Map.entry("cube-cond-mean-dist", new double[] {0, Double.MAX_VALUE}),
            Map.entry("rms-cond-mean-dist", new double[] {0, Double.MAX_VALUE}), Map.entry("rms-dist-tail", new double[] {0, 1}),
            Map.entry("coordinate-half-space-mean-dist", new double[] {0, 1}),
            Map.entry("coordinate-half-space-linf-cond-mean-dist", new double[] {0, 1}),
            Map.entry("centre-half-space-hyperplane-mean-dist", new double[] {0, 1}),
            Map.entry("adv-l2-mean", new double[] {0, Double.MAX_VALUE}),
            // regions of any mass, the corner example, Gaussian data, resolution consistency: masses in [0, 1], mean
            // distances non-negative; the best constant of the half-mass theorem lies in [0, 1/(2 pi)]
            Map.entry("cube-enlargement-mass-any", new double[] {0, 1}), Map.entry("cube-mean-dist-any", new double[] {0, Double.MAX_VALUE}),
            Map.entry("cube-cond-mean-dist-any", new double[] {0, Double.MAX_VALUE}),
            Map.entry("corner-disc-mean-dist", new double[] {0, 1}), Map.entry("cube-half-mass-best-const", new double[] {0, 0.16}),
            Map.entry("gaussian-mean-dist", new double[] {0, Double.MAX_VALUE}),
            Map.entry("gaussian-top-half-space-mean-dist", new double[] {0, Double.MAX_VALUE}),
            Map.entry("gaussian-rms-worst-mean-dist", new double[] {0, Double.MAX_VALUE}),
            Map.entry("gaussian-rms-worst-mean-dist-coarse", new double[] {0, Double.MAX_VALUE}),
            Map.entry("pixel-l2-dist", new double[] {0, Double.MAX_VALUE}), Map.entry("pixel-rms-dist", new double[] {0, Double.MAX_VALUE}),
            Map.entry("generator-dist-tail", new double[] {0, 0.5}),
            Map.entry("generator-mean-dist", new double[] {0, Double.MAX_VALUE}),
            // lower bounds of probabilities: at most 1, and vacuous (negative) for a large density bound or a small radius
            Map.entry("cube-robust-prob", new double[] {-Double.MAX_VALUE, 1}),
            Map.entry("levy-family-enlargement", new double[] {-Double.MAX_VALUE, 1}),
            Map.entry("cube-rms-enlargement", new double[] {0, 1}),
            // objection H-b restated: flip rates are probabilities (their Chebyshev lower bounds may be vacuous), the
            // ratio of the margin's standard deviation to the gain is non-negative
            Map.entry("linear-flip-rate", new double[] {-Double.MAX_VALUE, 1}),
            Map.entry("linear-flip-rate-independent", new double[] {-Double.MAX_VALUE, 1}),
            Map.entry("margin-sd-div-gain-independent", new double[] {0, Double.MAX_VALUE}),
            Map.entry("margin-sd-div-gain-replicated", new double[] {0, Double.MAX_VALUE}));
}

package hdae.numeric.saddle;

import hdae.numeric.NumericException;
import hdae.numeric.eval.Assignment;
import hdae.numeric.eval.BoundEvaluator;
import hdae.symbolic.bound.BoundCatalogue;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Exact values for the saddle-point tests, read from the bound catalogue (module symbolic, section Saddle) and
 * evaluated by {@link BoundEvaluator}: no closed form is typed here. The GOE values \( P_1, P_2, P_3 \) are
 * derived in proofs' derivation {@code goe-small-n} (quadrature of the eigenvalue density, CHECKED), the sign-model values in {@code saddle-sign-model}. Convention: diagonal variance 1, off-diagonal
 * variance 1/2.
 */
final class SaddleReferences {
    private static final String[] GOE_IDS = {"goe1-posdef-prob-eq-half", "goe2-posdef-prob-eq", "goe3-posdef-prob-eq"};
    private static final ToDoubleFunction<Assignment> MIN_PROB = compile("sign-model-min-prob-eq");
    private static final ToDoubleFunction<Assignment> INDEX_PROB = compile("sign-model-index-prob-eq");
    private static final ToDoubleFunction<Assignment> SADDLES_PER_MIN = compile("sign-model-saddles-per-min-eq");

    private SaddleReferences() {
    }

    private static ToDoubleFunction<Assignment> compile(String id) {
        return BoundEvaluator.compile(BoundCatalogue.standard().get(id));
    }

    /** \( P_N = \Pr[\text{GOE } N \times N \text{ positive definite}] \) for N = 1, 2, 3. */
    static double goePositiveDefinite(int size) {
        if (!(size >= 1 && size <= GOE_IDS.length)) {
            throw NumericException.expected("1 <= size <= 3", "size", size);
        }
        return compile(GOE_IDS[size - 1]).applyAsDouble(Assignment.of(Map.of()));
    }

    /** {@code sign-model-min-prob-eq}: the probability of a minimum under the independent-sign model. */
    static double signModelMinimum(int n) {
        return MIN_PROB.applyAsDouble(Assignment.of("n", n));
    }

    /** {@code sign-model-index-prob-eq}: the probability of index k under the independent-sign model. */
    static double signModelIndex(int n, int k) {
        return INDEX_PROB.applyAsDouble(Assignment.of("n", n, "k", k));
    }

    /** {@code sign-model-saddles-per-min-eq}: saddles per minimum under the independent-sign model. */
    static double signModelSaddlesPerMinimum(int n) {
        return SADDLES_PER_MIN.applyAsDouble(Assignment.of("n", n));
    }
}

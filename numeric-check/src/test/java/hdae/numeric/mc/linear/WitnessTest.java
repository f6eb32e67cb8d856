package hdae.numeric.mc.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.numeric.eval.Assignment;
import hdae.numeric.eval.BoundEvaluator;
import hdae.numeric.mc.Estimate;
import hdae.symbolic.bound.BoundCatalogue;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The witnesses of the objections agree with the catalogue's closed forms. Deterministic quantities (refinement)
 * are compared with a relative tolerance of 1e-12 (sums of at most 4096 terms in double precision, each error
 * below 1e-16 relative); Monte Carlo ones through Student-t intervals at confidence 1 - 1e-6 (alpha = 1e-6 per
 * assertion).
 */
class WitnessTest {
    private static final double CONFIDENCE = 1 - 1e-6;
    private static final double RELATIVE = 1e-12;
    private static final BoundCatalogue CATALOGUE = BoundCatalogue.standard();

    private static double value(String id, Map<String, Double> at) {
        return BoundEvaluator.compile(CATALOGUE.get(id)).applyAsDouble(Assignment.of(at));
    }

    @ParameterizedTest(name = "k = {0}")
    @ValueSource(ints = {1, 4, 16, 64})
    void refinementMatchesTheCatalogue(int k) {
        RefinementWitness witness = RefinementWitness.seeded(64, 64L);
        double eps = 0.1;
        RefinementWitness.Row base = witness.measure(1, eps);
        RefinementWitness.Row row = witness.measure(k, eps);
        double m0 = base.meanWeight();
        double d0 = base.l2Distance();
        assertClose(value("mean-weight-eq-m0-div-k-of-refinement", Map.of("m0", m0, "k", (double) k)), row.meanWeight());
        assertClose(value("linf-max-gain-eq-eps-m0-n0-of-refinement", Map.of("eps", eps, "m0", m0, "n0", 64.0)),
                row.gain());
        assertClose(value("l2-boundary-dist-eq-d0-sqrt-k-of-refinement", Map.of("d0", d0, "k", (double) k)),
                row.l2Distance());
        assertClose(value("rms-boundary-dist-eq-d0-div-sqrt-n0-of-refinement", Map.of("d0", d0, "n0", 64.0)),
                row.rmsDistance());
        assertClose(value("sign-perturbation-l2-eq-eps-sqrt-n", Map.of("eps", eps, "n", (double) row.n())),
                row.signPerturbationL2());
    }

    @Test
    void gaussianNormRatioIsBelowOneAndNearItsLimit() {
        NormRatioWitness.Gains g = NormRatioWitness.gaussian(784, 0.25, 784L);
        assertTrue(g.ratio() <= value("linf-to-l2-gain-ratio-le-one", Map.of()), "ratio " + g.ratio());
        // E of the ratio at n = 4096 differs from sqrt(2/pi) by O(1/n), about 1e-4, below the interval half-width
        Estimate e = NormRatioWitness.ratio(4096, 2000, 4096L, CONFIDENCE);
        double limit = value("linf-to-l2-gain-ratio-limit-eq-sqrt-2-div-pi-of-gaussian-weights", Map.of());
        assertTrue(Math.abs(e.value() - limit) < 1e-3, "mean ratio " + e.value() + " against " + limit);
    }

    @Test
    void randomSignRatioMatchesEpsSqrtThreeN() {
        int n = 1000;
        Estimate e = RelativeChangeSampler.randomSigns(n, 0.1, 40_000, 77L, CONFIDENCE);
        assertTrue(e.isConsistentWith(value("relative-gain-eq-eps-sqrt-3n-of-random-signs",
                Map.of("eps", 0.1, "n", (double) n))), () -> e.toString());
    }

    /** E[eps n / sum x_i] exceeds 2 eps by Jensen's inequality and tends to it; at n = 10^4 within 1e-4 relative. */
    @Test
    void oneSignRatioTendsToTwoEps() {
        Estimate e = RelativeChangeSampler.oneSign(10_000, 0.1, 4000, 78L, CONFIDENCE);
        double twoEps = value("relative-gain-eq-two-eps-of-one-sign", Map.of("eps", 0.1));
        assertTrue(e.interval().lower() > twoEps * (1 - 1e-3) && e.interval().upper() < twoEps * (1 + 1e-3),
                () -> e.toString());
    }

    private static void assertClose(double expected, double actual) {
        assertEquals(expected, actual, RELATIVE * Math.abs(expected), () -> "relative error "
                + Math.abs(actual - expected) / Math.abs(expected));
    }
}

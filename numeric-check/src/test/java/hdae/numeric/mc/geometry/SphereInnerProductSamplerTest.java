package hdae.numeric.mc.geometry;

import static hdae.numeric.mc.geometry.KernelAssertions.assertCovers;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.numeric.NumericException;
import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.RandomStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SphereInnerProductSamplerTest {

    /** \( \mathbb{E}[u \cdot v] = 0 \) in a Student-t interval, alpha = 1e-6 per assertion (symmetric law). */
    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {2, 3, 10, 100, 1000})
    void meanContainsZero(int n) {
        Estimate e = KernelRuns.innerProductMean(n);
        assertCovers(e, CatalogueReferences.innerProductMean(n), "E[u.v] n=" + n);
    }

    /**
     * \( \mathbb{E}[(u \cdot v)^2] = 1/n \) in a Student-t interval, alpha = 1e-6 nominal per assertion. The law
     * is skewed (about \( \chi^2_1/n \), skewness 2.8), so with m >= 10^4 the Edgeworth error of the level is about
     * 0.1 standard errors at z = 4.9: the true false-alarm rate is a few times 1e-6 at most.
     */
    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {2, 3, 10, 100, 1000})
    void secondMomentContainsOneOverN(int n) {
        Estimate e = KernelRuns.innerProductSecondMoment(n);
        assertCovers(e, CatalogueReferences.innerProductSecondMoment(n), "E[(u.v)^2] n=" + n);
    }

    @Test
    void rejectsDimensionOne() {
        NumericException e = assertThrows(NumericException.class,
                () -> SphereInnerProductSampler.estimateMean(1, 10, RandomStreams.create(1L), 0.9));
        assertTrue(e.getMessage().contains("for n, got 1"), e.getMessage());
    }
}

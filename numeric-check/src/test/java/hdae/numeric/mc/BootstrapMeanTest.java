package hdae.numeric.mc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.numeric.NumericException;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class BootstrapMeanTest {

    private static double[] uniformSample(long seed, int m) {
        UniformRandomProvider rng = RandomStreams.create(seed);
        double[] x = new double[m];
        for (int i = 0; i < m; i++) {
            x[i] = rng.nextDouble();
        }
        return x;
    }

    @Test
    void sameSeedGivesTheSameInterval() {
        double[] x = uniformSample(3L, 200);
        Estimate a = BootstrapMean.estimate(x, 0.95, 999, RandomStreams.create(5L));
        Estimate b = BootstrapMean.estimate(x, 0.95, 999, RandomStreams.create(5L));
        assertEquals(a, b);
        assertEquals(BootstrapMean.METHOD, a.method());
        assertTrue(a.interval().lower() < a.value() && a.value() < a.interval().upper(), a.toString());
    }

    /**
     * The bootstrap standard error of a mean estimates \( s\sqrt{(m-1)/m}/\sqrt m \) (the plug-in standard
     * deviation). With R resamples its relative Monte Carlo error is about \( 1/\sqrt{2R} \); the test allows
     * 5 of those (two-sided normal tail 5.7e-7, the false-alarm rate).
     */
    @Test
    void standardErrorMatchesThePlugInFormula() {
        int m = 400;
        int resamples = 4999;
        double[] x = uniformSample(13L, m);
        SampleMoments moments = new SampleMoments();
        for (double xi : x) {
            moments.add(xi);
        }
        double plugIn = Math.sqrt(moments.variance() * (m - 1) / m / m);
        Estimate e = BootstrapMean.estimate(x, 0.95, resamples, RandomStreams.create(17L));
        double relative = Math.abs(e.standardError() / plugIn - 1);
        assertTrue(relative <= 5 / Math.sqrt(2.0 * resamples), "relative error " + relative);
    }

    @Test
    void rejectsTooFewResamplesForTheLevel() {
        NumericException e = assertThrows(NumericException.class,
                () -> BootstrapMean.estimate(new double[] {1, 2, 3}, 0.999, 999, RandomStreams.create(1L)));
        assertTrue(e.getMessage().contains("for resamples, got 999"), e.getMessage());
    }
}

package hdae.numeric.saddle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.numeric.NumericException;
import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.RandomStreams;
import hdae.numeric.mc.SampleMoments;
import hdae.numeric.mc.StudentMean;
import org.junit.jupiter.api.Test;

class GoeSamplerTest {

    @Test
    void matricesAreSymmetric() {
        double[][] h = GoeSampler.of(7, RandomStreams.create(1L)).sample();
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                assertEquals(h[i][j], h[j][i], 0.0);
            }
        }
    }

    /**
     * Entry variances of hdae's GOE convention (as in Dean and Majumdar 2006): \( \mathbb{E}H_{ii}^2 = 1 \), \( \mathbb{E}H_{ij}^2 = 1/2 \),
     * \( \mathbb{E}\operatorname{tr}H^2 = N + N(N-1)/2 \). Student-t intervals, alpha = 1e-6 each.
     */
    @Test
    void entryVariancesFollowTheConvention() {
        GoeSampler sampler = GoeSampler.of(5, RandomStreams.create(2L));
        SampleMoments diagonal = new SampleMoments();
        SampleMoments offDiagonal = new SampleMoments();
        SampleMoments trace = new SampleMoments();
        double[][] h = new double[5][5];
        for (int s = 0; s < 40_000; s++) {
            sampler.sampleInto(h);
            diagonal.add(h[0][0] * h[0][0]);
            offDiagonal.add(h[3][1] * h[3][1]);
            double t = 0;
            for (double[] row : h) {
                for (double x : row) {
                    t += x * x;
                }
            }
            trace.add(t);
        }
        double confidence = 1 - 1e-6;
        Estimate d = StudentMean.estimate(diagonal, confidence);
        Estimate o = StudentMean.estimate(offDiagonal, confidence);
        Estimate t = StudentMean.estimate(trace, confidence);
        assertTrue(d.isConsistentWith(1.0), d.toString());
        assertTrue(o.isConsistentWith(0.5), o.toString());
        assertTrue(t.isConsistentWith(5 + 5 * 4 / 2.0), t.toString());
    }

    @Test
    void rejectsSizeZero() {
        NumericException e = assertThrows(NumericException.class, () -> GoeSampler.of(0, RandomStreams.create(1L)));
        assertEquals("expected size >= 1 for size, got 0", e.getMessage());
    }
}

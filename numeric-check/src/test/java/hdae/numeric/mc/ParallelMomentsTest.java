package hdae.numeric.mc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class ParallelMomentsTest {

    @Test
    void sameSeedAndChunksGiveIdenticalBits() {
        SampleMoments a = ParallelMoments.collect(UniformRandomProvider::nextDouble, 100_001, 99L, 7);
        SampleMoments b = ParallelMoments.collect(UniformRandomProvider::nextDouble, 100_001, 99L, 7);
        assertEquals(100_001, a.count());
        assertEquals(Double.doubleToLongBits(a.mean()), Double.doubleToLongBits(b.mean()));
        assertEquals(Double.doubleToLongBits(a.variance()), Double.doubleToLongBits(b.variance()));
    }

    /** The parallel result equals the sequential pass over the same jumped streams, merged in the same order. */
    @Test
    void equalsTheSequentialComputation() {
        List<UniformRandomProvider> streams = RandomStreams.independent(99L, 3);
        SampleMoments sequential = new SampleMoments();
        long[] sizes = {4, 3, 3};
        for (int j = 0; j < 3; j++) {
            SampleMoments part = new SampleMoments();
            for (long i = 0; i < sizes[j]; i++) {
                part.add(streams.get(j).nextDouble());
            }
            sequential.combine(part);
        }
        SampleMoments parallel = ParallelMoments.collect(UniformRandomProvider::nextDouble, 10, 99L, 3);
        assertEquals(sequential.mean(), parallel.mean(), 0.0);
        assertEquals(sequential.variance(), parallel.variance(), 0.0);
    }

    @Test
    void jumpedStreamsDiffer() {
        List<UniformRandomProvider> streams = RandomStreams.independent(1L, 2);
        assertNotEquals(streams.get(0).nextLong(), streams.get(1).nextLong());
    }

    /**
     * The merged mean of U(0,1) draws is consistent with 1/2 (Student-t interval, alpha = 1e-6 false-alarm rate).
     */
    @Test
    void meanOfUniformDrawsIsConsistentWithOneHalf() {
        SampleMoments m = ParallelMoments.collect(UniformRandomProvider::nextDouble, 200_000, 5L, 4);
        assertTrue(StudentMean.estimate(m, 1 - 1e-6).isConsistentWith(0.5));
    }
}

package hdae.numeric.mc;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Seeded random streams for hdae's Monte Carlo: the generator is XoRoShiRo128++ (Commons RNG
 * {@link RandomSource#XO_RO_SHI_RO_128_PP}), period \( 2^{128} - 1 \).
 *
 * <p>Independent streams for parallel work are made by jumping: stream \( j \) starts \( j \cdot 2^{64} \) steps
 * after the seeded state, so streams never overlap in any feasible run. The list depends only on the seed and
 * its length, so a parallel computation that gives stream \( j \) to chunk \( j \) and merges the chunks in
 * order is reproducible however its threads are scheduled.
 *
 * @see <a href="https://prng.di.unimi.it/">D. Blackman, S. Vigna, xoshiro / xoroshiro generators</a>
 */
public final class RandomStreams {

    private RandomStreams() {
    }

    /**
     * Creates one seeded stream.
     *
     * @param seed the seed
     * @return a XoRoShiRo128++ generator seeded with {@code seed}
     */
    public static UniformRandomProvider create(long seed) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    }

    /**
     * Creates non-overlapping streams from one seed by jumps of \( 2^{64} \) steps.
     *
     * @param seed the seed
     * @param count the number of streams, at least 1
     * @return {@code count} generators; the list is the same for the same seed and count
     */
    public static List<UniformRandomProvider> independent(long seed, int count) {
        Guard.atLeast("count", count, 1);
        JumpableUniformRandomProvider root = (JumpableUniformRandomProvider) create(seed);
        return root.jumps(count).collect(Collectors.toUnmodifiableList());
    }
}

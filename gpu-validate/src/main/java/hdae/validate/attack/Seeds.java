package hdae.validate.attack;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Random streams for attacks with a random start, one per input: seeded by the attack's seed and the input's
 * content, so an input's result does not depend on which batch or chunk it was attacked in.
 */
final class Seeds {

    private Seeds() {
    }

    /** The random stream of one row of {@code values}. */
    static UniformRandomProvider forRow(long seed, double[] values, int offset, int n) {
        long hash = 0x9E3779B97F4A7C15L;
        for (int i = offset; i < offset + n; i++) {
            hash = (hash ^ Double.doubleToLongBits(values[i])) * 0xBF58476D1CE4E5B9L;
            hash ^= hash >>> 31;
        }
        return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {seed, hash});
    }
}

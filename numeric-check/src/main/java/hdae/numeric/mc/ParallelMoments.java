package hdae.numeric.mc;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Moments of a Monte Carlo sample drawn in parallel, reproducibly.
 *
 * <p>The \( m \) draws are split into \( c \) chunks of \( \lfloor m/c \rfloor \) or \( \lceil m/c \rceil \)
 * draws; chunk \( j \) uses stream \( j \) of {@link RandomStreams#independent(long, int)}, and the chunks'
 * {@link SampleMoments} are merged in the order \( j = 0, 1, \dots, c-1 \). The result depends on the seed,
 * \( m \) and \( c \) only, not on the number of threads or their scheduling.
 */
public final class ParallelMoments {

    private ParallelMoments() {
    }

    /**
     * Draws a sample in parallel chunks and returns its moments.
     *
     * @param draw one draw of the random variable from a stream; it must use no other source of randomness
     *     and must be safe to call from several threads on different streams
     * @param samples the number \( m \) of draws, at least 1
     * @param seed the seed of the streams
     * @param chunks the number \( c \) of chunks (and streams), \( 1 \le c \le m \)
     * @return the merged moments of the \( m \) draws
     */
    public static SampleMoments collect(ToDoubleFunction<UniformRandomProvider> draw, long samples, long seed,
            int chunks) {
        Guard.notNull("draw", draw);
        Guard.atLeast("samples", samples, 1);
        Guard.between("chunks", chunks, 1, (int) Math.min(Integer.MAX_VALUE, samples));
        List<UniformRandomProvider> streams = RandomStreams.independent(seed, chunks);
        SampleMoments[] parts = IntStream.range(0, chunks).parallel().mapToObj(j -> {
            long size = samples / chunks + (j < samples % chunks ? 1 : 0);
            UniformRandomProvider rng = streams.get(j);
            SampleMoments part = new SampleMoments();
            for (long i = 0; i < size; i++) {
                part.add(draw.applyAsDouble(rng));
            }
            return part;
        }).toArray(SampleMoments[]::new);
        SampleMoments total = new SampleMoments();
        for (SampleMoments part : parts) {
            total.combine(part);
        }
        return total;
    }
}

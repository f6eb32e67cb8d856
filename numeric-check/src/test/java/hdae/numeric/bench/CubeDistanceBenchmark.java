package hdae.numeric.bench;

import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.RandomStreams;
import hdae.numeric.mc.geometry.CubeDistanceSampler;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Samples per second of {@link CubeDistanceSampler}: one operation is one draw of \( \|x - y\|^2 \) (2n uniforms) or
 * of \( \|x - c\|^2 \) (n uniforms), accumulated into a Student-t estimate.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CubeDistanceBenchmark {

    /** Samples per invocation. */
    static final int SAMPLES = 10_000;

    /** Dimension n. */
    @Param({"100", "1000"})
    public int n;

    private UniformRandomProvider rng;

    /** Seeds the stream. */
    @Setup
    public void setUp() {
        rng = RandomStreams.create(20260102L);
    }

    /**
     * Estimates \( \mathbb{E}\|x - y\|^2 \) from {@link #SAMPLES} pairs.
     *
     * @return the estimate (consumed by JMH)
     */
    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public Estimate pairSquared() {
        return CubeDistanceSampler.estimatePairSquared(n, SAMPLES, rng, 0.95);
    }

    /**
     * Estimates \( \mathbb{E}\|x - c\|^2 \) from {@link #SAMPLES} points.
     *
     * @return the estimate (consumed by JMH)
     */
    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public Estimate centreSquared() {
        return CubeDistanceSampler.estimateCentreSquared(n, SAMPLES, rng, 0.95);
    }
}

package hdae.numeric.bench;

import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.RandomStreams;
import hdae.numeric.mc.geometry.CubeShellSampler;
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
 * Samples per second of {@link CubeShellSampler}: one operation is one uniform point of \( [0,1]^n \) tested against
 * the shell. The width is the half-mass shell \( \varepsilon = (1 - 2^{-1/n})/2 \), so about half of the points
 * draw all n coordinates (the sampler stops at the first coordinate in the shell).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CubeShellBenchmark {

    /** Points per invocation; the Clopper-Pearson interval at the end costs about one point's time per 1000. */
    static final int SAMPLES = 10_000;

    /** Dimension n. */
    @Param({"100", "1000"})
    public int n;

    private double eps;
    private UniformRandomProvider rng;

    /** Seeds the stream and sets the half-mass width. */
    @Setup
    public void setUp() {
        rng = RandomStreams.create(20260101L);
        eps = -Math.expm1(Math.log(0.5) / n) / 2;
    }

    /**
     * Estimates the shell fraction from {@link #SAMPLES} points.
     *
     * @return the estimate (consumed by JMH)
     */
    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public Estimate shellFraction() {
        return CubeShellSampler.estimate(n, eps, SAMPLES, rng, 0.95);
    }
}

package hdae.numeric.bench;

import hdae.numeric.mc.RandomStreams;
import hdae.numeric.saddle.ConditionedGoeSampler;
import hdae.numeric.saddle.GoePositivity;
import hdae.numeric.saddle.GoeSampler;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * GOE matrices per second for N = 8 and N = 64: drawing only ({@link GoeSampler}), drawing plus the Commons Math 3
 * eigen-decomposition that the hit-or-miss estimator runs per matrix ({@link GoePositivity#smallestEigenvalue}),
 * and one weighted positive-definite draw of {@link ConditionedGoeSampler}. One operation is one matrix.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GoeBenchmark {

    /** Matrix size N. */
    @Param({"8", "64"})
    public int size;

    private GoeSampler sampler;
    private ConditionedGoeSampler conditioned;
    private double[][] matrix;

    /** Seeds the samplers and allocates the matrix once. */
    @Setup
    public void setUp() {
        sampler = GoeSampler.of(size, RandomStreams.create(20260103L));
        conditioned = ConditionedGoeSampler.of(size, RandomStreams.create(20260104L));
        matrix = new double[size][size];
    }

    /**
     * Draws one GOE matrix.
     *
     * @return one entry of it (consumed by JMH)
     */
    @Benchmark
    public double sample() {
        sampler.sampleInto(matrix);
        return matrix[size - 1][0];
    }

    /**
     * Draws one GOE matrix and computes its smallest eigenvalue.
     *
     * @return \( \lambda_{\min} \) (consumed by JMH)
     */
    @Benchmark
    public double sampleAndEigenvalues() {
        sampler.sampleInto(matrix);
        return GoePositivity.smallestEigenvalue(matrix);
    }

    /**
     * Draws one weighted positive-definite matrix.
     *
     * @return its importance weight (consumed by JMH)
     */
    @Benchmark
    public double conditionedWeight() {
        return conditioned.sampleInto(matrix);
    }
}

package hdae.validate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * {@link TrainingLoops} against the ND4J ops it replaces in {@link DenseTraining}, bit for bit (signs of zero and
 * NaN included), in float32 and float64: {@code addiRowVector} then {@code Transforms.relu}; {@code step} of the
 * activation multiplied into a gradient; {@code subi} of the labels; {@code sum} along the rows, whose order of
 * addition matters. Seeded
 * entries: a third \(\pm 0\) (signed by a Gaussian draw), some NaN in the ReLU input, the rest standard Gaussian; batch sizes
 * 1 (ND4J copies a single row), 2, 37, 128 (the training's) and 1000, widths 10 and 128 (MNIST's classes and
 * hidden width).
 */
class TrainingLoopsTest {

    static Stream<Arguments> shapes() {
        return Stream.of(DataType.FLOAT, DataType.DOUBLE).flatMap(type -> IntStream.of(1, 2, 37, 128, 1000)
                .boxed().flatMap(rows -> IntStream.of(10, 128).mapToObj(cols -> Arguments.of(type, rows, cols))));
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void loopsMatchNd4jOpsBitForBit(DataType type, int rows, int cols) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(31L * rows + cols);
        ContinuousSampler gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
        TrainingLoops loops = new TrainingLoops(type);
        int n = rows * cols;
        INDArray z = entries(rng, gaussian, type, rows, cols, true);
        INDArray bias = entries(rng, gaussian, type, 1, cols, false);
        INDArray g = entries(rng, gaussian, type, rows, cols, false);

        // bias and ReLU
        double[] ours = values(loops, z, n);
        loops.addBias(ours, values(loops, bias, cols), rows, cols, true);
        INDArray h = Transforms.relu(z.dup().addiRowVector(bias), false);
        assertBits(h, ours, "bias and ReLU");

        // the ReLU pattern masks a gradient
        double[] masked = values(loops, g, n);
        loops.mask(masked, ours, n);
        assertBits(g.mul(Transforms.step(h, true)), masked, "mask");

        // p - y
        double[] delta = values(loops, g, n);
        loops.crossEntropyDelta(delta, values(loops, z, n), n);
        assertBits(g.sub(z), delta, "difference");

        // bias gradient: sums along the rows
        double[] sums = new double[cols];
        loops.columnSums(masked, rows, cols, sums);
        INDArray expected = Nd4j.createUninitialized(type, cols);
        g.mul(Transforms.step(h, true)).sum(expected, 0);
        assertBits(expected, sums, "column sums");
    }

    /** Seeded entries in T: a third signed zeros, optionally a few NaN, the rest standard Gaussian. */
    private static INDArray entries(UniformRandomProvider rng, ContinuousSampler gaussian, DataType type, int rows,
                                    int cols, boolean nan) {
        double[] x = new double[rows * cols];
        for (int i = 0; i < x.length; i++) {
            double draw = gaussian.sample();
            int kind = rng.nextInt(30);
            x[i] = kind < 10 ? Math.copySign(0.0, draw) : nan && kind == 10 ? Double.NaN : draw;
        }
        return Nd4j.create(x, new long[] {rows, cols}, DataType.DOUBLE).castTo(type);
    }

    private static double[] values(TrainingLoops loops, INDArray array, int n) {
        double[] values = new double[n];
        loops.read(array.data(), 0, n, values);
        return values;
    }

    private static void assertBits(INDArray expected, double[] actual, String what) {
        double[] e = NativeArrays.toDoubles(expected);
        for (int i = 0; i < e.length; i++) {
            int at = i;
            assertEquals(Double.doubleToLongBits(e[i]), Double.doubleToLongBits(actual[i]),
                    () -> what + " at entry " + at + ": ND4J " + e[at] + ", ours " + actual[at]);
        }
    }
}

package hdae.validate.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import hdae.validate.ExceptionAssert;
import hdae.validate.ValidationException;

import org.junit.jupiter.api.Test;

class ResolutionTest {

    private static final Dataset MNIST_100 = Mnist.test().subset(0, 100);

    private static double mean(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return sum / v.length;
    }

    @Test
    void downsamplesMnistTo14And7KeepingLabels() {
        Dataset d14 = Resolution.downsample(MNIST_100, 2);
        Dataset d7 = Resolution.downsample(MNIST_100, 4);
        assertEquals(196, d14.dimension());
        assertEquals(49, d7.dimension());
        assertEquals(7, d7.height());
        assertArrayEquals(MNIST_100.labels(), d7.labels());
    }

    @Test
    void areaAverageKeepsTheMeanIntensity() {
        // the mean of block means equals the mean of all pixels; single-precision storage rounds each of the
        // 196 outputs by at most 2^-24 relative, so 1e-6 absolute (on means of order 0.1) is ample
        for (int i = 0; i < 20; i++) {
            assertEquals(mean(MNIST_100.row(i)), mean(Resolution.downsample(MNIST_100, 2).row(i)), 1e-6);
        }
    }

    @Test
    void upsamplingThenDownsamplingByTheSameFactorIsTheIdentity() {
        // replication copies a pixel f^2 times; their average is the pixel up to one rounding of
        // (f^2 * p) / f^2 in double and the final cast to float, which is exact for MNIST's k/255 floats
        qt().withFixedSeed(21L).withExamples(6).forAll(integers().between(1, 4)).checkAssert(factor -> {
            Dataset round = Resolution.downsample(Resolution.upsample(MNIST_100.subset(0, 5), factor), factor);
            for (int i = 0; i < 5; i++) {
                assertArrayEquals(MNIST_100.row(i), round.row(i), 0.0);
            }
        });
    }

    @Test
    void upsamplingMultipliesTheDimensionByFactorSquared() {
        Dataset up = Resolution.upsample(MNIST_100.subset(0, 2), 2);
        assertEquals(56, up.height());
        assertEquals(4 * 784, up.dimension());
        assertEquals(MNIST_100.row(0)[29], up.row(0)[2 * 56 + 2]);
        assertEquals(MNIST_100.row(0)[29], up.row(0)[3 * 56 + 3]);
    }

    @Test
    void rejectsAFactorThatDoesNotDivideTheSide() {
        ValidationException e = assertThrows(ValidationException.class, () -> Resolution.downsample(MNIST_100, 3));
        ExceptionAssert.messageNames("factor", e);
    }

    @Test
    void rejectsNonImageData() {
        Dataset vectors = Synthetic.gaussians(4, 10, 1, 1, 1L);
        ExceptionAssert.messageNames("images",
                assertThrows(ValidationException.class, () -> Resolution.upsample(vectors, 2)));
    }
}

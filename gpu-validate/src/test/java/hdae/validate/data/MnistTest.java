package hdae.validate.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hdae.validate.ExceptionAssert;
import hdae.validate.ValidationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** The bundled MNIST files, read from the classpath. */
class MnistTest {

    /**
     * Digit counts 0-9 of the MNIST training set (60,000 images), as published with the data set and as
     * tabulated by many loaders; their sum is 60,000.
     */
    private static final int[] TRAIN_COUNTS = {5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949};
    /** Digit counts 0-9 of the MNIST test set (10,000 images); their sum is 10,000. */
    private static final int[] TEST_COUNTS = {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009};

    @TempDir
    Path dir;

    private static int[] histogram(Dataset data) {
        int[] counts = new int[10];
        for (int i = 0; i < data.size(); i++) {
            counts[data.label(i)]++;
        }
        return counts;
    }

    @Test
    void trainingSetHasTheKnownDigitCounts() {
        Dataset train = Mnist.train();
        assertEquals(60_000, train.size());
        assertEquals(28, train.height());
        assertEquals(28, train.width());
        assertArrayEquals(TRAIN_COUNTS, histogram(train));
    }

    @Test
    void testSetHasTheKnownDigitCountsAndFirstLabels() {
        Dataset test = Mnist.test();
        assertEquals(10_000, test.size());
        assertArrayEquals(TEST_COUNTS, histogram(test));
        // the first test digits of MNIST are 7, 2, 1, 0, 4 (the well-known first row of the test set)
        assertArrayEquals(new int[] {7, 2, 1, 0, 4}, Arrays.copyOf(test.labels(), 5));
    }

    @Test
    void pixelsAreScaledToTheUnitIntervalAndReachBothEnds() {
        Dataset test = Mnist.test().subset(0, 100);
        double min = 1;
        double max = 0;
        for (int i = 0; i < test.size(); i++) {
            for (double v : test.row(i)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        // MNIST backgrounds are 0 and stroke centres are 255, so 0 and 255/255 = 1 both occur
        assertEquals(0.0, min);
        assertEquals(1.0, max);
    }

    @Test
    void readsUserSuppliedGzipFilesAndRejectsNonDigitLabels() throws IOException {
        Path images = dir.resolve("imgs.gz");
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(images)))) {
            out.writeInt(0x00000803);
            out.writeInt(1);
            out.writeInt(2);
            out.writeInt(2);
            out.write(new byte[] {0, (byte) 255, (byte) 51, 0});
        }
        Path labels = dir.resolve("labels");
        writeLabels(labels, 3);
        Dataset data = Mnist.fromFiles(images, labels, "user");
        // 51/255 = 0.2 in single precision
        assertArrayEquals(new double[] {0, 1, 51f / 255f, 0}, data.row(0));
        assertEquals(3, data.label(0));

        writeLabels(labels, 12);
        ValidationException e = assertThrows(ValidationException.class, () -> Mnist.fromFiles(images, labels, "u"));
        ExceptionAssert.messageNamesAndSays(labels.toString(), "digit labels 0-9", e);
    }

    private static void writeLabels(Path file, int label) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file); DataOutputStream out = new DataOutputStream(raw)) {
            out.writeInt(0x00000801);
            out.writeInt(1);
            out.writeByte(label);
        }
    }
}

package hdae.validate.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import hdae.validate.ExceptionAssert;
import hdae.validate.ValidationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

class NpzTest {

    @TempDir
    Path dir;

    @Test
    void headerIsTheNumpyVersionOneLayoutPaddedTo64Bytes() {
        byte[] bytes = Npz.encode(NpyArray.of(new double[][] {{1, 2, 3}, {4, 5, 6}}));
        assertEquals((byte) 0x93, bytes[0]);
        assertEquals("NUMPY", new String(bytes, 1, 5, StandardCharsets.US_ASCII));
        assertEquals(1, bytes[6]);
        assertEquals(0, bytes[7]);
        int headerLength = (bytes[8] & 0xFF) | (bytes[9] & 0xFF) << 8;
        // numpy.lib.format: magic (6) + version (2) + length (2) + header is a multiple of 64, ending in \n
        assertEquals(0, (10 + headerLength) % 64);
        String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
        assertEquals("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }", header.trim());
        assertEquals('\n', header.charAt(header.length() - 1));
        assertEquals(10 + headerLength + 6 * 8, bytes.length);
        // 1.0 little-endian: 00 00 00 00 00 00 f0 3f
        assertEquals((byte) 0x3f, bytes[10 + headerLength + 7]);
    }

    @Test
    void vectorShapeIsWrittenAsAOneTuple() {
        byte[] bytes = Npz.encode(NpyArray.of(new double[] {1, 2}));
        int headerLength = (bytes[8] & 0xFF) | (bytes[9] & 0xFF) << 8;
        String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
        assertEquals("{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }", header.trim());
    }

    @Test
    void encodeThenDecodeIsTheIdentity() {
        qt().withFixedSeed(81L).withExamples(50)
                .forAll(integers().between(0, 7), integers().between(1, 9), integers().between(0, 10_000))
                .checkAssert((rows, cols, seed) -> {
                    double[] data = new Random(seed).doubles((long) rows * cols, -1e6, 1e6).toArray();
                    NpyArray array = new NpyArray(new int[] {rows, cols}, data);
                    NpyArray back = Npz.decode(Npz.encode(array), "test");
                    assertArrayEquals(array.shape(), back.shape());
                    assertArrayEquals(array.data(), back.data(), 0.0);
                });
    }

    @Test
    void npzRoundTripKeepsNamesOrderAndValuesAndLeavesNoTemporaryFile() throws Exception {
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        arrays.put("W0", NpyArray.of(new double[][] {{1.5, -2}, {0, 1e-300}}));
        arrays.put("b0", NpyArray.of(new double[] {Double.MIN_VALUE, -0.0}));
        Path file = dir.resolve("m.npz");
        Npz.write(file, arrays);
        Map<String, NpyArray> back = Npz.read(file);
        assertEquals(arrays.keySet().stream().toList(), back.keySet().stream().toList());
        for (String name : arrays.keySet()) {
            assertArrayEquals(arrays.get(name).data(), back.get(name).data(), 0.0);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void decodeRejectsFortranOrderOtherTypesAndTruncation() {
        byte[] valid = Npz.encode(NpyArray.of(new double[] {1, 2, 3}));
        byte[] fortran = valid.clone();
        replace(fortran, "False", "True ");
        ExceptionAssert.messageNamesAndSays("t.npy", "C order",
                assertThrows(ValidationException.class, () -> Npz.decode(fortran, "t.npy")));
        byte[] complex = valid.clone();
        replace(complex, "<f8", "<c8");
        ExceptionAssert.messageNamesAndSays("t.npy", "<c8",
                assertThrows(ValidationException.class, () -> Npz.decode(complex, "t.npy")));
        byte[] cut = Arrays.copyOf(valid, valid.length - 8);
        ExceptionAssert.messageNamesAndSays("t.npy", "24 data bytes",
                assertThrows(ValidationException.class, () -> Npz.decode(cut, "t.npy")));
    }

    private static void replace(byte[] bytes, String from, String to) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(from);
        byte[] replacement = to.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(replacement, 0, bytes, at, replacement.length);
    }
}

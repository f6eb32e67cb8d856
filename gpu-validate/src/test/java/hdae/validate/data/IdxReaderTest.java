package hdae.validate.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hdae.validate.ExceptionAssert;
import hdae.validate.ValidationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/**
 * The IDX reader on hand-made files: two 2x3 images with pixels 0..11 and labels {7, 2}, small enough to
 * write every byte in the test, then broken in each way the reader must report.
 */
class IdxReaderTest {

    @TempDir
    Path dir;

    /** Header of a valid image file: magic 0x00000803, 2 images, 2 rows, 3 columns. */
    private static byte[] images(int magic, int count, int rows, int cols, int pixels) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        out.writeInt(count);
        out.writeInt(rows);
        out.writeInt(cols);
        for (int i = 0; i < pixels; i++) {
            out.writeByte(i);
        }
        return bytes.toByteArray();
    }

    private static byte[] validImages() throws IOException {
        return images(0x00000803, 2, 2, 3, 12);
    }

    private static byte[] validLabels() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0x00000801);
        out.writeInt(2);
        out.writeByte(7);
        out.writeByte(2);
        return bytes.toByteArray();
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private Path writeGzip(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
        return file;
    }

    @Test
    void readsPlainAndGzipFilesAlike() throws IOException {
        for (Path file : new Path[] {write("img", validImages()), writeGzip("img.gz", validImages())}) {
            IdxImages images = IdxReader.images(file);
            assertEquals(2, images.count());
            assertEquals(2, images.rows());
            assertEquals(3, images.columns());
            assertEquals(11, images.pixel(1, 5));
        }
        assertArrayEquals(new int[] {7, 2}, IdxReader.labels(write("lab", validLabels())));
        assertArrayEquals(new int[] {7, 2}, IdxReader.labels(writeGzip("lab.gz", validLabels())));
    }

    @Test
    void rejectsWrongMagicNamingFileAndMagic() throws IOException {
        Path file = write("bad-magic", images(0x00000903, 2, 2, 3, 12));
        ValidationException e = assertThrows(ValidationException.class, () -> IdxReader.images(file));
        ExceptionAssert.messageNamesAndSays(file.toString(), "magic number 0x00000803", e);
        ExceptionAssert.messageNamesAndSays(file.toString(), "0x00000903", e);
    }

    @Test
    void rejectsLabelFileReadAsImagesByDimensionCount() throws IOException {
        Path file = write("labels-as-images", validLabels());
        ValidationException e = assertThrows(ValidationException.class, () -> IdxReader.images(file));
        ExceptionAssert.messageNamesAndSays(file.toString(), "1 dimension", e);
    }

    @Test
    void rejectsTruncatedPayloadWithExpectedAndFoundByteCounts() throws IOException {
        byte[] valid = validImages();
        Path file = write("truncated", Arrays.copyOf(valid, valid.length - 5));
        ValidationException e = assertThrows(ValidationException.class, () -> IdxReader.images(file));
        ExceptionAssert.messageNamesAndSays(file.toString(), "12 payload bytes", e);
        ExceptionAssert.messageNamesAndSays(file.toString(), "got 7 bytes (file truncated)", e);
    }

    @Test
    void rejectsTruncatedGzipStreamAsTruncatedOrBrokenGzip() throws IOException {
        Path whole = writeGzip("whole.gz", validImages());
        byte[] gz = Files.readAllBytes(whole);
        Path file = write("cut.gz", Arrays.copyOf(gz, gz.length - 12));
        // a gzip stream cut before its trailer ends early: the reader reports it as truncated or as bad gzip
        ValidationException e = assertThrows(ValidationException.class, () -> IdxReader.images(file));
        ExceptionAssert.messageNames(file.toString(), e);
    }

    @Test
    void rejectsTruncatedHeader() throws IOException {
        Path file = write("short-header", Arrays.copyOf(validImages(), 9));
        ValidationException e = assertThrows(ValidationException.class, () -> IdxReader.images(file));
        ExceptionAssert.messageNamesAndSays(file.toString(), "header truncated", e);
    }

    @Test
    void rejectsTrailingBytesAfterThePayload() throws IOException {
        byte[] valid = validImages();
        Path file = write("trailing", Arrays.copyOf(valid, valid.length + 3));
        ValidationException e = assertThrows(ValidationException.class, () -> IdxReader.images(file));
        ExceptionAssert.messageNamesAndSays(file.toString(), "extra bytes", e);
    }

    @Test
    void rejectsZeroAndOversizedCounts() throws IOException {
        Path zero = write("zero", images(0x00000803, 0, 2, 3, 0));
        ExceptionAssert.messageNamesAndSays(zero.toString(), "image count",
                assertThrows(ValidationException.class, () -> IdxReader.images(zero)));
        Path huge = write("huge-side", images(0x00000803, 1, 1 << 20, 3, 0));
        ExceptionAssert.messageNamesAndSays(huge.toString(), "row count",
                assertThrows(ValidationException.class, () -> IdxReader.images(huge)));
    }

    @Test
    void rejectsBrokenGzipBody() throws IOException {
        byte[] gz = Files.readAllBytes(writeGzip("ok.gz", validImages()));
        for (int i = 10; i < gz.length - 8; i++) {
            gz[i] = (byte) 0xFF;
        }
        Path file = write("broken.gz", gz);
        ExceptionAssert.messageNames(file.toString(),
                assertThrows(ValidationException.class, () -> IdxReader.images(file)));
    }

    @Test
    void rejectsMissingFileNamingIt() {
        Path file = dir.resolve("absent");
        ExceptionAssert.messageNamesAndSays(file.toString(), "no such file",
                assertThrows(ValidationException.class, () -> IdxReader.labels(file)));
    }
}

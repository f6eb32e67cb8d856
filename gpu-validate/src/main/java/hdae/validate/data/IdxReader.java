package hdae.validate.data;

import hdae.validate.ValidationException;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A strict reader of the IDX format of MNIST (unsigned-byte data only), plain or gzip-compressed.
 *
 * <p>An IDX file is a big-endian header, magic \(\mathtt{0x0000\,08\,d}\) (type 08 = unsigned byte,
 * \(d\) = number of dimensions), then \(d\) dimension sizes as 32-bit integers, then
 * \(\prod_i \mathrm{size}_i\) bytes and nothing more. Every deviation (wrong magic, wrong type or dimension
 * count, a size out of range, a truncated payload, trailing bytes, a broken gzip stream) is a
 * {@link ValidationException} naming the file and what is wrong.
 *
 * @see <a href="http://yann.lecun.com/exdb/mnist/">The MNIST database, file format section</a>
 */
public final class IdxReader {

    /** Type code for unsigned bytes, the third byte of the magic number. */
    private static final int TYPE_UNSIGNED_BYTE = 0x08;
    /** Largest image side accepted, far above MNIST's 28; guards against allocating from a corrupt header. */
    private static final int MAX_SIDE = 4096;
    /** Largest item count accepted; guards against allocating from a corrupt header. */
    private static final int MAX_COUNT = 10_000_000;

    private IdxReader() {
    }

    /**
     * Reads an IDX label file (one dimension) from disk; a {@code .gz} file (recognised by its content)
     * is decompressed.
     *
     * @param file the file
     * @return the labels, each in [0, 255]
     */
    public static int[] labels(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return labels(in, file.toString());
        } catch (NoSuchFileException e) {
            throw ValidationException.expected("an existing IDX label file", "file " + file, "no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Reads an IDX label file from a stream, plain or gzip.
     *
     * @param in     the stream; not closed
     * @param source the file or resource name used in error messages
     * @return the labels, each in [0, 255]
     */
    public static int[] labels(InputStream in, String source) {
        try {
            DataInputStream data = open(in, source);
            readMagic(data, source, 1, "label");
            int count = readSize(data, source, "item count", MAX_COUNT);
            byte[] bytes = readPayload(data, source, count, String.format(Locale.ROOT, "%d labels", count));
            expectEnd(data, source, 8L + count);
            int[] labels = new int[count];
            for (int i = 0; i < count; i++) {
                labels[i] = bytes[i] & 0xFF;
            }
            return labels;
        } catch (ZipException e) {
            throw ValidationException.expected("a valid gzip stream", "file " + source, e.getMessage(), e);
        } catch (EOFException e) {
            // only the gzip inflater throws this here; plain streams report truncation through read() == -1
            throw ValidationException.expected("a complete gzip stream", "file " + source,
                    "end of compressed data (file truncated)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /**
     * Reads an IDX image file (three dimensions) from disk; a gzip file is decompressed.
     *
     * @param file the file
     * @return the images
     */
    public static IdxImages images(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return images(in, file.toString());
        } catch (NoSuchFileException e) {
            throw ValidationException.expected("an existing IDX image file", "file " + file, "no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Reads an IDX image file from a stream, plain or gzip.
     *
     * @param in     the stream; not closed
     * @param source the file or resource name used in error messages
     * @return the images
     */
    public static IdxImages images(InputStream in, String source) {
        try {
            DataInputStream data = open(in, source);
            readMagic(data, source, 3, "image");
            int count = readSize(data, source, "image count", MAX_COUNT);
            int rows = readSize(data, source, "row count", MAX_SIDE);
            int columns = readSize(data, source, "column count", MAX_SIDE);
            long total = (long) count * rows * columns;
            if (!(total <= Integer.MAX_VALUE - 16)) {
                throw ValidationException.expected("at most " + (Integer.MAX_VALUE - 16) + " pixels in total",
                        "file " + source, total + " (" + count + " images of " + rows + "x" + columns + ")");
            }
            byte[] pixels = readPayload(data, source, (int) total, String.format(Locale.ROOT,
                    "%d images of %dx%d", count, rows, columns));
            expectEnd(data, source, 16L + total);
            return new IdxImages(source, count, rows, columns, pixels);
        } catch (ZipException e) {
            throw ValidationException.expected("a valid gzip stream", "file " + source, e.getMessage(), e);
        } catch (EOFException e) {
            // only the gzip inflater throws this here; plain streams report truncation through read() == -1
            throw ValidationException.expected("a complete gzip stream", "file " + source,
                    "end of compressed data (file truncated)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /** Wraps the stream, decompressing when it starts with the gzip magic bytes 1f 8b. */
    private static DataInputStream open(InputStream in, String source) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(2);
        int b0 = buffered.read();
        int b1 = buffered.read();
        buffered.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            return new DataInputStream(new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16));
        }
        return new DataInputStream(buffered);
    }

    private static void readMagic(DataInputStream data, String source, int expectedDimensions, String kind)
            throws IOException {
        int magic = readHeaderInt(data, source, "the 4-byte magic number");
        int expected = (TYPE_UNSIGNED_BYTE << 8) | expectedDimensions;
        if (magic != expected) {
            String detail = describeMagic(magic);
            throw ValidationException.expected(String.format(Locale.ROOT,
                            "IDX %s magic number 0x%08x (unsigned bytes, %d dimension%s)", kind, expected,
                            expectedDimensions, expectedDimensions == 1 ? "" : "s"), "file " + source,
                    String.format(Locale.ROOT, "0x%08x (%s)", magic, detail));
        }

    }

    private static String describeMagic(int magic) {
        if ((magic >>> 16) != 0) {
            return "not an IDX file: the first two bytes must be zero";
        }
        int type = (magic >>> 8) & 0xFF;
        int dimensions = magic & 0xFF;
        return String.format(Locale.ROOT, "type code 0x%02x, %d dimension%s", type, dimensions,
                dimensions == 1 ? "" : "s");
    }

    private static int readSize(DataInputStream data, String source, String what, int max) throws IOException {
        int size = readHeaderInt(data, source, "the " + what);
        if (!(size >= 1 && size <= max)) {
            throw ValidationException.expected(what + " in [1, " + max + "]", "file " + source,
                    Integer.toUnsignedString(size));
        }
        return size;
    }

    private static int readHeaderInt(DataInputStream data, String source, String what) throws IOException {
        try {
            return data.readInt();
        } catch (EOFException e) {
            throw ValidationException.expected(what + " in the header", "file " + source,
                    "end of file (header truncated)", e);
        }
    }

    private static byte[] readPayload(DataInputStream data, String source, int length, String what)
            throws IOException {
        byte[] payload = new byte[length];
        int read = 0;
        while (read < length) {
            int n = data.read(payload, read, length - read);
            if (n < 0) {
                throw ValidationException.expected(String.format(Locale.ROOT, "%d payload bytes (%s)", length, what),
                        "file " + source, read + " bytes (file truncated)");
            }
            read += n;
        }
        return payload;
    }

    private static void expectEnd(DataInputStream data, String source, long expectedTotal) throws IOException {
        if (data.read() != -1) {
            throw ValidationException.expected("end of data after " + expectedTotal + " bytes", "file " + source,
                    "extra bytes (header sizes do not match the content)");
        }
    }
}

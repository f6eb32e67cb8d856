package hdae.validate.export;

import hdae.validate.ValidationException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * NumPy's {@code .npz} container: a zip archive of {@code <name>.npy} files, as written by
 * {@code numpy.savez_compressed} and read by {@code numpy.load}. Each {@code .npy} here is format version
 * 1.0: the magic {@code \x93NUMPY}, bytes 1 and 0, a little-endian uint16 header length, an ASCII header
 * {@code {'descr': '<f8', 'fortran_order': False, 'shape': (...), }} padded with spaces and a newline to a
 * multiple of 64 bytes, then the float64 little-endian data in C order. Reading accepts {@code <f8} and
 * {@code <f4}, C order.
 *
 * @see <a href="https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html">numpy.lib.format</a>
 */
public final class Npz {

    /** The six magic bytes of a .npy file. */
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** Header dictionary fields, in the order NumPy writes them. */
    private static final Pattern HEADER = Pattern.compile("\\{\\s*'descr':\\s*'([<>|=]?[a-z]\\d+)',"
            + "\\s*'fortran_order':\\s*(True|False)\\s*,\\s*'shape':\\s*\\(([^)]*)\\),?\\s*}\\s*");

    private Npz() {
    }

    /**
     * Writes arrays to an {@code .npz} file atomically: a temporary file in the same folder, renamed over the
     * target with {@link StandardCopyOption#ATOMIC_MOVE}.
     *
     * @param file   the target
     * @param arrays name to array, in the order to write; names are letters, digits and underscores
     */
    public static void write(Path file, Map<String, NpyArray> arrays) {
        Path directory = file.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, file.getFileName().toString() + ".", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.TRUNCATE_EXISTING);
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, NpyArray> entry : arrays.entrySet()) {
                    if (!entry.getKey().matches("[A-Za-z0-9_]+")) {
                        throw ValidationException.expected("a name of letters, digits and underscores", "array name",
                                entry.getKey());
                    }
                    zip.putNextEntry(new ZipEntry(entry.getKey() + ".npy"));
                    zip.write(encode(entry.getValue()));
                    zip.closeEntry();
                }
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    System.err.println("hdae: cannot delete temporary file " + temporary + ": " + e.getMessage());
                }
            }
        }
    }

    /**
     * Reads every array of an {@code .npz} file.
     *
     * @param file the file
     * @return name (without {@code .npy}) to array, in archive order
     */
    public static Map<String, NpyArray> read(Path file) {
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (!name.endsWith(".npy")) {
                    throw ValidationException.expected("only .npy entries", "file " + file, name);
                }
                arrays.put(name.substring(0, name.length() - 4), decode(zip.readAllBytes(), file + ":" + name));
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw ValidationException.expected("a readable .npz file", "file " + file, "no such file", e);
        } catch (IOException e) {
            // a truncated or corrupt archive (ZipException: unexpected EOF, invalid entry size, ...)
            throw ValidationException.expected("a complete .npz (zip) archive", "file " + file,
                    e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        if (arrays.isEmpty()) {
            throw ValidationException.expected("at least one array (a zip of .npy files)", "file " + file, "none");
        }
        return arrays;
    }

    /**
     * Encodes one array as a version 1.0 {@code .npy} file, float64 little-endian, C order.
     *
     * @param array the array
     * @return the bytes of the file
     */
    public static byte[] encode(NpyArray array) {
        StringBuilder shape = new StringBuilder();
        for (int d : array.shape()) {
            shape.append(d).append(", ");
        }
        String dims = array.shape().length == 1 ? shape.substring(0, shape.length() - 1)
                : array.shape().length == 0 ? "" : shape.substring(0, shape.length() - 2);
        String dictionary = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + dims + "), }";
        int unpadded = MAGIC.length + 2 + 2 + dictionary.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String header = dictionary + " ".repeat(padding) + "\n";
        ByteBuffer buffer = ByteBuffer.allocate(MAGIC.length + 4 + header.length() + 8 * array.data().length)
                .order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
        buffer.put(header.getBytes(StandardCharsets.US_ASCII));
        for (double value : array.data()) {
            buffer.putDouble(value);
        }
        return buffer.array();
    }

    /**
     * Decodes a {@code .npy} file (versions 1.0-3.0; dtype {@code <f8}, {@code <f4}, {@code <i8}, {@code <i4} or
     * {@code |u1}; C order).
     *
     * @param bytes  the file content
     * @param source name used in error messages
     * @return the array, as float64
     */
    public static NpyArray decode(byte[] bytes, String source) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 10 || !Arrays.equals(Arrays.copyOf(bytes, 6), MAGIC)) {
            throw ValidationException.expected("the .npy magic \\x93NUMPY", source, "other bytes");
        }
        int major = bytes[6];
        int headerLength;
        int offset;
        if (major == 1) {
            headerLength = buffer.getShort(8) & 0xFFFF;
            offset = 10;
        } else if (major == 2 || major == 3) {
            headerLength = buffer.getInt(8);
            offset = 12;
        } else {
            throw ValidationException.expected(".npy format version 1, 2 or 3", source, major);
        }
        if (!(headerLength >= 0 && offset + headerLength <= bytes.length)) {
            throw ValidationException.expected("a header inside the file", source, "header length " + headerLength);
        }
        String header = new String(bytes, offset, headerLength, StandardCharsets.ISO_8859_1);
        Matcher matcher = HEADER.matcher(header);
        if (!matcher.matches()) {
            throw ValidationException.expected("a header {'descr', 'fortran_order', 'shape'}", source, header.trim());
        }
        String descr = matcher.group(1);
        if (matcher.group(2).equals("True")) {
            throw ValidationException.expected("C order (fortran_order False)", source, "fortran_order True");
        }
        int[] shape = Arrays.stream(matcher.group(3).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .mapToInt(Integer::parseInt).toArray();
        long count = 1;
        for (int d : shape) {
            count *= d;
        }
        int width = switch (descr) {
            case "<f8", "<i8" -> 8;
            case "<f4", "<i4" -> 4;
            case "|u1", "<u1" -> 1;
            default -> throw ValidationException.expected("dtype <f8, <f4, <i8, <i4 or |u1", source, descr);
        };
        int dataStart = offset + headerLength;
        if (bytes.length - (long) dataStart != count * width) {
            throw ValidationException.expected(String.format(Locale.ROOT, "%d data bytes for shape %s", count * width,
                    Arrays.toString(shape)), source, bytes.length - dataStart);
        }
        double[] data = new double[(int) count];
        for (int i = 0; i < data.length; i++) {
            data[i] = switch (descr) {
                case "<f8" -> buffer.getDouble(dataStart + 8 * i);
                case "<f4" -> buffer.getFloat(dataStart + 4 * i);
                // integers beyond 2^53 would lose digits as doubles; labels and pixel values never come near
                case "<i8" -> (double) buffer.getLong(dataStart + 8 * i);
                case "<i4" -> buffer.getInt(dataStart + 4 * i);
                default -> buffer.get(dataStart + i) & 0xFF;
            };
        }
        return new NpyArray(shape, data);
    }
}

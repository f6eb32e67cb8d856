package hdae.validate.census;

import hdae.validate.ValidationException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file atomically: the bytes go to a temporary file in the same folder, which is then moved over the
 * target, so a reader never sees a half-written census.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes text as UTF-8.
     *
     * @param target the file
     * @param text the content
     */
    public static void writeString(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A temporary file is created owner-only (rw-------); a report should read like any other file (rw-r--r--). */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep its default permissions
            return;
        }
    }

    /**
     * Writes bytes.
     *
     * @param target the file (its folder is created when missing)
     * @param bytes the content
     */
    public static void write(Path target, byte[] bytes) {
        Path absolute = target.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
            Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
            try {
                Files.write(temp, bytes);
                readableByAll(temp);
                try {
                    Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw ValidationException.expected("a writable file", "output", absolute, e);
        }
    }
}

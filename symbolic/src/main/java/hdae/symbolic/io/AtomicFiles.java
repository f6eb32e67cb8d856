package hdae.symbolic.io;

import hdae.symbolic.SymbolicException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes result files atomically: the bytes go to a temporary file in the same folder, which is then moved
 * over the target, so a reader (or an interrupted run) never sees half a file. Every hdae module that
 * writes results (LaTeX, reports, census, validation tables) uses this one class.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes text as UTF-8. */
    public static void writeString(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes bytes, creating the folder when missing.
     *
     * @throws SymbolicException naming the file and the reason when it cannot be written
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
            throw SymbolicException.expected("a writable file", "output", absolute + " (" + e.getMessage() + ")");
        }
    }

    /** A temporary file is created owner-only (rw-------); a result should read like any other file (rw-r--r--). */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its default permissions stay
            return;
        }
    }
}

package hdae.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The output folder of a command, checked before the work and written as a set. {@link #open} runs first: it
 * refuses a path that is a file, and creates a hidden staging folder next to the output (in the output folder
 * when it exists, else in its nearest existing ancestor), which proves that the place can be written to. The
 * command writes its files into {@link #staging()}; {@link #commit()} then checks that no target is a folder
 * and moves every file into place, so that a command that fails part-way leaves the previous set untouched.
 * {@link #close()} removes the staging folder in every case.
 */
final class OutputFolder implements AutoCloseable {
    private final Path target;
    private final Path staging;

    private OutputFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * Checks that {@code dir} can be created and written, before any work.
     *
     * @throws IllegalArgumentException (exit code 2) naming the folder and the reason
     */
    static OutputFolder open(Path dir, String option) {
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new IllegalArgumentException("expected a folder for " + option + ", got " + dir + " (a file)");
        }
        Path existing = target;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new IllegalArgumentException("expected a folder that can be created for " + option + ", got " + dir
                    + (existing == null ? "" : " (" + existing + " is a file)"));
        }
        try {
            return new OutputFolder(target, Files.createTempDirectory(existing, ".hdae-staging-"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            throw new IllegalArgumentException("expected a writable folder for " + option + ", got " + dir
                    + " (cannot write in " + existing + ": " + e.getMessage() + ")");
        }
    }

    /** The folder the output will have after {@link #commit()}. */
    Path target() {
        return target;
    }

    /** Where the command writes its files, with the same relative names they will have in the target. */
    Path staging() {
        return staging;
    }

    /**
     * Moves the staged files into the target folder (replacing files of the same name; other files there stay).
     * Every target is checked first, so a conflict (a folder where a file goes) moves nothing.
     *
     * @return the relative names written
     */
    List<Path> commit() {
        List<Path> files;
        try (Stream<Path> s = Files.walk(staging)) {
            files = s.filter(Files::isRegularFile).map(staging::relativize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the staged output in " + staging + ": " + e.getMessage(), e);
        }
        for (Path f : files) {
            Path to = target.resolve(f);
            for (Path p = to; p != null && p.startsWith(target); p = p.getParent()) {
                boolean file = p.equals(to);
                if (file ? Files.isDirectory(to) : Files.exists(p) && !Files.isDirectory(p)) {
                    throw new IllegalArgumentException("cannot write " + to + ": " + p + (file ? " is a folder" : " is a file")
                            + "; nothing was written");
                }
            }
        }
        List<Path> moved = new ArrayList<>();
        try {
            for (Path f : files) {
                Path to = target.resolve(f);
                Files.createDirectories(to.getParent());
                Path from = staging.resolve(f);
                readableByAll(from);
                try {
                    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                    Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
                moved.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + " (" + moved.size() + " of " + files.size()
                    + " files moved into place): " + e.getMessage(), e);
        }
        return moved;
    }

    /** A staged file is created owner-only when it is a temporary file; a result should read like any other file. */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its default permissions stay
            return;
        }
    }

    /** Removes the staging folder and whatever is left in it. */
    @Override
    public void close() {
        try (Stream<Path> s = Files.walk(staging)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort: a hidden staging folder left behind holds no result
            return;
        }
    }
}

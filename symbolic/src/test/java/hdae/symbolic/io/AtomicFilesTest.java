package hdae.symbolic.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.symbolic.SymbolicException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Result files are written whole, readable by all, and leave no temporary file behind. */
class AtomicFilesTest {
    @Test
    void writesCreatesFoldersAndReplaces(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a/b/out.md");
        AtomicFiles.writeString(f, "first");
        AtomicFiles.writeString(f, "second");
        assertEquals("second", Files.readString(f));
        try (var files = Files.list(f.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left");
        }
    }

    @Test
    void resultIsReadableByOthers(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("report.md");
        AtomicFiles.writeString(f, "x");
        assertTrue(Files.getPosixFilePermissions(f).contains(PosixFilePermission.OTHERS_READ),
                "a temporary file is owner-only; the result must not be");
    }

    @Test
    void unwritableTargetNamesTheFile(@TempDir Path dir) throws IOException {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "a file where a folder is needed");
        SymbolicException e = assertThrows(SymbolicException.class,
                () -> AtomicFiles.writeString(blocker.resolve("out.md"), "x"));
        assertTrue(e.getMessage().contains(blocker.resolve("out.md").toString()), e.getMessage());
    }
}

package hdae.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Without --validation the tables come from docs/validation of the working folder, else of the installation named by
 * the launcher (system property hdae.home), so that a run from outside the repository keeps its measured values.
 * The tests run in the module folder cli/, which has no docs/validation; the repository root has one.
 */
class ValidationOptionTest {

    @Test
    void aRunOutsideTheRepositoryFindsTheInstallationsTables() {
        assertTrue(!Files.isDirectory(Path.of("docs", "validation")), "the module folder has no docs/validation");
        String saved = System.getProperty(ValidationOption.HOME);
        try {
            System.clearProperty(ValidationOption.HOME);
            assertEquals(Path.of("docs", "validation"), ValidationOption.defaultFolder());
            Path root = Path.of("..").toAbsolutePath().normalize();
            System.setProperty(ValidationOption.HOME, root.toString());
            assertEquals(root.resolve("docs").resolve("validation"), ValidationOption.defaultFolder());
            assertTrue(Files.isDirectory(ValidationOption.defaultFolder()));
        } finally {
            if (saved == null) {
                System.clearProperty(ValidationOption.HOME);
            } else {
                System.setProperty(ValidationOption.HOME, saved);
            }
        }
    }
}

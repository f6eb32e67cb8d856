package hdae.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks, before any long work, that a command's output folder can be created and written. */
final class OutputFolder {

    private OutputFolder() {
    }

    /**
     * @param folder the output folder (created if missing)
     * @param option the option that named it, for the message
     * @throws IllegalArgumentException with one line naming the folder, if it cannot be written
     */
    static void requireWritable(Path folder, String option) {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".hdae-write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException("cannot write " + option + " " + folder + ": " + e.getClass()
                    .getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(
                            java.util.Locale.ROOT) + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        }
    }
}

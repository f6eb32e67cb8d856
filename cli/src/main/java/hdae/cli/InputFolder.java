package hdae.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Folders named by options as inputs: one that is given must exist, so that a typo is an error, not "nothing found". */
final class InputFolder {
    private InputFolder() {
    }

    /**
     * The folder given with {@code option}, checked; empty when the option was not given (null).
     *
     * @throws IllegalArgumentException (exit code 2) when it does not exist or is not a folder
     */
    static Optional<Path> require(Path given, String option) {
        if (given == null) {
            return Optional.empty();
        }
        if (!Files.isDirectory(given)) {
            throw new IllegalArgumentException("expected an existing folder for " + option + ", got " + given
                    + (Files.exists(given) ? " (a file)" : " (no such folder)"));
        }
        return Optional.of(given);
    }
}

package hdae.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --validation} option of the commands that show measured values (a picocli mixin). */
final class ValidationOption {
    /** Where hdae validate writes its tables by default. */
    static final Path DEFAULT = Path.of("docs", "validation");

    @Option(names = "--validation", paramLabel = "DIR",
            description = "where hdae validate wrote its tables, read for the measured values (default:"
                    + " docs/validation; a folder given here must exist)")
    private Path dir;

    /** The folder read: the one given, or the default. */
    Path dir() {
        return dir == null ? DEFAULT : dir;
    }

    /**
     * @return the tables found (none when the default folder is missing)
     * @throws IllegalArgumentException when a folder given with --validation does not exist (exit code 2)
     */
    ValidationResults load() {
        return ValidationResults.load(InputFolder.require(dir, "--validation").orElse(DEFAULT));
    }
}

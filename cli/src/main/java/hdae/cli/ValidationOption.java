package hdae.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --validation} option of the commands that show measured values (a picocli mixin). */
final class ValidationOption {
    @Option(names = "--validation", paramLabel = "DIR", defaultValue = "docs/validation",
            description = "where hdae validate wrote its tables, read for the measured values (default:"
                    + " ${DEFAULT-VALUE})")
    private Path dir;

    /** @return the tables found there (none when the folder is missing) */
    ValidationResults load() {
        return ValidationResults.load(dir);
    }
}

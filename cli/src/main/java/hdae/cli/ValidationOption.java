package hdae.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --validation} option of the commands that show measured values (a picocli mixin). Without it the
 * tables are read from docs/validation in the working folder, else from docs/validation of the hdae installation
 * (the system property {@code hdae.home}, set by the launcher), so that a run from outside the repository still
 * finds them; when neither exists, one line on standard error says that the measured values are left out.
 */
final class ValidationOption {
    /** The system property naming the hdae installation (the repository root), set by the launcher. */
    static final String HOME = "hdae.home";
    private static final Path DEFAULT = Path.of("docs", "validation");

    @Option(names = "--validation", paramLabel = "DIR",
            description = "where hdae validate wrote its tables, read for the measured values (default: docs/validation"
                    + " in the working folder, else in the hdae installation)")
    private Path dir;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /** @return the tables found (none, with one line on standard error, when the default folders are missing) */
    ValidationResults load() {
        if (dir != null) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("expected a folder of validation tables for --validation, got "
                        + dir);
            }
            return ValidationResults.load(dir);
        }
        Path found = defaultFolder();
        if (!Files.isDirectory(found)) {
            command.commandLine().getErr().println("hdae: no validation tables in " + found.toAbsolutePath()
                    + ": measured values are left out (give --validation DIR)");
        }
        return ValidationResults.load(found);
    }

    /** docs/validation of the working folder if present, else of the installation named by {@value #HOME}. */
    static Path defaultFolder() {
        String home = System.getProperty(HOME);
        if (Files.isDirectory(DEFAULT) || home == null) {
            return DEFAULT;
        }
        return Path.of(home).resolve(DEFAULT);
    }
}

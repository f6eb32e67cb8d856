package hdae.cli;

import hdae.proofs.check.CheckSettings;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The {@code --cas-timeout} option of the commands that check derivations (a picocli mixin). */
final class CasTimeoutOption {
    @Option(names = "--cas-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "time limit of one CAS call, in CPU time of the CAS thread, with at most 4 times as much"
                    + " wall time (default: ${DEFAULT-VALUE})")
    private int seconds;

    /** The checker's default settings with this time limit; a limit outside 1..3600 s is bad input. */
    CheckSettings settings() {
        if (!(seconds > 0 && seconds <= 3600)) {
            throw new IllegalArgumentException("expected 1 to 3600 for --cas-timeout, got " + seconds);
        }
        return CheckSettings.DEFAULT.withCasLimit(Duration.ofSeconds(seconds));
    }

    /** The limit as given, for a command line that repeats it. */
    String seconds() {
        return Integer.toString(seconds);
    }
}

package hdae.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Every command's help wraps its description between words: each word of the description stands whole in the
 * help (none is cut, as {@code DIR/hdae.bib} once was into {@code DIR/hdae.} and {@code bib} at the end of a
 * line), and the exit codes are listed.
 */
class HelpTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"check", "latex", "audit", "census", "report", "bench", "measure", "validate"})
    void descriptionWordsAreNeverCut(String command) {
        HdaeTest.Run r = HdaeTest.run(command, "--help");
        assertEquals(Hdae.OK, r.code(), r.err());
        Set<String> printed = Arrays.stream(r.out().split("\\s+")).collect(Collectors.toSet());
        String[] source = new CommandLine(new Hdae()).getSubcommands().get(command).getCommandSpec().usageMessage()
                .description();
        for (String word : String.join(" ", source).split("\\s+")) {
            assertTrue(word.isEmpty() || printed.contains(word), command + ": '" + word + "' is cut in\n" + r.out());
        }
        assertTrue(r.out().contains("Exit codes:"), r.out());
    }
}

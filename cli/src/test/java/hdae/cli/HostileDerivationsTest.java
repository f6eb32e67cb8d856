package hdae.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault-injection suite: hostile derivation files (undefined operations, huge integers, deep nesting, sandbox
 * escapes, Unicode and NUL bytes) under {@code hostile/}, each with the exit code and the first line of the message
 * that {@code hdae check} must give, from {@code hostile/cases.tsv}. For exit code 2 the message is the one line on
 * standard error (it must contain the expected text, and no raw control character); otherwise it is
 * {@code VERDICT: detail} of the step (it must start with the expected text). No case may print a stack trace.
 */
class HostileDerivationsTest {
    /** A short CAS limit: every case must come back within it anyway. */
    private static final String CAS_TIMEOUT = "3";

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = HostileDerivationsTest.class.getResourceAsStream("hostile/cases.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 3);
                out.add(Arguments.of(f[0], Integer.parseInt(f[1]), f[2]));
            }
        }
        assertTrue(out.size() >= 40, "at least 40 hostile files, found " + out.size());
        return out.stream();
    }

    private static Path file(String name) {
        try {
            return Path.of(HostileDerivationsTest.class.getResource("hostile/" + name + ".deriv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}: exit {1}, {2}")
    @MethodSource("cases")
    void eachHostileFileGetsItsDocumentedAnswer(String name, int exit, String message) throws IOException {
        Path f = file(name);
        assertTrue(Files.isRegularFile(f), f.toString());
        HdaeTest.Run r = HdaeTest.run("check", "--json", "--cas-timeout", CAS_TIMEOUT, f.toString());
        assertFalse((r.out() + r.err()).contains("\tat ") || r.err().contains("Exception"), "no stack trace: " + r.err());
        assertEquals(exit, r.code(), () -> name + ": " + r.err() + r.out());
        if (exit == Hdae.BAD_INPUT) {
            String line = r.err().strip();
            assertEquals(1, line.lines().count(), line);
            assertTrue(line.startsWith("hdae: " + f + ":"), "names the file: " + line);
            assertTrue(line.contains(message), () -> "expected '" + message + "' in: " + line);
            assertTrue(line.chars().noneMatch(c -> Character.isISOControl(c) || c == 0x202E || c == 0xFEFF),
                    "control characters are escaped: " + line);
        } else {
            JsonNode step = new ObjectMapper().readTree(r.out()).get("steps").get(0);
            String line = step.get("verdict").asText() + ": " + step.get("detail").asText().lines().findFirst().orElse("");
            assertTrue(line.startsWith(message), () -> "expected '" + message + "...', got: " + line);
        }
    }

    @org.junit.jupiter.api.Test
    void aFileBeyondTheSizeLimitIsRefusedBeforeReading(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.deriv");
        Files.writeString(big, "# " + "x".repeat(hdae.proofs.format.DerivationParser.MAX_CHARS) + "\n");
        HdaeTest.Run r = HdaeTest.run("check", big.toString());
        assertEquals(Hdae.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith("hdae: " + big + ":1:1: expected a file of at most 1048576 bytes"), r.err());
    }
}

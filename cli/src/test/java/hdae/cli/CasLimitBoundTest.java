package hdae.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hdae.symbolic.cas.Cas;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The time limit is a correctness bound: a check of input that makes Symja compute huge integers finishes
 * within the worst case of one CAS call with the --cas-timeout limit ({@link Cas#worstCase(Duration)}: the limit
 * counts the CAS thread's CPU time, capped at 4 times as much wall time, plus two stop graces) and {@value
 * #COMMAND_SECONDS} s for the command's own work, once Symja has started in the JVM (its first start loads its
 * rules, seconds that no limit covers). The tower 10^10^10 and the factorial are refused by Symja's integer-size limit; the binomial
 * C(10^12, 10^6), which Symja builds factor by factor without looking at interruption (about 90 s), is stopped.
 * Whole command, not just the step: parsing, the checker's start and the verdict are inside the bound.
 */
class CasLimitBoundTest {
    private static final int LIMIT_SECONDS = 3;
    /** Parsing, the checker's start, the verdict and the JSON, outside the CAS call. */
    private static final int COMMAND_SECONDS = 2;

    private static Path hostile(String name) throws URISyntaxException {
        return Path.of(CasLimitBoundTest.class.getResource("hostile/" + name + ".deriv").toURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tower-of-powers", "factorial-equality", "binomial-equality"})
    void hugeIntegerChecksFinishWithinTheWorstCaseOfTheLimit(String name, @TempDir Path dir) throws Exception {
        Path warm = dir.resolve("holds.deriv");
        Files.writeString(warm, HdaeTest.HOLDS);
        assertEquals(Hdae.OK, HdaeTest.run("check", "--cas-timeout", "" + LIMIT_SECONDS, warm.toString()).code());

        long start = System.nanoTime();
        HdaeTest.Run r = HdaeTest.run("check", "--json", "--cas-timeout", "" + LIMIT_SECONDS, hostile(name).toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(Hdae.NOT_ALL_HOLD, r.code(), r.err());
        JsonNode step = json(r).get("steps").get(0);
        assertEquals("UNKNOWN", step.get("verdict").asText(), step.toString());
        double bound = Cas.worstCase(Duration.ofSeconds(LIMIT_SECONDS)).toMillis() / 1e3 + COMMAND_SECONDS;
        assertTrue(seconds < bound, name + " took " + seconds + " s with --cas-timeout " + LIMIT_SECONDS + ", bound "
                + bound + " s");
        long workers = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("hdae-symja-")).count();
        assertTrue(workers == 0, "a Symja worker outlived its command: " + workers);
    }

    private static JsonNode json(HdaeTest.Run r) throws IOException {
        return new ObjectMapper().readTree(r.out());
    }
}

package hdae.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hdae check --processes 2}: a second JVM checks some of the derivations (CheckProcess), and the table, the
 * JSON and the exit code are those of one JVM, in the derivations' order.
 */
class CheckProcessTest {
    /** Four one-step derivations, one of them false, so that the second JVM has work and a FAILED to report. */
    private static List<String> files(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        for (String id : List.of("one", "two", "three", "four")) {
            String text = HdaeTest.HOLDS.replace("derivation  holds", "derivation  " + id);
            if (id.equals("three")) {
                text = text.replace("== 1 - 2*eps", "== 1 - 3*eps");
            }
            Path f = dir.resolve(id + ".deriv");
            Files.writeString(f, text);
            out.add(f.toString());
        }
        return out;
    }

    private static List<String> verdicts(String json) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode s : new ObjectMapper().readTree(json).get("steps")) {
            out.add((s.get("derivation").asText() + " " + s.get("step").asInt() + " " + s.get("verdict").asText() + " "
                    + s.path("counterexample").path("point").toString()).strip());
        }
        return out;
    }

    @Test
    void twoJvmsGiveTheVerdictsOfOneInTheDerivationsOrder(@TempDir Path dir) throws IOException {
        List<String> args = new ArrayList<>(List.of("check", "--json", "--processes", "1"));
        args.addAll(files(dir));
        HdaeTest.Run one = HdaeTest.run(args.toArray(String[]::new));
        args.set(3, "2");
        HdaeTest.Run two = HdaeTest.run(args.toArray(String[]::new));
        assertEquals(Hdae.NOT_ALL_HOLD, one.code(), one.out());
        assertEquals(one.code(), two.code(), two.err());
        assertEquals(List.of("one 1 PROVED", "two 1 PROVED", "three 1 FAILED", "four 1 PROVED"),
                verdicts(one.out()).stream().map(v -> v.startsWith("three") ? v.substring(0, 14) : v).toList());
        assertEquals(verdicts(one.out()), verdicts(two.out()));
    }

    @Test
    void fewerThanOneProcessIsBadInput(@TempDir Path dir) throws IOException {
        HdaeTest.Run r = HdaeTest.run("check", "--processes", "0", files(dir).get(0));
        assertEquals(Hdae.BAD_INPUT, r.code());
        assertTrue(r.err().contains("expected at least 1 for --processes, got 0"), r.err());
    }
}

package hdae.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entry point's tests and its policy, run here by hand (each dynamic test executed, its failure recorded): the
 * folder {@code good/} holds steps that are CITED, PROVED and CHECKED and bounds that are PROVED_FROM_CITED and
 * CHECKED; {@code bad/} a FAILED step (arccos(0) = pi/3; it is pi/2, DLMF 4.23.ii) and the bound resting on it;
 * {@code broken/} a bound block without its source.
 */
class DerivationsTest {
    private static final Duration CAS = Duration.ofSeconds(5);

    private static Path folder(String name) {
        try {
            return Path.of(DerivationsTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every test of the tree by its path ("angles (BACKGROUND): Two facts about angles / step 2: ..."): null if it passed, else its message. */
    private static Map<String, String> run(Stream<DynamicNode> nodes) {
        Map<String, String> out = new LinkedHashMap<>();
        try (nodes) {
            nodes.forEach(n -> collect("", n, out));
        }
        return out;
    }

    private static void collect(String prefix, DynamicNode n, Map<String, String> out) {
        String name = prefix + n.getDisplayName();
        if (n instanceof DynamicContainer c) {
            c.getChildren().forEach(child -> collect(name + " / ", child, out));
        } else {
            try {
                ((DynamicTest) n).getExecutable().execute();
                out.put(name, null);
            } catch (Throwable t) {
                out.put(name, String.valueOf(t.getMessage()));
            }
        }
    }

    private static List<String> failing(Map<String, String> outcomes) {
        return outcomes.entrySet().stream().filter(e -> e.getValue() != null).map(e -> last(e.getKey())).toList();
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf(" / ") + 3);
    }

    @Test
    void theDefaultPolicyAcceptsCitationsAndNumericEvidence() {
        Map<String, String> outcomes = run(Derivations.of(folder("good")).casTimeout(CAS).tests());
        // six steps and two bounds, one test each, in one container named by the derivation
        assertEquals(8, outcomes.size(), outcomes.keySet().toString());
        assertTrue(outcomes.keySet().stream().allMatch(k -> k.startsWith("angles (BACKGROUND): Two facts about angles / ")),
                outcomes.keySet().toString());
        assertTrue(outcomes.containsKey("angles (BACKGROUND): Two facts about angles / bound right-angle-eq-half-pi"));
        assertEquals(List.of(), failing(outcomes), outcomes.toString());
    }

    @Test
    void requireProofFailsCitationsAndNumericEvidence() {
        Map<String, String> outcomes = run(Derivations.of(folder("good")).casTimeout(CAS).requireProof().tests());
        // steps 1 and 4 are CITED, step 5 CHECKED (|cos| <= 1 sampled on the unbounded line); the right angle is
        // PROVED_FROM_CITED and the squared cosine CHECKED; steps 2, 3 and 6 are PROVED
        assertEquals(List.of("step 1: the angle of orthogonal vectors", "step 4: the squared cosine, written out",
                "step 5: a cosine is at most 1 in absolute value", "bound right-angle-eq-half-pi",
                "bound cosine-square-le-one"), failing(outcomes), outcomes.toString());
        String cited = outcomes.get("angles (BACKGROUND): Two facts about angles / bound right-angle-eq-half-pi");
        assertTrue(cited.contains("PROVED from 1 cited result") && cited.contains("citations are not accepted"), cited);
    }

    @Test
    void citationsAloneMayBeAccepted() {
        Map<String, String> outcomes = run(Derivations.of(folder("good")).casTimeout(CAS).acceptChecked(false).tests());
        assertEquals(List.of("step 5: a cosine is at most 1 in absolute value", "bound cosine-square-le-one"),
                failing(outcomes), outcomes.toString());
        String checked = outcomes.get("angles (BACKGROUND): Two facts about angles / step 5: a cosine is at most 1 in absolute value");
        assertTrue(checked.contains("CHECKED") && checked.contains("good/angles.deriv:44:"), checked);
    }

    @Test
    void aFailedStepFailsItAndTheBoundResting() {
        Map<String, String> outcomes = run(Derivations.of(folder("bad")).casTimeout(CAS).tests());
        assertEquals(List.of("step 2: a wrong principal value", "bound wrong-angle-eq-third-pi"), failing(outcomes),
                outcomes.toString());
        String bound = outcomes.get("wrong-angle (BACKGROUND): A wrong right angle / bound wrong-angle-eq-third-pi");
        assertTrue(bound.contains("FAILED (step 2: FAILED"), bound);
    }

    @Test
    void aMalformedFileIsOneFailingTestWithFileAndLine() {
        Map<String, String> outcomes = run(Derivations.in(folder("broken")));
        assertEquals(1, outcomes.size(), outcomes.toString());
        String message = outcomes.values().iterator().next();
        assertTrue(message.contains("no-source.deriv:7:1: expected a 'source' line in bound broken-eq-one"), message);
    }

    @Test
    void anEmptyOrMissingFolderIsAFailingTest(@TempDir Path dir) {
        Map<String, String> empty = run(Derivations.in(dir));
        assertEquals(1, empty.size());
        assertTrue(empty.values().iterator().next().startsWith("expected .deriv files in "), empty.toString());
        Map<String, String> missing = run(Derivations.in(dir.resolve("nothing")));
        assertTrue(missing.values().iterator().next().contains("found no folder"), missing.toString());
    }
}

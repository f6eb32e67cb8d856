package hdae.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hdae check FILE} and {@code hdae latex FILE} on a derivation that declares its own bound: the right angle,
 * arccos(0) = pi/2 (DLMF 4.23.ii: the principal value of arccos lies in [0, pi]).
 */
class DeclaredBoundCommandTest {
    static final String RIGHT_ANGLE = String.join("\n",
            "derivation  right-angle",
            "title       Orthogonal vectors meet at a right angle",
            "provenance  BACKGROUND",
            "source      DLMF 4.23.ii",
            "statement   The angle between two nonzero orthogonal vectors is pi/2.",
            "",
            "bound  right-angle-eq-half-pi",
            "  title       Right angle",
            "  quantity    RightAngle() -- the angle arccos(u.v/(|u| |v|)) between nonzero orthogonal vectors u, v",
            "  relation    RightAngle() == Pi/2",
            "  provenance  BACKGROUND",
            "  source      DLMF, 4.23.ii",
            "  statement   The angle between two nonzero orthogonal vectors is pi/2.",
            "",
            "step 1  the angle of orthogonal vectors",
            "  claim   RightAngle() == ArcCos(0)",
            "  cite    the definition of the angle, with u.v = 0",
            "",
            "step 2  the principal value",
            "  claim   ArcCos(0) == Pi/2",
            "  by      cos(pi/2) = 0 and pi/2 lies in [0, pi]",
            "",
            "step 3  the bound",
            "  claim   RightAngle() == Pi/2",
            "  by      steps 1 and 2",
            "  from    1, 2",
            "  concludes  right-angle-eq-half-pi",
            "");

    @Test
    void checkGivesTheDeclaredBoundItsDerivedVerdict(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("right-angle.deriv");
        Files.writeString(f, RIGHT_ANGLE);
        HdaeTest.Run r = HdaeTest.run("check", "--json", "--cas-timeout", "5", f.toString());
        assertEquals(Hdae.OK, r.code(), r.err() + r.out());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("CITED", root.get("steps").get(0).get("verdict").asText());
        assertEquals("PROVED", root.get("steps").get(1).get("verdict").asText(), root.get("steps").get(1).toString());
        JsonNode bound = root.get("bounds").get(0);
        assertEquals(1, root.get("bounds").size());
        assertEquals("right-angle-eq-half-pi", bound.get("bound").asText());
        assertEquals("PROVED_FROM_CITED", bound.get("verdict").asText(), bound.toString());
    }

    @Test
    void latexTypesetsOnlyTheDeclaredBound(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("right-angle.deriv");
        Files.writeString(f, RIGHT_ANGLE);
        Path out = dir.resolve("tex");
        HdaeTest.Run r = HdaeTest.run("latex", "--cas-timeout", "5", f.toString(), "--out", out.toString());
        assertEquals(Hdae.OK, r.code(), r.err() + r.out());
        String fragment = Files.readString(out.resolve("bounds/right-angle-eq-half-pi.tex"));
        assertTrue(fragment.contains("\\label{hdae:right-angle-eq-half-pi}"), fragment);
        assertTrue(fragment.contains("= \\frac{\\pi}{2}"), fragment);
        assertTrue(fragment.contains("derived verdict: proved from 1 cited result"), fragment);
        // the declared quantity has no notation of hdae's: the fragment says what its symbol denotes
        assertTrue(fragment.contains("$ denotes the angle arccos(u.v/("), fragment);
        try (var files = Files.list(out.resolve("bounds"))) {
            assertEquals(1, files.count(), "only the declared bound");
        }
        assertTrue(Files.readString(out.resolve("bounds.tex")).contains("\\input{bounds/right-angle-eq-half-pi.tex}"));
    }

    @Test
    void aFileWithoutABoundOrAMistakenBlockIsOneLineAndExitTwo(@TempDir Path dir) throws IOException {
        Path none = dir.resolve("no-bound.deriv");
        Files.writeString(none, RIGHT_ANGLE.replace("derivation  right-angle", "derivation  no-bound")
                .replaceAll("(?s)bound  right-angle-eq-half-pi.*?\n\n", "")
                .replace("  concludes  right-angle-eq-half-pi\n", "")
                .replace("RightAngle()", "Angle()")
                .replace("statement   The angle", "symbol      Angle() -- an angle\nstatement   The angle"));
        HdaeTest.Run r = HdaeTest.run("latex", "--statement-only", none.toString(), "--out", dir.resolve("t").toString());
        assertEquals(Hdae.BAD_INPUT, r.code(), r.err() + r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("expected a derivation file with a 'bound' block"), r.err());
        assertFalse(Files.exists(dir.resolve("t")), "nothing written");
        Path wrong = dir.resolve("right-angle.deriv");
        Files.writeString(wrong, RIGHT_ANGLE.replace("  relation    RightAngle() == Pi/2", "  relation    Pi/2 == RightAngle()"));
        r = HdaeTest.run("latex", "--statement-only", wrong.toString(), "--out", dir.resolve("t").toString());
        assertEquals(Hdae.BAD_INPUT, r.code(), r.err() + r.out());
        assertTrue(r.err().strip().startsWith("hdae: " + wrong + ":10:"), r.err());
        assertTrue(r.err().contains("expected the quantity RightAngle() on the left of the relation"), r.err());
    }
}

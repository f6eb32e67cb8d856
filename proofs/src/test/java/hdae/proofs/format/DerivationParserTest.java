package hdae.proofs.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.symbolic.bound.BoundCatalogue;
import hdae.symbolic.formula.Rel;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The derivation format: what it accepts, and the file:line:column message for what it does not. */
class DerivationParserTest {
    private static final DerivationParser PARSER = new DerivationParser(BoundCatalogue.standard());

    static final String VALID = String.join("\n",
            "# a comment",
            "derivation  example",
            "title       An example",
            "provenance  BACKGROUND",
            "source      a source",
            "param       n    integer >= 1   -- dimension",
            "param       eps  real in (0, 1/2)",
            "statement   A statement",
            "            over two lines.",
            "",
            "step 1  the first step",
            "  claim   (1 - eps) - eps == 1 - 2*eps",
            "  by      algebra",
            "  expect  PROVED",
            "",
            "step 2  a citation",
            "  text    something in words",
            "  cite    A. Author (2000)",
            "");

    @Test
    void readsAnAntiderivative() {
        Derivation d = PARSER.parse("example.deriv", VALID.replace("  claim   (1 - eps) - eps == 1 - 2*eps\n  by      algebra",
                "  claim   Integrate(2*t, t, 0, 1) == 1\n  antiderivative  t^2\n  by      algebra"));
        assertEquals("t^2", d.steps().get(0).antiderivative().orElseThrow().toInputForm());
        assertTrue(d.steps().get(1).antiderivative().isEmpty());
    }

    @Test
    void readsAValidFile() {
        Derivation d = PARSER.parse("example.deriv", VALID);
        assertEquals("example", d.id());
        assertEquals(2, d.parameters().size());
        assertEquals("A statement over two lines.", d.statement());
        assertEquals(2, d.steps().size());
        assertEquals(Rel.EQ, d.steps().get(0).claim().orElseThrow().rel());
        assertEquals(11, d.steps().get(0).line());
        assertTrue(d.steps().get(1).justification().cited());
        assertEquals("step 1: the first step", d.steps().get(0).displayName());
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of(VALID.replace("derivation  example", "derivation  Example"), "example.deriv:2:13:", "kebab-case"),
                Arguments.of(VALID.replace("derivation  example", "derivation  other"), "example.deriv:2:13:", "file name"),
                Arguments.of(VALID.replace("provenance  BACKGROUND", "provenance  FOLKLORE"), "example.deriv:4:13:", "BACKGROUND"),
                Arguments.of(VALID.replace("title       An example\n", ""), "example.deriv:", "'title'"),
                Arguments.of(VALID.replace("integer >= 1", "integer >= one"), "example.deriv:6:", "domain"),
                Arguments.of(VALID.replace("1 - 2*eps\n", "1 - 2*eps +\n"), "example.deriv:12:", "found the end"),
                Arguments.of(VALID.replace("1 - 2*eps\n", "1 - 2*delta\n"), "example.deriv:12:11:", "undeclared [delta]"),
                Arguments.of(VALID.replace("== 1 - 2*eps", "= 1 - 2*eps"), "example.deriv:12:", "expected one of"),
                Arguments.of(VALID.replace("step 2", "step 3"), "example.deriv:16:6:", "step number 2"),
                Arguments.of(VALID.replace("  by      algebra\n", ""), "example.deriv:11:1:", "'by' or 'cite'"),
                Arguments.of(VALID.replace("  cite    A. Author (2000)", "  by      words"), "example.deriv:16:1:", "cite"),
                Arguments.of(VALID.replace("  expect  PROVED", "  expect  TRUE"), "example.deriv:14:11:", "PROVED"),
                Arguments.of(VALID.replace("  claim   (1 - eps)", "  claimm  (1 - eps)"), "example.deriv:12:3:", "claim"),
                Arguments.of(VALID.replace("  claim   (1 - eps) - eps == 1 - 2*eps", "  claim   Import(eps) == 1"),
                        "example.deriv:12:11:", "refused by the CAS sandbox (it reads files)"),
                Arguments.of(VALID.replace("  claim   (1 - eps) - eps == 1 - 2*eps", "  claim   @no-such-bound == 1"),
                        "example.deriv:12:11:", "unknown bound reference @no-such-bound"),
                Arguments.of(VALID.replace("  by      algebra", "\tby      algebra"), "example.deriv:13:1:", "tab"),
                Arguments.of(VALID.replace("param       n ", "param       eps "), "example.deriv:7:", "declared twice"),
                // an antiderivative names the route of a claim Integrate(f, v, a, b) == rhs checked by the CAS
                Arguments.of(VALID.replace("  by      algebra", "  antiderivative  eps^2\n  by      algebra"),
                        "example.deriv:13:19:", "after a claim Integrate(f, v, a, b) =="),
                Arguments.of(VALID.replace("  claim   (1 - eps) - eps == 1 - 2*eps\n  by      algebra",
                        "  antiderivative  t^2\n  claim   Integrate(2*t, t, 0, 1) == 1\n  by      algebra"),
                        "example.deriv:12:19:", "found no claim before it"),
                Arguments.of(VALID.replace("  claim   (1 - eps) - eps == 1 - 2*eps\n  by      algebra",
                        "  claim   Integrate(2*t, t, 0, 1) == 1\n  antiderivative  s^2\n  by      algebra"),
                        "example.deriv:13:19:", "undeclared [s]"),
                Arguments.of(VALID.replace("  claim   (1 - eps) - eps == 1 - 2*eps\n  by      algebra",
                        "  claim   Integrate(2*t, t, 0, 1) == 1\n  antiderivative  t^2\n  cite    A. Author (2000)"),
                        "example.deriv:13:1:", "found it with 'cite'"),
                Arguments.of("", "example.deriv:1:1:", "'derivation'"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void rejectsWithFileLineColumnAndWhatWasExpected(String text, String prefix, String words) {
        DerivationSyntaxException e = assertThrows(DerivationSyntaxException.class, () -> PARSER.parse("example.deriv", text));
        assertTrue(e.getMessage().startsWith(prefix), () -> "message: " + e.getMessage());
        assertTrue(e.getMessage().contains(words), () -> "message: " + e.getMessage());
    }

    /**
     * Fuzz: random edits of a valid file (delete, duplicate or replace characters and lines) either
     * parse or raise the documented DerivationSyntaxException, never any other exception.
     */
    @Test
    void mutatedFilesGiveOnlyTheDocumentedError() {
        Random rng = new Random(20180101L);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ()[]{}+-*/^=<>!@#,.:;\t\n\"'\\$%&|~`";
        int parsed = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder s = new StringBuilder(VALID);
            int edits = 1 + rng.nextInt(4);
            for (int k = 0; k < edits && s.length() > 0; k++) {
                int at = rng.nextInt(s.length());
                switch (rng.nextInt(4)) {
                    case 0 -> s.deleteCharAt(at);
                    case 1 -> s.insert(at, alphabet.charAt(rng.nextInt(alphabet.length())));
                    case 2 -> s.setCharAt(at, alphabet.charAt(rng.nextInt(alphabet.length())));
                    default -> {
                        String[] lines = s.toString().split("\n", -1);
                        int l = rng.nextInt(lines.length);
                        lines[l] = rng.nextBoolean() ? "" : lines[rng.nextInt(lines.length)];
                        s = new StringBuilder(String.join("\n", lines));
                    }
                }
            }
            try {
                PARSER.parse("example.deriv", s.toString());
                parsed++;
            } catch (DerivationSyntaxException e) {
                assertTrue(e.getMessage().startsWith("example.deriv:"), e.getMessage());
            }
        }
        assertTrue(parsed > 0 && parsed < 3000, "the fuzz should hit both outcomes, parsed " + parsed);
    }

    @Test
    void rejectsAFileFunctionInAStep() {
        var in = getClass().getResourceAsStream("/hdae/proofs/file-function.deriv");
        DerivationSyntaxException e = assertThrows(DerivationSyntaxException.class, () -> PARSER.parse("file-function.deriv",
                new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("file-function.deriv:9:11: function Import is refused by the CAS sandbox"),
                e.getMessage());
    }
}

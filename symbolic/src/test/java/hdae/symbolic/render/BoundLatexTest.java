package hdae.symbolic.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.symbolic.bound.Bound;
import hdae.symbolic.bound.BoundCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundLatexTest {
    private final BoundLatex latex = new BoundLatex();

    /** Depth of unescaped braces never below 0 and back to 0 at the end; escaped \{ \} pair up separately. */
    static void assertBalanced(String where, String tex) {
        int depth = 0;
        int escaped = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\' && i + 1 < tex.length()) {
                char next = tex.charAt(i + 1);
                escaped += next == '{' ? 1 : next == '}' ? -1 : 0;
                i++;
                continue;
            }
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertTrue(depth >= 0, where + ": '}' without '{' at " + i + " in " + tex);
            assertTrue(escaped >= 0, where + ": \\} without \\{ at " + i + " in " + tex);
        }
        assertEquals(0, depth, where + ": unclosed '{' in " + tex);
        assertEquals(0, escaped, where + ": unclosed \\{ in " + tex);
        assertEquals(count(tex, "\\left"), count(tex, "\\right"), where + ": \\left and \\right do not pair in " + tex);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void everyCatalogueDisplayIsBalancedAndFreeOfCasLeftovers() {
        for (Bound b : BoundCatalogue.standard().all()) {
            String d = latex.display(b);
            String where = b.id().value();
            assertFalse(d.contains("SeriesData"), where + ": " + d);
            assertFalse(d.contains("\\text{Limit"), where + ": " + d);
            assertFalse(d.contains("\\gamma"), where + ": Gamma must render as \\Gamma: " + d);
            assertFalse(d.contains("hv$"), where + ": a CAS symbol leaked: " + d);
            assertBalanced(where, d);
        }
    }

    @Test
    void everyCatalogueFragmentIsBalancedLabelledAndCitesItsSource() {
        String bib = Citations.bibliography();
        for (Bound b : BoundCatalogue.standard().all()) {
            String where = b.id().value();
            for (BoundLatex.Environment env : BoundLatex.Environment.values()) {
                String f = latex.fragment(b, env, "step 3: proved", List.of("a measured value"));
                assertBalanced(where, f);
                assertTrue(f.contains("\\label{hdae:" + where + "}"), f);
                assertTrue(f.contains("\\begin{equation*}\n" + latex.display(b)), f);
                assertTrue(f.contains(Tex.escape(b.source().toString())), f);
                assertEquals(env != BoundLatex.Environment.NONE, f.contains("\\begin{" + env.latexName() + "}["), f);
                // a fragment loads nothing and defines nothing: it must not clash with the document's preamble
                for (String clash : List.of("\\usepackage", "\\newcommand", "\\def", "\\newtheorem",
                        "\\renewcommand", "\\paragraph", "\\documentclass")) {
                    assertFalse(f.contains(clash), where + " contains " + clash);
                }
            }
            Citations.key(b).ifPresent(k -> assertTrue(bib.contains("{" + k + ","), where + ": no entry " + k));
        }
        for (String k : Citations.allKeys()) {
            assertTrue(bib.contains("{" + k + ","), "no bib entry " + k);
        }
    }

    @Test
    void statementOnlyFragmentHasNoVerdictOrMeasurements() {
        Bound b = BoundCatalogue.standard().get("cube-mean-dist-le-inv-2pi-of-half-mass");
        String f = latex.fragment(b, BoundLatex.Environment.PROPOSITION, "", List.of());
        assertFalse(f.contains("In hdae"), f);
        assertFalse(f.contains("itemize"), f);
        // the hypothesis the bound needs is stated, typeset, not in ASCII
        assertTrue(f.contains("$\\mu(A) \\ge 1/2$"), f);
        assertTrue(f.startsWith("% hdae: "), f);
        assertTrue(f.contains("\\begin{proposition}[{Mean distance to half of the cube; hdae's formalisation"), f);
        assertTrue(f.contains("\\cite{dube2018}, see also \\cite{borell1975,sudakov1974}"), f);
    }

    @Test
    void fragmentsCarryNoAsciiMathOutsideComments() {
        for (Bound b : BoundCatalogue.standard().all()) {
            String body = latex.fragment(b, BoundLatex.Environment.THEOREM, "", List.of()).lines()
                    .filter(l -> !l.startsWith("%")).reduce("", (x, y) -> x + y + "\n");
            for (String ascii : List.of(">=", "<=", "sqrt(", "\\textgreater", "\\textless", "\\^{}", Tex.escape(b.quantity().description()))) {
                assertFalse(body.contains(ascii), b.id() + " has " + ascii + ":\n" + body);
            }
        }
    }

    @Test
    void sphereConstantIsARatioOfGammas() {
        String d = latex.display(BoundCatalogue.standard().get("sphere-cap-mass-eq"));
        assertTrue(d.startsWith("\\sigma\\{x \\in S^{n-1} : x_1 \\ge h\\} = \\frac{\\Gamma\\left(\\frac{n}{2}\\right)}{"
                + "\\sqrt{\\pi}\\, \\Gamma\\left(\\frac{n - 1}{2}\\right)} \\int_{h}^{1}"), d);
        assertFalse(d.contains("\\ln\\Gamma"), d);
    }

    @Test
    void limitBoundDisplaysItsLimit() {
        assertEquals("\\lim_{n \\to \\infty} \\operatorname{vol}\\{x \\in [0,1]^n : \\min_i \\min(x_i, 1 - x_i) \\le"
                + " \\varepsilon\\} = 1", latex.display(BoundCatalogue.standard().get("cube-shell-fraction-tendsto-one")));
    }

    @Test
    void upperBoundDisplaysLeAndTheQuantityNotation() {
        assertEquals("V_n = \\operatorname{vol}\\{x \\in \\mathbb{R}^n : \\|x\\|_2 \\le 1\\} \\le \\frac{8 \\pi^{2}}{15}",
                latex.display(BoundCatalogue.standard().get("unit-ball-volume-le-value-at-five")));
    }
}

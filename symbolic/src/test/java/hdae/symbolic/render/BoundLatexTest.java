package hdae.symbolic.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.symbolic.bound.Bound;
import hdae.symbolic.bound.BoundCatalogue;
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
    void everyCatalogueFragmentIsBalancedAndNamesItsProvenanceAndSource() {
        for (Bound b : BoundCatalogue.standard().all()) {
            String f = latex.fragment(b, "checked");
            String where = b.id().value();
            assertBalanced(where, f);
            assertTrue(f.contains("\\textsc{" + b.provenance().name().toLowerCase(java.util.Locale.ROOT) + "}"), f);
            assertTrue(f.contains("Source: " + Tex.escape(b.source().toString())), f);
            assertTrue(f.contains("\\begin{equation*}\n" + latex.display(b) + "\n\\end{equation*}"), f);
        }
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

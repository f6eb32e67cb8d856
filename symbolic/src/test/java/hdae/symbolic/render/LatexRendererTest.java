package hdae.symbolic.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.symbolic.formula.FormulaParser;
import hdae.symbolic.formula.Rel;
import hdae.symbolic.formula.Relation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatexRendererTest {
    private static final String GOLDEN = "latex-golden.tsv";
    private static final Path GOLDEN_SOURCE = Path.of("src/test/resources/hdae/symbolic/render", GOLDEN);

    private static String latex(String formula) {
        return new LatexRenderer().render(FormulaParser.parse(formula));
    }

    /** Golden file rows: header comments kept for regeneration, then {formula, latex} pairs. */
    private static List<String> goldenLines() throws IOException {
        try (InputStream in = LatexRendererTest.class.getResourceAsStream(GOLDEN)) {
            assertNotNull(in, GOLDEN + " is missing");
            List<String> lines = new ArrayList<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().forEach(lines::add);
            return lines;
        }
    }

    @Test
    void matchesGoldenLatex() throws IOException {
        List<String> lines = goldenLines();
        boolean regenerate = Boolean.getBoolean("hdae.regenerate");
        List<String> out = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                out.add(line);
                continue;
            }
            String[] cells = line.split("\t", -1);
            assertEquals(2, cells.length, "golden row needs formula TAB latex: " + line);
            String actual = latex(cells[0]);
            out.add(cells[0] + "\t" + actual);
            if (!actual.equals(cells[1])) {
                mismatches.add(cells[0] + "\n  expected " + cells[1] + "\n  rendered " + actual);
            }
        }
        if (regenerate) {
            Files.write(GOLDEN_SOURCE, out, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " golden mismatch(es):\n" + String.join("\n", mismatches));
        assertTrue(out.size() > 40, "the golden file lost its rows");
    }

    @Test
    void gammaFunctionIsUpperCaseGammaAndVariableGammaIsLowerCase() {
        assertEquals("\\Gamma\\left(x\\right)", latex("Gamma(x)"));
        assertEquals("\\ln\\Gamma\\left(x\\right)", latex("LogGamma(x)"));
        assertEquals("\\gamma", latex("gamma"));
        assertFalse(latex("Gamma(n/2 + 1)^(1/n)").contains("\\gamma"));
    }

    @Test
    void epsIsVarepsilon() {
        assertEquals("\\varepsilon", latex("eps"));
        assertEquals("\\varepsilon_{2}", latex("eps2"));
    }

    @Test
    void powersOfSumsProductsAndCallsAreParenthesised() {
        assertEquals("\\left(a + b\\right)^{2}", latex("(a + b)^2"));
        assertEquals("\\left(a - b\\right)^{n}", latex("(a - b)^n"));
        assertEquals("\\left(2 n\\right)^{k}", latex("(2*n)^k"));
        assertEquals("\\left(\\sqrt{x}\\right)^{3}", latex("Sqrt(x)^3"));
        assertEquals("x^{a + b}", latex("x^(a + b)"));
    }

    @Test
    void cdotSettingPutsCdotBetweenEveryFactor() {
        LatexRenderer r = new LatexRenderer(RenderSettings.DEFAULT.withProducts(RenderSettings.Products.CDOT));
        assertEquals("2 \\cdot \\pi \\cdot m", r.render(FormulaParser.parse("2*Pi*m")));
    }

    @Test
    void alwaysExpSettingNeverWritesEToThePower() {
        LatexRenderer r = new LatexRenderer(RenderSettings.DEFAULT.withExponentials(RenderSettings.Exponentials.ALWAYS_EXP));
        assertEquals("\\exp\\left(-x\\right)", r.render(FormulaParser.parse("Exp(-x)")));
    }

    @Test
    void relationsRenderWithTheirSymbols() {
        FormulaParser p = new FormulaParser();
        assertEquals("x^{2} \\le x", new LatexRenderer().render(p.relation("x^2 <= x")));
        assertEquals("\\ln\\left(\\Gamma\\left(n\\right)\\right) = O\\left(n \\ln\\left(n\\right)\\right) \\quad (n \\to \\infty)",
                new LatexRenderer().render(p.relation("Log(Gamma(n)) isbigo n*Log(n) as n")));
        assertEquals("a > b", new LatexRenderer().render(Relation.of(FormulaParser.parse("a"), Rel.GT, FormulaParser.parse("b"))));
    }

    @Test
    void circularFunctionsAndInversesUseTheirLatexOperators() {
        assertEquals("\\arccos\\left(\\frac{1}{3}\\right) \\le \\sin\\left(x\\right) + \\cos\\left(x\\right)",
                new LatexRenderer().render(new FormulaParser().relation("ArcCos(1/3) <= Sin(x) + Cos(x)")));
        assertEquals("\\arcsin\\left(t\\right) \\arctan\\left(t\\right) \\tan\\left(t\\right)",
                new LatexRenderer().render(FormulaParser.parse("ArcSin(t)*ArcTan(t)*Tan(t)")));
    }

    @Test
    void settingsRejectNullOptions() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new RenderSettings(null, RenderSettings.Exponentials.ALWAYS_EXP));
        assertEquals("products", e.getMessage());
    }

    @Test
    void texEscapeCoversEveryTextModeSpecialCharacter() {
        assertEquals("a\\_b \\& 50\\% \\{x\\} \\$ \\# \\^{} \\~{} \\textbackslash{} \\textless{}\\textgreater{}\\textbar{}",
                Tex.escape("a_b & 50% {x} $ # ^ ~ \\ <>|"));
    }
}

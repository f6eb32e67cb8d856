package hdae.symbolic.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import hdae.symbolic.bound.BoundCatalogue;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormulaParserTest {
    private static final Var A = new Var("a");
    private static final Var B = new Var("b");
    private static final Var C = new Var("c");
    private static final Var X = new Var("x");

    private static Num num(String literal) {
        return new Num(new BigDecimal(literal));
    }

    // ---- round trip ----------------------------------------------------------------------------

    @Test
    void inputFormOfRandomTreesReadsBackToAnEqualTree() {
        qt().withExamples(400).withFixedSeed(1801_00634L)
                .forAll(RandomFormulas.trees(5))
                .checkAssert(f -> assertEquals(f, FormulaParser.parse(f.toInputForm()), f.toInputForm()));
    }

    // ---- limits --------------------------------------------------------------------------------

    @Test
    void nestingUpToTheLimitReadsAndOneMoreLevelIsRefusedWithTheLimit() {
        int max = FormulaParser.MAX_DEPTH;
        assertEquals(X, FormulaParser.parse("(".repeat(max - 1) + "x" + ")".repeat(max - 1)));
        for (String deep : new String[] {"(".repeat(max) + "x" + ")".repeat(max), "-".repeat(max + 1) + "x",
            "x" + "+x".repeat(max), "Abs(".repeat(max) + "x" + ")".repeat(max), "x" + "!".repeat(max + 1),
            "(".repeat(5_000)}) {
            FormulaSyntaxException e = assertThrows(FormulaSyntaxException.class, () -> FormulaParser.parse(deep));
            assertTrue(e.problem().equals("expected a formula nested at most " + max + " levels deep, found a deeper one"),
                    e.getMessage());
        }
    }

    @Test
    void aFormulaLongerThanTheLimitIsRefusedBeforeReading() {
        String longest = "x" + " ".repeat(FormulaParser.MAX_LENGTH - 1);
        assertEquals(X, FormulaParser.parse(longest));
        FormulaSyntaxException e = assertThrows(FormulaSyntaxException.class, () -> FormulaParser.parse(longest + " "));
        assertTrue(e.problem().startsWith("expected a formula of at most 20000 characters"), e.getMessage());
    }

    @Test
    void exponentLiteralsReadBackToAnEqualNumber() {
        // 1e3 is 1E+3 (scale -3) as a BigDecimal; its input form must keep that scale
        for (String s : new String[] {"1e3", "2.5e2", "0e5", "7e+1", "1.25e-3"}) {
            Formula f = FormulaParser.parse(s);
            assertEquals(new Num(new BigDecimal(s)), f, s);
            assertEquals(f, FormulaParser.parse(f.toInputForm()), s + " written as " + f.toInputForm());
        }
    }

    @Test
    void relationsReadBackToEqualRelations() {
        FormulaParser p = new FormulaParser();
        for (String s : new String[] {"x^2 <= x", "2*Pi*m/(1 + 2*m) < 1", "a >= -b", "Gamma(n) > 0", "a == b",
                "Log(Gamma(n)) isbigo n*Log(n) as n"}) {
            Relation r = p.relation(s);
            assertEquals(s, r.toInputForm());
            assertEquals(r, p.relation(r.toInputForm()), s);
        }
    }

    // ---- precedence ----------------------------------------------------------------------------

    @Test
    void unaryMinusBindsLooserThanPower() {
        assertEquals(new Neg(new Binary(Op.POW, X, num("2"))), FormulaParser.parse("-x^2"));
    }

    @Test
    void powerTakesASignedExponent() {
        assertEquals(new Binary(Op.POW, num("2"), new Neg(num("1"))), FormulaParser.parse("2^-1"));
    }

    @Test
    void subtractionAndDivisionAreLeftAssociative() {
        assertEquals(new Binary(Op.SUB, new Binary(Op.SUB, A, B), C), FormulaParser.parse("a-b-c"));
        assertEquals(new Binary(Op.DIV, new Binary(Op.DIV, A, B), C), FormulaParser.parse("a/b/c"));
    }

    @Test
    void powerIsRightAssociative() {
        assertEquals(new Binary(Op.POW, A, new Binary(Op.POW, B, C)), FormulaParser.parse("a^b^c"));
    }

    @Test
    void factorialIsPostfixAndBindsTighterThanPower() {
        Var n = new Var("n");
        assertEquals(Call.of(Fn.FACTORIAL, n), FormulaParser.parse("n!"));
        assertEquals(new Binary(Op.POW, Call.of(Fn.FACTORIAL, n), num("2")), FormulaParser.parse("n!^2"));
        assertEquals(new Binary(Op.MUL, num("2"), Call.of(Fn.FACTORIAL, n)), FormulaParser.parse("2*n!"));
        assertEquals(Call.of(Fn.FACTORIAL, Call.of(Fn.FACTORIAL, n)), FormulaParser.parse("n!!"));
    }

    @Test
    void productsBindTighterThanSums() {
        assertEquals(new Binary(Op.ADD, A, new Binary(Op.MUL, B, C)), FormulaParser.parse("a + b*c"));
        assertEquals(new Binary(Op.MUL, new Neg(A), B), FormulaParser.parse("-a*b"));
    }

    @Test
    void bindersParseWithTheirBoundVariable() {
        Var t = new Var("t");
        Var n = new Var("n");
        assertEquals(new Integral(t, new Neg(num("1")), num("1"), Call.of(Fn.SQRT, new Binary(Op.SUB, num("1"),
                new Binary(Op.POW, t, num("2"))))), FormulaParser.parse("Integrate(Sqrt(1 - t^2), t, -1, 1)"));
        assertEquals(new Sum(new Var("k"), num("1"), n, new Binary(Op.DIV, num("1"), new Var("k"))),
                FormulaParser.parse("Sum(1/k, k, 1, n)"));
        assertEquals(new Limit(n, Const.INFINITY, new Binary(Op.DIV, num("1"), n)),
                FormulaParser.parse("Limit(1/n, n -> Infinity)"));
    }

    @Test
    void referencesExpandToTheCatalogueClosedForm() {
        Formula expanded = BoundCatalogue.standard().parser().formula("2*@cube-shell-fraction-eq");
        assertEquals(new Binary(Op.MUL, num("2"), FormulaParser.parse("1 - (1 - 2*eps)^n")), expanded);
    }

    // ---- syntax errors -------------------------------------------------------------------------

    private static FormulaSyntaxException syntaxError(String text) {
        return assertThrows(FormulaSyntaxException.class, () -> FormulaParser.parse(text), text);
    }

    @Test
    void unknownFunctionIsReportedAtItsNameWithTheAllowedFunctions() {
        FormulaSyntaxException e = syntaxError("1 + Foo(x)");
        assertEquals(5, e.column());
        assertTrue(e.problem().startsWith("unknown function Foo; allowed: Sqrt, Exp, Log, Gamma, LogGamma,"),
                e.getMessage());
        assertTrue(e.problem().contains("Factorial, Sin, Cos, Tan, ArcSin, ArcCos, ArcTan, Integrate, Sum, Limit, or a declared symbol"), e.getMessage());
        assertTrue(e.getMessage().startsWith("column 5: "), e.getMessage());
    }

    @Test
    void declaredSymbolsParseWithTheirArityAndNeverReachTheCas() {
        SymbolDeclaration mass = new SymbolDeclaration("Mass", java.util.List.of("t"), "mu(A_t)");
        FormulaParser p = new FormulaParser(id -> java.util.Optional.empty(),
                name -> name.equals("Mass") ? java.util.Optional.of(mass) : java.util.Optional.empty());
        Formula f = p.formula("1 - Mass(2*t)");
        assertEquals("1 - Mass(2*t)", f.toInputForm());
        assertEquals(java.util.Set.of("t"), Formulas.freeVariables(f));
        assertTrue(Formulas.contains(f, Declared.class));
        FormulaSyntaxException wrongArity = org.junit.jupiter.api.Assertions.assertThrows(FormulaSyntaxException.class,
                () -> p.formula("Mass(t, t)"));
        assertTrue(wrongArity.problem().contains("expected 1 argument(s) for Mass(t)"), wrongArity.getMessage());
        // a symbol has no value: the CAS writer and every evaluator refuse it
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> f.accept(new FormulaVisitor<String>() {
                    public String visitNum(Num n) { return ""; }
                    public String visitVar(Var v) { return ""; }
                    public String visitConst(Const c) { return ""; }
                    public String visitNeg(Neg n) { return n.arg().accept(this); }
                    public String visitBinary(Binary b) { return b.left().accept(this) + b.right().accept(this); }
                    public String visitCall(Call c) { return ""; }
                    public String visitIntegral(Integral i) { return ""; }
                    public String visitSum(Sum s) { return ""; }
                    public String visitLimit(Limit l) { return ""; }
                }));
        assertTrue(e.getMessage().contains("declared symbol"), e.getMessage());
    }

    @Test
    void importIsRefusedByTheSandbox() {
        FormulaSyntaxException e = syntaxError("x*Import(x)");
        assertEquals(3, e.column());
        assertEquals("function Import is refused by the CAS sandbox (it reads files)", e.problem());
    }

    @Test
    void implicitMultiplicationIsRejected() {
        FormulaSyntaxException e = syntaxError("2n");
        assertEquals(2, e.column());
        assertEquals("expected an operator or the end of the formula, found 'n'", e.problem());
    }

    @Test
    void missingClosingParenthesisIsReportedAtTheEnd() {
        FormulaSyntaxException e = syntaxError("(x + 1");
        assertEquals(7, e.column());
        assertEquals("expected ')', found the end of the formula", e.problem());
    }

    @Test
    void extraClosingParenthesisIsReportedWhereItStands() {
        FormulaSyntaxException e = syntaxError("x + 1)");
        assertEquals(6, e.column());
        assertEquals("expected an operator or the end of the formula, found ')'", e.problem());
    }

    @Test
    void wrongArityNamesTheFunctionAndCounts() {
        FormulaSyntaxException e = syntaxError("Min(x)");
        assertEquals(1, e.column());
        assertEquals("expected 2 argument(s) for Min, found 1", e.problem());
    }

    @Test
    void upperCaseNameWithoutCallIsRejected() {
        FormulaSyntaxException e = syntaxError("N + 1");
        assertEquals(1, e.column());
        assertTrue(e.problem().startsWith("unknown name 'N'"), e.problem());
    }

    @Test
    void limitWithoutArrowIsRejected() {
        FormulaSyntaxException e = syntaxError("Limit(1/n, n = Infinity)");
        assertEquals(14, e.column());
        assertTrue(e.problem().startsWith("expected '->' in Limit(f, n -> point)"), e.problem());
    }

    @Test
    void unknownReferenceNamesTheId() {
        FormulaSyntaxException e = syntaxError("1 + @no-such-bound");
        assertEquals(5, e.column());
        assertEquals("unknown bound reference @no-such-bound", e.problem());
    }

    @Test
    void emptyAndNullTextAreSyntaxErrors() {
        assertEquals(1, syntaxError("").column());
        assertEquals(4, syntaxError("   ").column());
        assertEquals(1, assertThrows(FormulaSyntaxException.class, () -> FormulaParser.parse(null)).column());
    }

    @Test
    void nonAsciiLettersAndDigitsAreSyntaxErrors() {
        // U+00E9 is a lower-case letter and U+0663 an Arabic-Indic digit to java.lang.Character, but not to the syntax
        assertEquals(2, syntaxError("x\u00e9").column());
        assertEquals(1, syntaxError("\u00e9").column());
        assertEquals(3, syntaxError("2+\u0663").column());
    }

    // ---- fuzz ----------------------------------------------------------------------------------

    /** Parses {@code text}: a formula (which must then round-trip) or a FormulaSyntaxException inside the text. */
    private static void parsesOrFailsCleanly(String text) {
        Optional<Formula> parsed;
        try {
            parsed = Optional.of(FormulaParser.parse(text));
        } catch (FormulaSyntaxException e) {
            assertTrue(e.column() >= 1 && e.column() <= text.length() + 1,
                    "column " + e.column() + " outside the text '" + text + "'");
            return;
        } catch (RuntimeException | StackOverflowError e) {
            fail("'" + text + "' threw " + e, e);
            return;
        }
        Formula f = parsed.get();
        assertEquals(f, FormulaParser.parse(f.toInputForm()), "'" + text + "' written as " + f.toInputForm());
    }

    @Test
    void tokenSoupOnlyParsesOrRaisesFormulaSyntaxException() {
        qt().withExamples(3000).withFixedSeed(42L).forAll(RandomFormulas.tokenSoup(14))
                .checkAssert(FormulaParserTest::parsesOrFailsCleanly);
    }

    @Test
    void mutatedFormulasOnlyParseOrRaiseFormulaSyntaxException() {
        qt().withExamples(3000).withFixedSeed(7L).forAll(RandomFormulas.mutatedInputForms(3, 4))
                .checkAssert(FormulaParserTest::parsesOrFailsCleanly);
    }
}

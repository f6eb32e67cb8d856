package hdae.proofs.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.proofs.check.BoundVerdict;
import hdae.proofs.check.CheckSettings;
import hdae.proofs.check.DerivedVerdicts;
import hdae.proofs.check.Standing;
import hdae.proofs.check.StepChecker;
import hdae.proofs.check.StepResult;
import hdae.proofs.check.Verdict;
import hdae.symbolic.bound.Bound;
import hdae.symbolic.bound.BoundCatalogue;
import hdae.symbolic.bound.Direction;
import hdae.symbolic.bound.Provenance;
import hdae.symbolic.formula.FormulaParser;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bounds declared in a derivation file ({@code bound} blocks): read into the same {@link Bound} records as the
 * catalogue's, concluded by a step with the same link rules, and given a derived verdict the same way. The example
 * file declares sin x + cos x <= sqrt 2 (DLMF 4.21.2 and |sin| <= 1).
 */
class DeclaredBoundTest {
    private static Path example() {
        try {
            return Path.of(DeclaredBoundTest.class.getResource("/hdae/proofs/declared/sine-cosine-sum.deriv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBoundBlockReadsIntoACatalogueBound() {
        DerivationFiles files = DerivationFiles.read(BoundCatalogue.standard(), List.of(example()));
        Derivation d = files.derivations().get(0);
        assertEquals(1, d.bounds().size());
        Bound b = d.bounds().get(0);
        assertEquals("sine-cosine-sum-le-root-2", b.id().value());
        assertEquals(Direction.UPPER, b.direction());
        assertEquals(Provenance.BACKGROUND, b.provenance());
        assertEquals("DLMF", b.source().reference());
        assertEquals("4.21.2", b.source().locator());
        assertEquals("Amplitude of a sine plus a cosine", b.title());
        assertEquals("sine-cosine-sum", b.derivation());
        assertEquals(FormulaParser.parse("Sqrt(2)"), b.closedForm());
        assertEquals("SineCosineSum(x) <= Sqrt(2)", b.relation().toInputForm());
        // the catalogue of the files holds the shipped bounds and the declared one, with its symbol
        assertEquals(BoundCatalogue.standard().all().size() + 1, files.catalogue().all().size());
        assertTrue(files.catalogue().symbols().containsKey("SineCosineSum"));
        assertTrue(BoundCatalogue.standard().find(b.id().value()).isEmpty(), "the shipped catalogue is unchanged");
    }

    @Test
    void theDeclaredBoundGetsADerivedVerdictFromItsConcludingStep() {
        DerivationFiles files = DerivationFiles.read(BoundCatalogue.standard(), List.of(example()));
        Derivation d = files.derivations().get(0);
        List<StepResult> results;
        try (StepChecker checker = new StepChecker(files.catalogue(), CheckSettings.DEFAULT.withCasLimit(Duration.ofSeconds(5)))) {
            results = checker.check(d);
        }
        // step 1 cited (the definition), step 2 an identity (DLMF 4.21.2), step 3 sin <= 1 on the whole line (only
        // sampled: the domain is unbounded), step 4 the chain 1-2-3 by transitivity
        assertEquals(List.of(Verdict.CITED, Verdict.PROVED, Verdict.CHECKED, Verdict.PROVED),
                results.stream().map(StepResult::verdict).toList(), results.toString());
        List<BoundVerdict> bounds = DerivedVerdicts.of(files.catalogue(), files.derivations(), results);
        assertEquals(1, bounds.size());
        assertEquals(Standing.CHECKED, bounds.get(0).standing(), bounds.get(0).summary());
        assertEquals(List.of(1, 2, 3, 4), bounds.get(0).closure());
    }

    @Test
    void aLaterFileMayCiteAnEarlierFilesBoundAndMayNotRedeclareIt(@TempDir Path dir) throws Exception {
        String text = Files.readString(example());
        Path later = dir.resolve("uses-it.deriv");
        Files.writeString(later, String.join("\n",
                "derivation  uses-it",
                "title       a reference to a declared bound",
                "provenance  BACKGROUND",
                "source      DLMF, 4.21.2",
                "param       x  real",
                "statement   the closed form of the declared bound, by reference",
                "step 1  by reference",
                "  claim   @sine-cosine-sum-le-root-2 == Sqrt(2)",
                "  by      the reference expands to Sqrt(2)", ""));
        Path twice = dir.resolve("sine-cosine-sum.deriv");
        Files.writeString(twice, text);
        DerivationSyntaxException e = assertThrows(DerivationSyntaxException.class,
                () -> DerivationFiles.read(BoundCatalogue.standard(), List.of(example(), twice)));
        assertTrue(e.getMessage().startsWith(twice + ":9:"), e.getMessage());
        assertTrue(e.getMessage().contains("which is already a bound of the catalogue"), e.getMessage());
    }

    @Test
    void aBoundThatNoStepConcludesIsRefusedAtItsLine() {
        String text = String.join("\n", "derivation  lonely", "title       t", "provenance  BACKGROUND", "source      s",
                "statement   s", "bound  one-eq-one", "  quantity  One() -- the number one", "  relation  One() == 1",
                "  provenance  BACKGROUND", "  source  s", "  statement  one is one", "step 1  s", "  claim  One() == 1",
                "  cite  s", "");
        DerivationSyntaxException e = assertThrows(DerivationSyntaxException.class,
                () -> new DerivationParser(BoundCatalogue.standard()).parse("lonely.deriv", text));
        assertTrue(e.getMessage().startsWith("lonely.deriv:6:1: expected a step that concludes bound one-eq-one"),
                e.getMessage());
    }

    @Test
    void aLimitAndAnOrderReadWithTheirVariable() {
        String head = String.join("\n", "derivation  orders", "title       t", "provenance  BACKGROUND", "source      s",
                "statement   s", "");
        String limit = head + String.join("\n", "bound  inv-tendsto-0", "  quantity  Inv(n) -- 1/n",
                "  relation  Limit(Inv(n), n -> Infinity) == 0", "  provenance  BACKGROUND", "  source  s",
                "  statement  1/n tends to 0", "step 1  s", "  claim  Limit(1/n, n -> Infinity) == 0", "  by  s",
                "  concludes  inv-tendsto-0", "");
        Bound b = new DerivationParser(BoundCatalogue.standard()).parse("orders.deriv", limit).bounds().get(0);
        assertEquals(Direction.LIMIT, b.direction());
        assertEquals("n", b.limitVar().orElseThrow().name());
        String order = limit.replace("Limit(Inv(n), n -> Infinity) == 0", "Inv(n) isbigo 1/n as n");
        Bound o = new DerivationParser(BoundCatalogue.standard()).parse("orders.deriv", order).bounds().get(0);
        assertEquals(Direction.ASYMPTOTIC, o.direction());
        assertEquals("Inv(n) isbigo 1/n as n", o.relation().toInputForm());
    }
}

package hdae.proofs.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.proofs.format.Derivation;
import hdae.proofs.format.DerivationParser;
import hdae.symbolic.bound.BoundCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The verdict corpus ({@code hdae/proofs/verdict-corpus.txt}): small claims of known truth, each with
 * the verdict the checker must give and the reason its truth is known. Besides the exact verdict, every
 * entry must respect its truth: a true claim is never FAILED, a false one never PROVED, CHECKED or CITED.
 */
class VerdictCorpusTest {
    /** A CAS limit of 5 s: every entry's CAS calls finish well within it on an idle machine. */
    private static final StepChecker CHECKER = new StepChecker(BoundCatalogue.standard(),
            CheckSettings.DEFAULT.withCasLimit(Duration.ofSeconds(5)));

    /** One line of the corpus. */
    record Entry(String id, boolean truth, List<String> params, String claim, Verdict verdict, String provenance) {
    }

    @AfterAll
    static void close() {
        CHECKER.close();
    }

    static List<Entry> entries() {
        String text;
        try (InputStream in = VerdictCorpusTest.class.getResourceAsStream("/hdae/proofs/verdict-corpus.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<Entry> out = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(" \\| ", -1);
            if (f.length != 6) {
                throw new IllegalStateException("expected 6 fields in corpus line, got " + f.length + ": " + line);
            }
            List<String> params = f[2].strip().equals("-") ? List.of()
                    : Stream.of(f[2].split(";")).map(String::strip).toList();
            out.add(new Entry(f[0].strip(), Boolean.parseBoolean(f[1].strip()), params, f[3].strip(),
                    Verdict.valueOf(f[4].strip()), f[5].strip()));
        }
        return out;
    }

    @Test
    void corpusIsLargeWithProvenanceAndBothTruths() {
        List<Entry> all = entries();
        assertTrue(all.size() >= 60, "expected at least 60 entries, got " + all.size());
        assertEquals(all.size(), all.stream().map(Entry::id).distinct().count(), "ids are unique");
        all.forEach(e -> assertFalse(e.provenance().isBlank(), e.id()));
        assertTrue(all.stream().filter(e -> !e.truth()).count() >= 15, "false claims are represented");
    }

    @TestFactory
    Stream<DynamicTest> everyEntryGetsItsVerdict() {
        return entries().stream().map(e -> DynamicTest.dynamicTest(e.id(), () -> {
            Derivation d = derivation(e);
            StepResult r = CHECKER.check(d, d.steps().get(0));
            String why = e.id() + ": " + r.verdict() + " " + r.detail();
            if (e.truth()) {
                assertTrue(r.verdict() != Verdict.FAILED, "a true claim is never FAILED: " + why);
            } else {
                assertFalse(r.verdict().holds(), "a false claim never passes: " + why);
            }
            assertEquals(e.verdict(), r.verdict(), why);
        }));
    }

    static Derivation derivation(Entry e) {
        StringBuilder sb = new StringBuilder("derivation  corpus\ntitle  corpus entry\nprovenance  BACKGROUND\n"
                + "source  verdict corpus\nstatement  " + e.provenance() + "\n");
        e.params().forEach(p -> sb.append("param  ").append(p).append('\n'));
        sb.append("step 1  ").append(e.id()).append("\n  claim  ").append(e.claim()).append("\n  by  ")
                .append(e.provenance()).append('\n');
        return new DerivationParser(BoundCatalogue.standard()).parse("verdict-corpus.txt", sb.toString());
    }
}

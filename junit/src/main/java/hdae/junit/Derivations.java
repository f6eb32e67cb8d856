package hdae.junit;

import hdae.proofs.check.BoundVerdict;
import hdae.proofs.check.CheckSettings;
import hdae.proofs.check.DerivedVerdicts;
import hdae.proofs.check.Standing;
import hdae.proofs.check.StepChecker;
import hdae.proofs.check.StepResult;
import hdae.proofs.check.Verdict;
import hdae.proofs.format.Derivation;
import hdae.proofs.format.DerivationFiles;
import hdae.proofs.format.Step;
import hdae.symbolic.SymbolicException;
import hdae.symbolic.bound.Bound;
import hdae.symbolic.bound.BoundCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Checks a folder of derivation files in a user's own {@code mvn test}: one dynamic test per step and one per bound
 * the files declare ({@code bound} blocks, docs/derivation-format.md), grouped by derivation.
 *
 * <pre>
 * class MyDerivationsTest {
 *     &#64;TestFactory
 *     Stream&lt;DynamicNode&gt; derivations() {
 *         return Derivations.in(Path.of("src/test/derivations"));
 *     }
 * }
 * </pre>
 *
 * <p>Policy. A step test fails when the step is FAILED or UNKNOWN, when it is weaker than its {@code expect} line,
 * when it is CITED and citations are not accepted, or when it is CHECKED (numeric evidence, not a proof) and checked
 * steps are not accepted. A bound test fails when its derived verdict (over every step it rests on) is FAILED or
 * UNKNOWN (also when no step concludes it), when it is CITED or PROVED_FROM_CITED and citations are not accepted,
 * or when it is CHECKED and checked steps are not accepted. PROVED always passes. By default citations and checked
 * steps are accepted, as {@code hdae check} does (exit code 0); {@link #requireProof()} accepts PROVED only.
 *
 * <p>The files of the folder ({@code *.deriv}, in name order, not its subfolders) are read when the tests are made;
 * a file that does not follow the format gives one failing test with the {@code file:line:column} message. Steps are
 * checked when their tests run, each once; a bound's test checks the steps it rests on that have not run yet.
 */
public final class Derivations {
    private final Path folder;
    private final boolean acceptCited;
    private final boolean acceptChecked;
    private final CheckSettings settings;

    private Derivations(Path folder, boolean acceptCited, boolean acceptChecked, CheckSettings settings) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.acceptCited = acceptCited;
        this.acceptChecked = acceptChecked;
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The tests of the derivation files in {@code folder}, under the default policy (citations and checked steps accepted). */
    public static Stream<DynamicNode> in(Path folder) {
        return of(folder).tests();
    }

    /** A check of the files in {@code folder}, to configure before {@link #tests()}. */
    public static Derivations of(Path folder) {
        return new Derivations(folder, true, true, CheckSettings.DEFAULT);
    }

    /** Whether CITED steps, and bounds that rest on citations (CITED, PROVED_FROM_CITED), pass (default: yes). */
    public Derivations acceptCited(boolean accept) {
        return new Derivations(folder, accept, acceptChecked, settings);
    }

    /** Whether CHECKED steps and bounds (numeric evidence, not a proof) pass (default: yes). */
    public Derivations acceptChecked(boolean accept) {
        return new Derivations(folder, acceptCited, accept, settings);
    }

    /** Only PROVED passes: no citation, no numeric evidence. */
    public Derivations requireProof() {
        return acceptCited(false).acceptChecked(false);
    }

    /** The time limit of each CAS call (default 10 s, as {@code hdae check}). */
    public Derivations casTimeout(Duration limit) {
        return new Derivations(folder, acceptCited, acceptChecked, settings.withCasLimit(limit));
    }

    /** The seed of the random test points (default that of {@code hdae check}). */
    public Derivations seed(long seed) {
        return new Derivations(folder, acceptCited, acceptChecked, settings.withSeed(seed));
    }

    /** One container per derivation file, holding one test per step and one per bound the file declares. */
    public Stream<DynamicNode> tests() {
        List<Path> files;
        DerivationFiles read;
        try {
            files = files();
            read = DerivationFiles.read(BoundCatalogue.standard(), files);
        } catch (SymbolicException | UncheckedIOException e) {
            String message = e.getMessage();
            return Stream.of(DynamicTest.dynamicTest("read " + folder, () -> Assertions.fail(message)));
        }
        if (files.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("read " + folder,
                    () -> Assertions.fail("expected .deriv files in " + folder + ", found none")));
        }
        Run run = new Run(read.catalogue(), new StepChecker(read.catalogue(), settings));
        return read.derivations().stream().<DynamicNode>map(d -> container(run, d)).onClose(run.checker::close);
    }

    private List<Path> files() {
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException(new IOException("expected a folder of .deriv files, found no folder " + folder));
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".deriv") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private DynamicContainer container(Run run, Derivation d) {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Step s : d.steps()) {
            nodes.add(DynamicTest.dynamicTest(s.displayName(), Path.of(d.file()).toUri(), () -> step(run, d, s)));
        }
        for (Bound b : d.bounds()) {
            nodes.add(DynamicTest.dynamicTest("bound " + b.id().value(), Path.of(d.file()).toUri(), () -> bound(run, d, b)));
        }
        return DynamicContainer.dynamicContainer(d.id() + " (" + d.provenance() + "): " + d.title(), nodes.stream());
    }

    private void step(Run run, Derivation d, Step s) {
        StepResult r = run.result(d, s);
        String what = d.file() + ":" + s.line() + ": " + s.displayName() + ": " + r.verdict()
                + r.expected().map(e -> " (expected " + e + ")").orElse("") + ": " + r.detail()
                + r.counterexample().map(c -> "; counterexample " + c).orElse("");
        Assertions.assertTrue(r.verdict().holds() && r.asExpected(), what);
        Assertions.assertTrue(acceptCited || r.verdict() != Verdict.CITED, () -> what + " (citations are not accepted)");
        Assertions.assertTrue(acceptChecked || r.verdict() != Verdict.CHECKED,
                () -> what + " (numeric evidence is not accepted as proof)");
    }

    private void bound(Run run, Derivation d, Bound b) {
        d.steps().forEach(s -> run.result(d, s));
        BoundVerdict v = DerivedVerdicts.of(run.catalogue, List.of(d), run.results(d))
                .stream().filter(x -> x.bound().equals(b.id().value())).findFirst().orElseThrow();
        String what = d.file() + ": bound " + b.id().value() + ": " + v.summary();
        Standing s = v.standing();
        Assertions.assertTrue(s.holds(), what);
        Assertions.assertTrue(acceptCited || s == Standing.PROVED || s == Standing.CHECKED,
                () -> what + " (citations are not accepted)");
        Assertions.assertTrue(acceptChecked || s != Standing.CHECKED, () -> what + " (numeric evidence is not accepted as proof)");
    }

    /** The catalogue, the checker and the results so far, shared by the tests of one {@link #tests()} call. */
    private static final class Run {
        final BoundCatalogue catalogue;
        final StepChecker checker;
        private final Map<String, StepResult> results = new ConcurrentHashMap<>();

        Run(BoundCatalogue catalogue, StepChecker checker) {
            this.catalogue = catalogue;
            this.checker = checker;
        }

        StepResult result(Derivation d, Step s) {
            return results.computeIfAbsent(d.id() + "#" + s.number(), k -> checker.check(d, s));
        }

        List<StepResult> results(Derivation d) {
            return d.steps().stream().map(s -> result(d, s)).toList();
        }
    }
}

package hdae.cli;

import hdae.proofs.check.BoundVerdict;
import hdae.proofs.check.CheckSettings;
import hdae.proofs.check.DerivedVerdicts;
import hdae.proofs.check.ParallelCheck;
import hdae.proofs.check.StepResult;
import hdae.proofs.format.Derivation;
import hdae.proofs.format.DerivationFiles;
import hdae.proofs.format.DerivationLibrary;
import hdae.symbolic.bound.BoundCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derivations checked once (the shipped ones, or a user's files with the bounds they declare), for the commands
 * that print verdicts next to bounds ({@code report}, {@code latex}).
 *
 * @param catalogue   the catalogue the derivations' bounds live in
 * @param derivations the derivations, in library order
 * @param results     every step's result
 */
record CheckedLibrary(BoundCatalogue catalogue, List<Derivation> derivations, List<StepResult> results) {

    /**
     * Derivations checked at once by default (see {@link ParallelCheck}): one. The CAS time limit counts CPU time, so
     * the machine's load no longer changes verdicts; but two Symja engines in one JVM do not always behave as one:
     * with two threads, sphere-dot step 3, which the CAS proves in 0.1 to 0.6 s, once ran into its 10 s limit and
     * came out CHECKED (3 runs on an idle machine, 2026-12-02). One thread gives the same verdicts on every run.
     * {@code hdae check --threads} chooses more.
     */
    static final int THREADS = 1;

    CheckedLibrary {
        derivations = List.copyOf(derivations);
        results = List.copyOf(results);
    }

    /** The shipped derivations and their results. */
    CheckedLibrary(List<Derivation> derivations, List<StepResult> results) {
        this(BoundCatalogue.standard(), derivations, results);
    }

    /**
     * Checks every shipped derivation.
     *
     * @param settings the checker's settings (CAS time limit)
     * @return the derivations and their results
     */
    static CheckedLibrary check(CheckSettings settings) {
        BoundCatalogue catalogue = BoundCatalogue.standard();
        return check(settings, new DerivationFiles(catalogue, DerivationLibrary.standard(catalogue)));
    }

    /** Checks every step of {@code files}, against their catalogue (with the bounds they declare). */
    static CheckedLibrary check(CheckSettings settings, DerivationFiles files) {
        List<StepResult> results = new ArrayList<>();
        ParallelCheck.check(files.catalogue(), settings, files.derivations(), ParallelCheck.threads(THREADS),
                results::addAll);
        return new CheckedLibrary(files.catalogue(), files.derivations(), results);
    }

    /** @return for each bound id of the checked derivations, its derived verdict (over the concluding step's closure) */
    Map<String, BoundVerdict> boundVerdicts() {
        Map<String, BoundVerdict> out = new HashMap<>();
        DerivedVerdicts.of(catalogue, derivations, results).forEach(v -> out.put(v.bound(), v));
        return out;
    }

    /**
     * The derived verdict of a bound in words ("step 19, proved from 3 cited results: ..."), never a single
     * step's verdict; empty when its derivation was not checked.
     *
     * @param bound the bound id
     * @return the note
     */
    Optional<String> verdictNote(String bound) {
        return Optional.ofNullable(boundVerdicts().get(bound)).map(CheckedLibrary::note);
    }

    /** "concluded by step 19; derived verdict: proved from ..." */
    static String note(BoundVerdict v) {
        return v.step().map(n -> "concluded by step " + n + "; ").orElse("") + "derived verdict: " + v.note();
    }

    /** @return whether every step holds (none FAILED or UNKNOWN) */
    boolean allHold() {
        return results.stream().allMatch(r -> r.verdict().holds());
    }
}

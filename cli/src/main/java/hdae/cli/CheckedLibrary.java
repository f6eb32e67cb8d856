package hdae.cli;

import hdae.proofs.check.BoundVerdict;
import hdae.proofs.check.CheckSettings;
import hdae.proofs.check.DerivedVerdicts;
import hdae.proofs.check.ParallelCheck;
import hdae.proofs.check.StepResult;
import hdae.proofs.format.Derivation;
import hdae.proofs.format.DerivationLibrary;
import hdae.symbolic.bound.BoundCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shipped derivations checked once, for the commands that print verdicts next to bounds ({@code report},
 * {@code latex}).
 *
 * @param derivations the derivations, in library order
 * @param results     every step's result
 */
record CheckedLibrary(List<Derivation> derivations, List<StepResult> results) {

    /**
     * Derivations checked at once by default (see {@link ParallelCheck}): one. The CAS time limit is wall-clock
     * time, so a second checker keeps the verdicts only while each has a core to itself; on a shared machine a
     * second thread turned a PROVED step that needs most of its limit into CHECKED. {@code hdae check --threads}
     * chooses more.
     */
    static final int THREADS = 1;

    CheckedLibrary {
        derivations = List.copyOf(derivations);
        results = List.copyOf(results);
    }

    /**
     * Checks every shipped derivation.
     *
     * @param settings the checker's settings (CAS time limit)
     * @return the derivations and their results
     */
    static CheckedLibrary check(CheckSettings settings) {
        BoundCatalogue catalogue = BoundCatalogue.standard();
        List<Derivation> derivations = DerivationLibrary.standard(catalogue);
        List<StepResult> results = new ArrayList<>();
        ParallelCheck.check(catalogue, settings, derivations, ParallelCheck.threads(THREADS), results::addAll);
        return new CheckedLibrary(derivations, results);
    }

    /** @return for each bound id of the checked derivations, its derived verdict (over the concluding step's closure) */
    Map<String, BoundVerdict> boundVerdicts() {
        Map<String, BoundVerdict> out = new HashMap<>();
        DerivedVerdicts.of(BoundCatalogue.standard(), derivations, results).forEach(v -> out.put(v.bound(), v));
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

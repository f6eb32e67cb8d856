package hdae.cli;

import hdae.proofs.check.CheckSettings;
import hdae.proofs.check.StepChecker;
import hdae.proofs.check.StepResult;
import hdae.proofs.format.Derivation;
import hdae.proofs.format.DerivationLibrary;
import hdae.symbolic.bound.BoundCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
        try (StepChecker checker = new StepChecker(catalogue, settings)) {
            for (Derivation d : derivations) {
                results.addAll(checker.check(d));
            }
        }
        return new CheckedLibrary(derivations, results);
    }

    /** @return for each bound id, the result of the derivation step that concludes it */
    Map<String, StepResult> concludingSteps() {
        Map<String, StepResult> out = new HashMap<>();
        for (Derivation d : derivations) {
            for (var step : d.steps()) {
                results.stream().filter(r -> r.derivation().equals(d.id()) && r.step() == step.number()).findFirst()
                        .ifPresent(r -> step.concludes().forEach(id -> out.put(id, r)));
            }
        }
        return out;
    }

    /**
     * The verdict of the step concluding a bound, in words ("step 4, proved"), or empty.
     *
     * @param bound the bound id
     * @return the note
     */
    Optional<String> verdictNote(String bound) {
        return Optional.ofNullable(concludingSteps().get(bound))
                .map(r -> r.name() + ": " + r.verdict().name().toLowerCase(Locale.ROOT));
    }

    /** @return whether every step holds (none FAILED or UNKNOWN) */
    boolean allHold() {
        return results.stream().allMatch(r -> r.verdict().holds());
    }
}

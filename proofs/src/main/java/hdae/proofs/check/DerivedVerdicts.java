package hdae.proofs.check;

import hdae.proofs.format.Derivation;
import hdae.proofs.format.Premise;
import hdae.proofs.format.Step;
import hdae.symbolic.bound.Bound;
import hdae.symbolic.bound.BoundCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Derived verdicts: for each catalogue bound whose derivation was checked, the standing of the step
 * that concludes it over its whole dependency closure (the step, its premises, their premises, ...):
 * FAILED if any step of the closure is FAILED; else UNKNOWN if any is UNKNOWN; else CHECKED if any is
 * only CHECKED; else CITED if the concluding step is a citation, PROVED_FROM_CITED if another step of
 * the closure is; else PROVED. The cited steps of the closure are listed by title as the results the
 * bound assumes.
 */
public final class DerivedVerdicts {
    private DerivedVerdicts() {
    }

    /** One verdict per bound of {@code catalogue} whose derivation is among {@code derivations}, in catalogue order. */
    public static List<BoundVerdict> of(BoundCatalogue catalogue, List<Derivation> derivations, List<StepResult> results) {
        Map<String, Derivation> byId = derivations.stream().collect(Collectors.toMap(Derivation::id, Function.identity(),
                (a, b) -> a));
        List<BoundVerdict> out = new ArrayList<>();
        for (Bound b : catalogue.all()) {
            Derivation d = byId.get(b.derivation());
            if (d == null) {
                continue;
            }
            Optional<Step> concluding = d.steps().stream().filter(s -> s.concludes().contains(b.id().value())).findFirst();
            if (concluding.isEmpty()) {
                out.add(new BoundVerdict(b.id().value(), d.id(), Optional.empty(), Standing.UNKNOWN, List.of(), List.of(),
                        List.of()));
                continue;
            }
            out.add(of(b.id().value(), d, concluding.get(), results));
        }
        return out;
    }

    /** The derived verdict of {@code bound}, concluded by step {@code s} of {@code d}. */
    public static BoundVerdict of(String bound, Derivation d, Step s, List<StepResult> results) {
        TreeSet<Integer> closure = closure(d, s);
        List<String> citations = new ArrayList<>();
        List<String> weakest = new ArrayList<>();
        Standing worst = Standing.PROVED;
        for (int n : closure) {
            Step step = d.step(n);
            Verdict v = results.stream().filter(r -> r.derivation().equals(d.id()) && r.step() == n).findFirst()
                    .map(StepResult::verdict).orElse(Verdict.UNKNOWN);
            Standing here = switch (v) {
                case PROVED -> Standing.PROVED;
                case CITED -> n == s.number() ? Standing.CITED : Standing.PROVED_FROM_CITED;
                case CHECKED -> Standing.CHECKED;
                case UNKNOWN -> Standing.UNKNOWN;
                case FAILED -> Standing.FAILED;
            };
            if (v == Verdict.CITED) {
                citations.add((step.title().isEmpty() ? step.justification().text() : step.title()) + " (step " + n + ")");
            }
            if (here.compareTo(Standing.CITED) > 0) {
                weakest.add("step " + n + ": " + v);
            }
            worst = weaker(worst, here);
        }
        return new BoundVerdict(bound, d.id(), Optional.of(s.number()), worst, List.copyOf(closure), citations, weakest);
    }

    private static Standing weaker(Standing a, Standing b) {
        // CITED of the concluding step and PROVED_FROM_CITED of a premise give CITED
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The step and every step it rests on through {@code from}, transitively. */
    public static TreeSet<Integer> closure(Derivation d, Step s) {
        TreeSet<Integer> seen = new TreeSet<>();
        List<Integer> todo = new ArrayList<>(List.of(s.number()));
        while (!todo.isEmpty()) {
            int n = todo.remove(todo.size() - 1);
            if (seen.add(n)) {
                for (Premise p : d.step(n).premises()) {
                    todo.add(p.step());
                }
            }
        }
        return seen;
    }
}

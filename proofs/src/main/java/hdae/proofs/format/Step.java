package hdae.proofs.format;

import hdae.symbolic.bound.Parameter;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.Relation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One numbered step of a derivation.
 *
 * @param number 1, 2, 3, ... in file order
 * @param title a short phrase
 * @param line the line of the step header in its file
 * @param claim the formal claim, or empty for a cited claim given in words
 * @param text the claim in words, for cited steps without a formal claim
 * @param justification why it holds
 * @param antiderivative for a claim {@code Integrate(f, v, a, b) == rhs}, a function H of v named by an
 *                       {@code antiderivative} line: the claim is to follow by the fundamental theorem of calculus
 * @param parameters variables local to this step, with their domains
 * @param where assumptions local to this step
 * @param premises the earlier steps it rests on ({@code from} lines), in order
 * @param concludes ids of catalogue bounds this step states
 * @param expected the verdict the step is expected to get, if the file says
 */
public record Step(int number, String title, int line, Optional<Relation> claim, String text,
        Justification justification, Optional<Formula> antiderivative, List<Parameter> parameters, List<Relation> where, List<Premise> premises,
        List<String> concludes, Optional<String> expected) {
    public Step {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(antiderivative, "antiderivative");
        parameters = List.copyOf(parameters);
        where = List.copyOf(where);
        premises = List.copyOf(premises);
        concludes = List.copyOf(concludes);
        Objects.requireNonNull(expected, "expected");
    }

    /** The name of the step in reports and in the test tree, for example "step 2: the limit". */
    public String displayName() {
        return "step " + number + (title.isEmpty() ? "" : ": " + title);
    }
}

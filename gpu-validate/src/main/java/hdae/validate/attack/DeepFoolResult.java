package hdae.validate.attack;

import java.util.Arrays;

/**
 * A DeepFool run with its cost: the {@link MinimizationResult} and, per input, the number of linearisation steps
 * (iterations) it took. An input counts one iteration for every step at whose start it was not yet adversarial,
 * whether or not a candidate boundary was reachable, up to the step limit; an input already misclassified counts 0.
 * This is how {@code gpu-validate/bench/torch_reference.py} counts, so the two means compare like with like.
 *
 * @param result     distances and adversarial points
 * @param iterations linearisation steps per input
 */
public record DeepFoolResult(MinimizationResult result, int[] iterations) {

    /** @return the mean number of iterations over all inputs (already misclassified ones count 0) */
    public double meanIterations() {
        return Arrays.stream(iterations).average().orElse(Double.NaN);
    }
}

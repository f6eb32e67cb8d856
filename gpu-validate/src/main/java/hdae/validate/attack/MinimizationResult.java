package hdae.validate.attack;

import hdae.validate.norm.Distance;
import hdae.validate.norm.Norm;

/**
 * The outcome of a {@link MinimizationAttack}: for each input, the adversarial point found, its perturbation
 * \(\delta = x_{\mathrm{adv}} - x\) and the size \(\|\delta\|\) in the attack's norm: \(+\infty\) where the
 * attack failed, 0 where the input was already misclassified (then \(x_{\mathrm{adv}} = x\)).
 *
 * @param norm      the norm of the distances
 * @param inputs    the attacked inputs
 * @param result    raw and clipped points and the re-checked success per input
 * @param distances \(\|x_{\mathrm{adv}} - x\|\) per input, \(+\infty\) on failure
 */
public record MinimizationResult(Norm norm, double[][] inputs, AttackResult result, double[] distances) {

    /**
     * The distance of one input's adversarial.
     *
     * @param index the input
     * @return its distance, with its norm
     */
    public Distance distance(int index) {
        return Distance.of(norm, distances[index]);
    }

    /**
     * The perturbation of one input; all zeros where the attack failed or the input was already misclassified.
     *
     * @param index the input
     * @return \(x_{\mathrm{adv}} - x\), a fresh array
     */
    public double[] perturbation(int index) {
        double[] delta = new double[inputs[index].length];
        if (result.success()[index]) {
            for (int j = 0; j < delta.length; j++) {
                delta[j] = result.clipped().get(index, j) - inputs[index][j];
            }
        }
        return delta;
    }

    /** @return the number of inputs */
    public int size() {
        return distances.length;
    }
}

package hdae.validate.attack;

import hdae.validate.ValidationException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How far each attack is from the best one on the same samples. With distances \( D_a(x_i) \) of attacks
 * \( a = 1, \dots, m \) (\( +\infty \) where an attack failed), the measured upper bound of the minimal
 * adversarial distance is the per-sample minimum \( D(x_i) = \min_a D_a(x_i) \), and attack \( a \)'s excess
 * over it is \( D_a(x_i)/D(x_i) - 1 \ge 0 \) on the samples it solved (0 where \( D(x_i) = 0 \), an input already
 * misclassified), so that a weak attack shows.
 */
public final class AttackExcess {

    private AttackExcess() {
    }

    /**
     * The per-sample minimum over attacks.
     *
     * @param distances one array per attack, all of the same length, {@code +Infinity} where it failed
     * @return \( D(x_i) = \min_a D_a(x_i) \), {@code +Infinity} where every attack failed
     */
    public static double[] minimum(List<double[]> distances) {
        if (distances.isEmpty()) {
            throw ValidationException.expected("at least one attack", "distances", 0);
        }
        int samples = distances.get(0).length;
        double[] best = new double[samples];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        for (double[] d : distances) {
            if (d.length != samples) {
                throw ValidationException.expected(samples + " distances per attack", "distances", d.length);
            }
            for (int i = 0; i < samples; i++) {
                best[i] = Math.min(best[i], d[i]);
            }
        }
        return best;
    }

    /**
     * One attack's excess over the minimum, on the samples it solved.
     *
     * @param attack  \( D_a(x_i) \), {@code +Infinity} where it failed
     * @param minimum \( D(x_i) \), from {@link #minimum} over attacks including this one
     * @return \( D_a(x_i)/D(x_i) - 1 \) for each \( i \) with \( D_a(x_i) \) finite, in order (0 where
     *         \( D(x_i) = 0 \)); empty when the attack solved none
     */
    public static double[] excess(double[] attack, double[] minimum) {
        if (attack.length != minimum.length) {
            throw ValidationException.expected(minimum.length + " distances", "attack", attack.length);
        }
        return IntStream.range(0, attack.length).filter(i -> Double.isFinite(attack[i]))
                .mapToDouble(i -> minimum[i] > 0 ? attack[i] / minimum[i] - 1 : 0).toArray();
    }

    /**
     * On how many samples an attack attains the minimum.
     *
     * @param attack  \( D_a(x_i) \)
     * @param minimum \( D(x_i) \)
     * @return the number of \( i \) with \( D_a(x_i) = D(x_i) \) finite
     */
    public static int minimalOn(double[] attack, double[] minimum) {
        if (attack.length != minimum.length) {
            throw ValidationException.expected(minimum.length + " distances", "attack", attack.length);
        }
        return (int) IntStream.range(0, attack.length)
                .filter(i -> Double.isFinite(attack[i]) && attack[i] == minimum[i]).count();
    }
}

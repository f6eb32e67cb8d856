package hdae.validate.census;

import hdae.validate.ValidationException;

import java.util.Arrays;

/**
 * The settings of one census: the task, the network widths, the starts and the search.
 *
 * @param inputDimension \( d \)
 * @param teacherWidth \( h_T \) of the {@link TeacherTask}
 * @param samples \( m \)
 * @param noise the teacher's noise standard deviation \( \sigma \)
 * @param weightDecay the weight decay \( \kappa \) of the {@link TanhMlp} loss
 * @param widths the student widths \( h \) (one parameter count \( n = h(d+2)+1 \) each)
 * @param starts the seeded starts per width
 * @param startScale the standard deviation of each initial coordinate, \( \theta_0 \sim N(0, \mathrm{startScale}^2 I) \)
 * @param descentSteps \( T \), the longest gradient-descent run before the search: start \( j \) of \( J \) runs
 *     \( T_j = \lfloor T (j/(J-1))^2 \rfloor \) steps, so the searches begin along the descent trajectories
 * @param threshold \( \tau \), the L2 gradient norm of a critical point
 * @param maxIterations the iteration budget of each search
 * @param parameterBound the escape bound on \( \|\theta\|_\infty \)
 * @param directions the random unit directions of the second-difference check per point
 * @param seed the seed of the task and of every start
 */
public record CensusConfig(int inputDimension, int teacherWidth, int samples, double noise, double weightDecay, int[] widths, int starts,
        double startScale, int descentSteps, double threshold, int maxIterations, double parameterBound, int directions, long seed) {

    /**
     * \( \tau = 10^{-8} \): targets have unit scale and \( L = O(1) \), and the finite-difference Newton iteration
     * reaches \( \|g\| \approx 10^{-14} \) at a non-degenerate critical point, so a point under \( 10^{-8} \) has
     * converged and one that stalls above it is not critical.
     */
    public static final double DEFAULT_THRESHOLD = 1e-8;
    /**
     * \( \kappa = 10^{-3} \): small against the data term (about \( 10^{-2} \)) yet enough to make every critical
     * point isolated (see {@link TanhMlp}).
     */
    public static final double DEFAULT_WEIGHT_DECAY = 1e-3;

    /**
     * Validates the settings.
     *
     * @param inputDimension see the record description
     * @param teacherWidth see the record description
     * @param samples see the record description
     * @param noise see the record description
     * @param weightDecay see the record description
     * @param widths see the record description
     * @param starts see the record description
     * @param startScale see the record description
     * @param descentSteps see the record description
     * @param threshold see the record description
     * @param maxIterations see the record description
     * @param parameterBound see the record description
     * @param directions see the record description
     * @param seed see the record description
     */
    public CensusConfig {
        if (!(widths != null && widths.length >= 1 && Arrays.stream(widths).allMatch(w -> w >= 1))) {
            throw ValidationException.expected("at least one width, each >= 1", "widths", Arrays.toString(widths));
        }
        if (!(starts >= 1 && directions >= 1 && descentSteps >= 0)) {
            throw ValidationException.expected("starts and directions >= 1, descentSteps >= 0",
                    "starts, directions, descentSteps", starts + ", " + directions + ", " + descentSteps);
        }
        if (!(weightDecay >= 0 && weightDecay < Double.POSITIVE_INFINITY)) {
            throw ValidationException.expected("finite weightDecay >= 0", "weightDecay", weightDecay);
        }
        if (!(startScale > 0 && startScale < Double.POSITIVE_INFINITY)) {
            throw ValidationException.expected("finite startScale > 0", "startScale", startScale);
        }
        widths = widths.clone();
    }

    /**
     * The quick scale of {@code mvn test}: \( d = 2 \), widths 1, 2 and 3 (\( n = 5, 9, 13 \)), 16 starts each after
     * up to 2000 descent steps, 24 samples, teacher width 3.
     *
     * @param seed the seed
     * @return the settings
     */
    public static CensusConfig quick(long seed) {
        return new CensusConfig(2, 3, 24, 0.1, DEFAULT_WEIGHT_DECAY, new int[] {1, 2, 3}, 16, 0.5, 2000,
                DEFAULT_THRESHOLD, 100, 100, 3, seed);
    }

    /**
     * The full scale of {@link CensusMain}: \( d = 3 \), widths 1, 2, 3, 4, 6, 8, 12
     * (\( n = 6, 11, 16, 21, 31, 41, 61 \)), 240 starts each after up to 20 000 descent steps, at most 300 search
     * iterations, 64 samples, teacher width 4.
     *
     * @param seed the seed
     * @return the settings
     */
    public static CensusConfig full(long seed) {
        return new CensusConfig(3, 4, 64, 0.1, DEFAULT_WEIGHT_DECAY, new int[] {1, 2, 3, 4, 6, 8, 12}, 240, 0.5,
                20_000, DEFAULT_THRESHOLD, 300, 100, 3, seed);
    }

    /**
     * The widths.
     *
     * @return a copy of the widths
     */
    @Override
    public int[] widths() {
        return widths.clone();
    }
}

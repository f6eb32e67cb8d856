package hdae.validate.census;

import hdae.numeric.mc.Estimate;

/**
 * The census of one network width: what the searches did, and the fraction of minima among the distinct critical
 * points with its Clopper-Pearson interval.
 *
 * @param width \( h \)
 * @param parameterCount \( n = h(d+2)+1 \)
 * @param starts the searches run
 * @param criticalRuns searches that ended at \( \|g\|_2 \le \tau \)
 * @param stuckRuns searches stuck at a non-critical minimum of \( \|g\|^2 \)
 * @param budgetRuns searches that ran out of iterations
 * @param escapedRuns searches that passed the parameter bound
 * @param distinct distinct critical points (same loss and spectrum counted once)
 * @param minima distinct points of index 0
 * @param degenerateMinima minima with a zero eigenvalue (second-order test undecided)
 * @param degenerate distinct points with a zero eigenvalue, any index
 * @param fractionOfMinima minima over distinct, Clopper-Pearson (absent, {@code null}, when no point was found)
 * @param meanIndexFraction the mean of \( \alpha \) over the distinct points (NaN when none)
 */
public record WidthSummary(int width, int parameterCount, int starts, int criticalRuns, int stuckRuns, int budgetRuns,
        int escapedRuns, int distinct, int minima, int degenerateMinima, int degenerate, Estimate fractionOfMinima,
        double meanIndexFraction) {
}

package hdae.numeric.mc;

import hdae.numeric.NumericException;
import java.util.Objects;

/**
 * A Monte Carlo estimate: a point value with its standard error, its sample count, a confidence interval and
 * the name of the method that made it.
 *
 * @param value the point estimate, for example \( \bar X \) or \( k/m \)
 * @param standardError the estimated standard deviation of {@code value}, \( \ge 0 \)
 * @param samples the sample count \( m \ge 1 \)
 * @param interval the confidence interval
 * @param method the method, for example "Student-t mean" or "Clopper-Pearson proportion"
 */
public record Estimate(double value, double standardError, long samples, ConfidenceInterval interval, String method) {

    /**
     * Validates the fields.
     *
     * @param value see the record description
     * @param standardError see the record description
     * @param samples see the record description
     * @param interval see the record description
     * @param method see the record description
     */
    public Estimate {
        if (!(standardError >= 0)) {
            throw NumericException.expected("standardError >= 0", "standardError", standardError);
        }
        if (samples < 1) {
            throw NumericException.expected("samples >= 1", "samples", samples);
        }
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(method, "method");
    }

    /**
     * Whether the confidence interval contains a reference value.
     *
     * @param reference the reference, for example an exact closed form
     * @return {@code interval().contains(reference)}
     */
    public boolean isConsistentWith(double reference) {
        return interval.contains(reference);
    }
}

package hdae.validate.norm;

import hdae.validate.ValidationException;

/**
 * A perturbation budget: the closed ball \(\{\delta : \|\delta\| \le \varepsilon\}\) in a given norm.
 *
 * @param norm the norm of the ball
 * @param eps  the radius \(\varepsilon\), finite and \(\ge 0\)
 */
public record Budget(Norm norm, double eps) {

    /** Validates the fields. */
    public Budget {
        if (norm == null) {
            throw ValidationException.expected("a norm", "norm", null);
        }
        if (!(eps >= 0 && eps < Double.POSITIVE_INFINITY)) {
            throw ValidationException.expected("finite eps >= 0", "eps", eps);
        }
    }

    /**
     * A budget.
     *
     * @param norm the norm of the ball
     * @param eps  its radius, finite and \(\ge 0\)
     * @return the budget
     */
    public static Budget of(Norm norm, double eps) {
        return new Budget(norm, eps);
    }
}

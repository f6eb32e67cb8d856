package hdae.validate.census;

/**
 * A twice-differentiable loss \( L : \mathbb{R}^n \to \mathbb{R} \) with an analytic gradient.
 *
 * <p>Contract: {@link #value} and {@link #gradient} are pure functions of \( \theta \) (same input, same bits), do
 * not modify \( \theta \), and accept any finite vector of length {@link #dimension()}. The Hessian is not part of
 * the contract: {@link FiniteDifferences} builds it from the gradient. Nothing is guaranteed for non-finite input.
 */
public interface DifferentiableLoss {

    /**
     * The parameter count.
     *
     * @return \( n \ge 1 \)
     */
    int dimension();

    /**
     * The loss.
     *
     * @param theta the parameters, length \( n \)
     * @return \( L(\theta) \)
     */
    double value(double[] theta);

    /**
     * The analytic gradient.
     *
     * @param theta the parameters, length \( n \)
     * @return \( \nabla L(\theta) \), a new array of length \( n \)
     */
    double[] gradient(double[] theta);
}

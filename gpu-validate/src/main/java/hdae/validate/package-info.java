/**
 * Measurement of adversarial quantities on trained networks with Deeplearning4j: the root package holds only
 * the module's one exception type, {@link hdae.validate.ValidationException}; the work lives in the
 * sub-packages {@code data} (MNIST and synthetic sets), {@code model} (networks, training, cache), {@code norm}
 * (norms, distances, budgets), {@code criterion} (what counts as adversarial), {@code attack} (FGSM, PGD,
 * DeepFool, minimal-L2 search), {@code certify} (certified lower bounds), {@code export} (npz interchange) and
 * {@code bench} (the speed benchmark).
 *
 * <p>Legend: \(x \in [0,1]^n\) an input of dimension \(n\); \(y\) its label; \(\delta\) a perturbation;
 * \(\varepsilon\) ({@code eps}) a budget.
 */
package hdae.validate;

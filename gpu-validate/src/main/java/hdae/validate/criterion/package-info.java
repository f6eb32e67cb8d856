/**
 * Success criteria of attacks: a {@link hdae.validate.criterion.Criterion} decides from the logits whether a
 * point is adversarial; {@link hdae.validate.criterion.Misclassification} is the untargeted one used
 * throughout. The attack base classes re-check every returned point with it.
 *
 * <p>Legend: \(z(x) \in \mathbb{R}^K\) the logits at \(x\); \(\hat k(x) = \arg\max_k z_k(x)\) the predicted
 * class; \(y\) the true label; \(K\) the number of classes; \(B\) a batch size.
 */
package hdae.validate.criterion;

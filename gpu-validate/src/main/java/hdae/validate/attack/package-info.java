/**
 * Batched adversarial attacks on a {@link hdae.validate.model.Classifier}, in the shape of Foolbox 3.
 * {@link hdae.validate.attack.MinimizationAttack}s ({@link hdae.validate.attack.L2DeepFool},
 * {@link hdae.validate.attack.LinfDeepFool}, the bisection search {@link hdae.validate.attack.L2PgdBisection}, the
 * minimum-norm attacks {@link hdae.validate.attack.Fmn} (L2, L-infinity) and {@link hdae.validate.attack.L2Ddn}, and
 * {@link hdae.validate.attack.L2SphereBisection}, which keeps its adversarials on the sphere through the input)
 * return each sample's adversarial and its distance (\(+\infty\) on failure, 0 if already misclassified);
 * {@link hdae.validate.attack.FixedBudgetAttack}s ({@link hdae.validate.attack.LinfFgsm},
 * {@link hdae.validate.attack.LinfPgd}, {@link hdae.validate.attack.L2Pgd}) take a list of budgets and return
 * success per budget. The base classes' {@code attack} methods are final: they clip to the budget and the
 * {@link hdae.validate.attack.Box} (the unit cube unless told otherwise) and re-check success on the model.
 *
 * <p>Legend: \(x \in \mathrm{Box} \subset \mathbb{R}^n\) an input with label \(y\); \(\delta\) a perturbation,
 * \(x_{\mathrm{adv}} = x + \delta\); \(\varepsilon\) ({@code eps}) a budget, \(B_\varepsilon(x)\) its ball;
 * \(z\) the logits, \(\hat k\) the predicted class; \(\ell\) the cross-entropy; \(g = \nabla_x \ell\);
 * \(\alpha = \rho\varepsilon\) a PGD step, \(T\) the number of steps; DeepFool's \(f_k = z_k - z_y\),
 * \(w_k = \nabla_x f_k\), \(r\) a step and \(\eta\) the overshoot; \(\|\cdot\|_*\) the dual norm; FMN's margin
 * loss \(L = z_y - \max_{j \ne y} z_j\), its step \(\alpha_k\) and budget factor \(\gamma_k\); \(\delta^\ast\) the
 * smallest adversarial perturbation seen.
 */
package hdae.validate.attack;

/**
 * Networks and their training on DL4J: softmax regression, MLPs of any depth and width and a small CNN
 * (described by a {@link hdae.validate.model.ModelSpec}), seeded training with optional early stopping
 * ({@link hdae.validate.model.Trainer}), an atomically written disk cache keyed by the full configuration
 * ({@link hdae.validate.model.ModelCache}), and the {@link hdae.validate.model.Classifier} that gives attacks
 * batched logits and per-sample input gradients in double arrays.
 *
 * <p>Legend: \(x \in \mathbb{R}^n\) an input, \(B\) a batch size; \(z(x) \in \mathbb{R}^K\) the logits over
 * \(K\) classes; \(\mathrm{softmax}(z)_k = e^{z_k}/\sum_j e^{z_j}\); \(y\) a label, \(e_y\) its one-hot vector;
 * \(\ell = -\log \mathrm{softmax}(z)_y\) the cross-entropy; \(W_l, b_l\) the weights (shape in x out) and bias
 * of layer \(l\); \(h_l\) its activations; \(\mathrm{relu}(t) = \max(t, 0)\); \(\omega\) output weights
 * back-propagated to the input.
 */
package hdae.validate.model;

package hdae.validate.model;

import hdae.validate.ValidationException;

/**
 * The logits of a batch from one forward pass of a {@link Classifier}, and input gradients of weighted sums
 * of those logits by back-propagation through the same pass.
 *
 * <p>For output weights \(\omega \in \mathbb{R}^{B \times K}\), {@link #gradient(Batch)} returns the rows
 * \(\nabla_{x_i} \sum_k \omega_{ik} z_k(x_i)\). Each row is its own sample's gradient: no division by the
 * batch size B (unlike DL4J's {@code calculateGradients} of the minibatch-mean score). With
 * \(\omega_i = \mathrm{softmax}(z_i) - e_{y_i}\) this is the gradient of sample i's cross-entropy; with
 * \(\omega_i = e_k - e_j\) it is \(\nabla (z_k - z_j)\), what DeepFool needs.
 *
 * <p>A pass is valid until the next call of {@link Classifier#forward(Batch)} on the same classifier: a
 * stale pass throws {@link IllegalStateException} rather than give wrong gradients.
 */
public final class ForwardPass {

    /** The classifier that made the pass. */
    private final Classifier owner;
    /** Which pass of the owner this is, to detect staleness. */
    private final long generation;
    /** Rows B of the pass. */
    private final int rows;
    /** The logits, B x K. */
    private final Batch logits;

    ForwardPass(Classifier owner, long generation, int rows, Batch logits) {
        this.owner = owner;
        this.generation = generation;
        this.rows = rows;
        this.logits = logits;
    }

    /** @return the logits, B x K (shared storage; do not modify) */
    public Batch logits() {
        return logits;
    }

    /**
     * The input gradient of a weighted sum of logits.
     *
     * @param outputWeights \(\omega\), B x K
     * @return the gradient, B x n
     */
    public Batch gradient(Batch outputWeights) {
        return gradients(outputWeights, 1);
    }

    /**
     * The input gradients of m weighted sums of logits per sample, in one backward pass (DeepFool's
     * \(
abla(z_k - z_y)\) for every candidate k at once).
     *
     * @param outputWeights \(\omega\), B m x K: rows \(im, \dots, im + m - 1\) weight sample i's logits
     * @param perRow        m, at least 1
     * @return the gradients, B m x n, in the same row order
     */
    public Batch gradients(Batch outputWeights, int perRow) {
        if (!(perRow >= 1 && outputWeights.rows() == (long) rows * perRow)) {
            throw ValidationException.expected(rows + " x " + perRow + " rows of output weights (perRow >= 1)",
                    "outputWeights", outputWeights.rows() + " rows, perRow " + perRow);
        }
        return owner.backward(generation, outputWeights, perRow);
    }
}

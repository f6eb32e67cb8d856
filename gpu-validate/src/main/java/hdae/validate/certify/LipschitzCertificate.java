package hdae.validate.certify;

import hdae.validate.ValidationException;
import hdae.validate.model.Batch;
import hdae.validate.model.Classifier;
import hdae.validate.model.DenseLayerParameters;
import hdae.validate.norm.Distance;
import hdae.validate.norm.Norm;

import java.util.List;

/**
 * The Lipschitz-margin certificate of a ReLU MLP (Tsuzuku, Sato, Sugiyama 2018): with the margin
 * \(M(x) = z_y(x) - \max_{j \ne y} z_j(x)\) and \(L = \prod_l \|W_l\|_2\) a Lipschitz constant of the logits
 * in L2 (ReLU is 1-Lipschitz), no \(\delta\) with
 * \[ \|\delta\|_2 < R(x) = \frac{M(x)}{\sqrt{2}\, L} \]
 * changes the class, since each \(z_y - z_j\) is \(\sqrt{2}L\)-Lipschitz. So for every sample
 * \(R(x) \le \Delta(x) \le\) any attack's distance; \(R = 0\) where \(M \le 0\) (misclassified). \(L\) uses the
 * rigorous {@link SpectralNorm#upperBound} of each layer; the power-iteration estimates are kept for
 * comparison. The margin comes from the classifier's own logits, so the certificate is exact up to their
 * rounding (negligible in double precision).
 *
 * @see <a href="https://arxiv.org/abs/1802.04034">arXiv 1802.04034</a>, Sec. 3 (Proposition 1)
 */
public final class LipschitzCertificate {

    /** Squarings for the upper bounds: within a factor m^(1/2^13) (1.0006 for m = 128) of the true norm. */
    private static final int SQUARINGS = 12;
    /** Power iterations for the estimates. */
    private static final int ITERATIONS = 200;

    /** The certified classifier. */
    private final Classifier model;
    /** Rigorous upper bounds of each layer's spectral norm. */
    private final double[] upperBounds;
    /** Power-iteration estimates (lower bounds) of each layer's spectral norm. */
    private final double[] estimates;

    private LipschitzCertificate(Classifier model, double[] upperBounds, double[] estimates) {
        this.model = model;
        this.upperBounds = upperBounds;
        this.estimates = estimates;
    }

    /**
     * Computes the layer norms of a dense classifier (softmax regression or ReLU MLP).
     *
     * @param model the classifier
     * @return the certificate
     */
    public static LipschitzCertificate of(Classifier model) {
        if (!model.spec().isDense()) {
            throw ValidationException.expected("a dense ReLU network", "model", model.spec().architecture());
        }
        List<DenseLayerParameters> layers = model.denseLayers();
        double[] upper = new double[layers.size()];
        double[] estimate = new double[layers.size()];
        for (int l = 0; l < layers.size(); l++) {
            double[][] weights = layers.get(l).weights();
            upper[l] = SpectralNorm.upperBound(weights, SQUARINGS);
            estimate[l] = SpectralNorm.estimate(weights, ITERATIONS, l);
        }
        return new LipschitzCertificate(model, upper, estimate);
    }

    /** @return the rigorous Lipschitz bound \(L = \prod_l \overline{\|W_l\|_2}\) of the logits in L2 */
    public double lipschitzBound() {
        double product = 1;
        for (double u : upperBounds) {
            product *= u;
        }
        return product;
    }

    /** @return the power-iteration product \(\prod_l \widehat{\|W_l\|_2}\) (a lower bound of the product) */
    public double lipschitzEstimate() {
        double product = 1;
        for (double e : estimates) {
            product *= e;
        }
        return product;
    }

    /** @return per layer, the power-iteration estimate and the rigorous upper bound of \(\|W_l\|_2\) */
    public double[][] layerNorms() {
        return new double[][] {estimates.clone(), upperBounds.clone()};
    }

    /**
     * The certified L2 radius of each sample.
     *
     * @param inputs points, one row each, of the model's dimension
     * @param labels their true labels
     * @return \(R(x_i)\) per sample, 0 where misclassified
     */
    public double[] radii(double[][] inputs, int[] labels) {
        if (inputs.length != labels.length) {
            throw ValidationException.expected(inputs.length + " labels", "labels.length", labels.length);
        }
        Batch logits = model.logits(Batch.of(inputs));
        double denominator = Math.sqrt(2) * lipschitzBound();
        double[] radii = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i];
            if (!(label >= 0 && label < model.classes())) {
                throw ValidationException.expected("labels in [0, " + model.classes() + ")", "labels[" + i + "]",
                        label);
            }
            double runnerUp = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < model.classes(); k++) {
                if (k != label) {
                    runnerUp = Math.max(runnerUp, logits.get(i, k));
                }
            }
            double margin = logits.get(i, label) - runnerUp;
            radii[i] = margin > 0 ? margin / denominator : 0;
        }
        return radii;
    }

    /**
     * The certified radius of one sample as a distance.
     *
     * @param input the point
     * @param label its label
     * @return \(R(x)\) in L2
     */
    public Distance radius(double[] input, int label) {
        return Distance.of(Norm.L2, radii(new double[][] {input}, new int[] {label})[0]);
    }
}

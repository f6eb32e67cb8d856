package hdae.validate;

import hdae.validate.data.Dataset;
import hdae.validate.data.Mnist;
import hdae.validate.data.Resolution;
import hdae.validate.model.Classifier;
import hdae.validate.model.DenseLayerParameters;
import hdae.validate.model.ModelSpec;
import hdae.validate.model.Trainer;
import hdae.validate.model.TrainingSpec;

import java.util.List;

/**
 * Shared test fixtures, built once per test JVM: small trained networks on MNIST at 7x7 (49 pixels), so that
 * attacks and certificates run on real, trained decision boundaries in well under a second.
 */
public final class Fixtures {

    /** Training points: the first 3000 MNIST training images, enough for about 85% test accuracy at 7x7. */
    public static final int TRAIN_SIZE = 3000;
    /** The seed of every fixture. */
    public static final long SEED = 20_180_100_634L;

    private static Dataset train7;
    private static Dataset test7;
    private static Classifier mlp7;
    private static Classifier softmax7;

    private Fixtures() {
    }

    /** @return MNIST training images 0..2999, area-averaged to 7x7 */
    public static synchronized Dataset mnist7Train() {
        if (train7 == null) {
            train7 = Resolution.downsample(Mnist.train().subset(0, TRAIN_SIZE), 4);
        }
        return train7;
    }

    /** @return MNIST test images 0..999, area-averaged to 7x7 */
    public static synchronized Dataset mnist7Test() {
        if (test7 == null) {
            test7 = Resolution.downsample(Mnist.test().subset(0, 1000), 4);
        }
        return test7;
    }

    /** @return a 49-32-16-10 ReLU MLP in double precision, 8 epochs of Adam (lr 3e-3), batch 64 */
    public static synchronized Classifier mnist7Mlp() {
        if (mlp7 == null) {
            mlp7 = Trainer.train(ModelSpec.mlp(49, List.of(32, 16), 10),
                    TrainingSpec.of(8, 64, SEED).withLearningRate(3e-3), mnist7Train()).classifier();
        }
        return mlp7;
    }

    /** @return softmax regression 49-10 in double precision, 8 epochs of Adam (lr 1e-2), batch 64 */
    public static synchronized Classifier mnist7Softmax() {
        if (softmax7 == null) {
            softmax7 = Trainer.train(ModelSpec.softmaxRegression(49, 10),
                    TrainingSpec.of(8, 64, SEED).withLearningRate(1e-2), mnist7Train()).classifier();
        }
        return softmax7;
    }

    /**
     * A binary linear classifier (softmax regression, double precision) with logits
     * \(z_0 = 0\), \(z_1 = w\cdot x + b\): class 1 iff \(w\cdot x + b > 0\).
     *
     * @param w the normal vector
     * @param b the offset
     * @return the classifier
     */
    public static Classifier linearBinary(double[] w, double b) {
        double[][] weights = new double[w.length][2];
        for (int j = 0; j < w.length; j++) {
            weights[j][1] = w[j];
        }
        return Classifier.fromDenseLayers(ModelSpec.softmaxRegression(w.length, 2),
                List.of(new DenseLayerParameters(weights, new double[] {0, b})));
    }

    /**
     * The fraction of points a classifier labels correctly.
     *
     * @param model the classifier
     * @param data  the data
     * @return the accuracy
     */
    public static double accuracy(Classifier model, Dataset data) {
        int[] predicted = model.predict(data.rows(0, data.size()));
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            if (predicted[i] == data.label(i)) {
                correct++;
            }
        }
        return (double) correct / data.size();
    }
}

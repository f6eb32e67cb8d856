package hdae.validate.model;

import hdae.validate.ValidationException;
import hdae.validate.data.Dataset;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.Locale;

/**
 * Seeded minibatch training of a {@link ModelSpec} on a {@link Dataset}: Adam on the mean cross-entropy
 * \(\frac{1}{B}\sum_{i} -\log \mathrm{softmax}(z(x_i))_{y_i}\), data shuffled every epoch, with optional early
 * stopping on a held-out split (see {@link TrainingSpec}). A console progress bar appears for runs longer
 * than a few seconds.
 */
public final class Trainer {

    private Trainer() {
    }

    /**
     * Trains a network.
     *
     * @param spec     the shape; its inputs and classes must match the data
     * @param training how to train
     * @param data     the training data (a validation split is taken from it when asked)
     * @return the classifier (early stopping: from the best epoch) and the report
     */
    public static TrainedModel train(ModelSpec spec, TrainingSpec training, Dataset data) {
        if (spec.inputs() != data.dimension() || spec.classes() != data.classes()) {
            throw ValidationException.expected("data of dimension " + spec.inputs() + " with " + spec.classes()
                    + " classes", "data", data);
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(training.seed());
        int[] order = PermutationSampler.natural(data.size());
        PermutationSampler.shuffle(rng, order);
        int validationSize = (int) Math.round(training.validationFraction() * data.size());
        int[] validation = Arrays.copyOfRange(order, 0, validationSize);
        int[] train = Arrays.copyOfRange(order, validationSize, order.length);
        if (train.length < 1 || (training.patience() > 0 && validation.length < 1)) {
            throw ValidationException.expected("at least one training and one validation point", "data", data);
        }

        MultiLayerNetwork network = Networks.trainable(spec, training.seed(), training.learningRate());
        DataType type = spec.precision().dataType();
        int batchSize = Math.min(training.batchSize(), train.length);
        long batchesPerEpoch = (train.length + batchSize - 1) / batchSize;
        double[] trainLoss = new double[training.epochs()];
        double[] validationLoss = new double[validation.length > 0 ? training.epochs() : 0];
        double bestLoss = Double.POSITIVE_INFINITY;
        INDArray bestParams = null;
        int bestEpoch = 0;
        int epochsRun = 0;
        double[] seconds = new double[training.epochs()];
        double[] cpuSeconds = new double[training.epochs()];
        Minibatches minibatches = new Minibatches(data, batchSize, type);
        // dense networks on the CPU backend: the same Adam steps written out with OpenBLAS products and Java loops
        // (DenseTraining, the same parameters bit for bit), else DL4J's fit
        DenseTraining dense = spec.isDense() && DenseTraining.isAvailable()
                ? DenseTraining.of(network, training.learningRate()) : null;
        try (Progress progress = Progress.start("train " + spec.architecture(),
                batchesPerEpoch * training.epochs())) {
            for (int epoch = 1; epoch <= training.epochs(); epoch++) {
                long start = System.nanoTime();
                long cpu = ProcessCpu.nanos();
                PermutationSampler.shuffle(rng, train);
                double lossSum = 0;
                for (int from = 0; from < train.length; from += batchSize) {
                    int[] batch = Arrays.copyOfRange(train, from, Math.min(from + batchSize, train.length));
                    DataSet minibatch = minibatches.of(batch);
                    double loss;
                    if (dense != null) {
                        loss = dense.step(minibatch.getFeatures(), minibatch.getLabels());
                    } else {
                        network.fit(minibatch);
                        loss = network.score();
                    }
                    lossSum += loss * batch.length;
                    progress.step(String.format(Locale.ROOT, "epoch %d loss %.4f", epoch, loss));
                }
                seconds[epoch - 1] = (System.nanoTime() - start) / 1e9;
                cpuSeconds[epoch - 1] = (ProcessCpu.nanos() - cpu) / 1e9;
                trainLoss[epoch - 1] = lossSum / train.length;
                epochsRun = epoch;
                if (validation.length == 0) {
                    bestEpoch = epoch;
                    continue;
                }
                double loss = meanLoss(network, validation, batchSize, minibatches);
                validationLoss[epoch - 1] = loss;
                if (loss < bestLoss) {
                    bestLoss = loss;
                    bestEpoch = epoch;
                    bestParams = network.params().dup();
                } else if (training.patience() > 0 && epoch - bestEpoch >= training.patience()) {
                    break;
                }
            }
        }
        if (bestParams != null && bestEpoch != epochsRun) {
            network.setParams(bestParams);
        }
        TrainingReport report = new TrainingReport(epochsRun, bestEpoch, Arrays.copyOf(trainLoss, epochsRun),
                Arrays.copyOf(validationLoss, Math.min(epochsRun, validationLoss.length)),
                Arrays.copyOf(seconds, epochsRun), Arrays.copyOf(cpuSeconds, epochsRun));
        return new TrainedModel(Classifier.of(spec, network), report);
    }

    /**
     * The mean cross-entropy of a network over the selected points, evaluated in minibatches.
     *
     * @param network     the network (softmax output)
     * @param indices     the points
     * @param batchSize   evaluation batch size
     * @param minibatches the minibatches of the data
     * @return the mean loss in nats
     */
    private static double meanLoss(MultiLayerNetwork network, int[] indices, int batchSize,
                                   Minibatches minibatches) {
        double sum = 0;
        for (int from = 0; from < indices.length; from += batchSize) {
            int[] batch = Arrays.copyOfRange(indices, from, Math.min(from + batchSize, indices.length));
            sum += network.score(minibatches.of(batch), false) * batch.length;
        }
        return sum / indices.length;
    }

    /**
     * The features and one-hot labels of a minibatch. Full-size minibatches reuse the same two native arrays
     * (allocating 400 KB per minibatch was a fifth of the training time in a profile); {@code fit} and
     * {@code score} read them before the next minibatch overwrites them.
     */
    private static final class Minibatches {

        private final Dataset data;
        private final DataType type;
        private final float[] rows;
        private final float[] oneHot;
        private final INDArray features;
        private final INDArray labels;

        Minibatches(Dataset data, int batchSize, DataType type) {
            this.data = data;
            this.type = type;
            this.rows = new float[batchSize * data.dimension()];
            this.oneHot = new float[batchSize * data.classes()];
            this.features = Nd4j.createUninitialized(DataType.FLOAT, batchSize, data.dimension());
            this.labels = Nd4j.createUninitialized(DataType.FLOAT, batchSize, data.classes());
        }

        DataSet of(int[] batch) {
            int n = data.dimension();
            int classes = data.classes();
            boolean full = batch.length * n == rows.length;
            float[] x = full ? rows : new float[batch.length * n];
            float[] y = full ? oneHot : new float[batch.length * classes];
            data.copyRows(batch, x);
            Arrays.fill(y, 0f);
            for (int i = 0; i < batch.length; i++) {
                y[i * classes + data.label(batch[i])] = 1f;
            }
            INDArray f = full ? features : Nd4j.createUninitialized(DataType.FLOAT, batch.length, n);
            INDArray l = full ? labels : Nd4j.createUninitialized(DataType.FLOAT, batch.length, classes);
            NativeArrays.fill(f, x);
            NativeArrays.fill(l, y);
            return type == DataType.FLOAT ? new DataSet(f, l) : new DataSet(f.castTo(type), l.castTo(type));
        }
    }
}

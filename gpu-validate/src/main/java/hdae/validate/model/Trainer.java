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
        long trainingNanos = 0;
        long trainingCpuNanos = 0;
        float[] buffer = new float[batchSize * data.dimension()];
        try (Progress progress = Progress.start("train " + spec.architecture(),
                batchesPerEpoch * training.epochs())) {
            for (int epoch = 1; epoch <= training.epochs(); epoch++) {
                long start = System.nanoTime();
                long cpu = ProcessCpu.nanos();
                PermutationSampler.shuffle(rng, train);
                double lossSum = 0;
                for (int from = 0; from < train.length; from += batchSize) {
                    int[] batch = Arrays.copyOfRange(train, from, Math.min(from + batchSize, train.length));
                    network.fit(toDataSet(data, batch, buffer, type));
                    lossSum += network.score() * batch.length;
                    progress.step(String.format(Locale.ROOT, "epoch %d loss %.4f", epoch, network.score()));
                }
                trainingNanos += System.nanoTime() - start;
                trainingCpuNanos += ProcessCpu.nanos() - cpu;
                trainLoss[epoch - 1] = lossSum / train.length;
                epochsRun = epoch;
                if (validation.length == 0) {
                    bestEpoch = epoch;
                    continue;
                }
                double loss = meanLoss(network, data, validation, batchSize, buffer, type);
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
                trainingNanos / 1e9 / epochsRun, trainingCpuNanos / 1e9 / epochsRun);
        return new TrainedModel(Classifier.of(spec, network), report);
    }

    /**
     * The mean cross-entropy of a network over the selected points, evaluated in minibatches.
     *
     * @param network the network (softmax output)
     * @param data    the data
     * @param indices the points
     * @param batchSize  evaluation batch size
     * @param buffer  scratch space for {@code batchSize} rows
     * @param type    the network's data type
     * @return the mean loss in nats
     */
    private static double meanLoss(MultiLayerNetwork network, Dataset data, int[] indices, int batchSize,
                                   float[] buffer, DataType type) {
        double sum = 0;
        for (int from = 0; from < indices.length; from += batchSize) {
            int[] batch = Arrays.copyOfRange(indices, from, Math.min(from + batchSize, indices.length));
            sum += network.score(toDataSet(data, batch, buffer, type), false) * batch.length;
        }
        return sum / indices.length;
    }

    private static DataSet toDataSet(Dataset data, int[] batch, float[] buffer, DataType type) {
        int n = data.dimension();
        data.copyRows(batch, buffer);
        float[] rows = batch.length * n == buffer.length ? buffer : Arrays.copyOf(buffer, batch.length * n);
        INDArray features = Nd4j.create(rows, new long[] {batch.length, n}, DataType.FLOAT);
        float[] oneHot = new float[batch.length * data.classes()];
        for (int i = 0; i < batch.length; i++) {
            oneHot[i * data.classes() + data.label(batch[i])] = 1f;
        }
        INDArray labels = Nd4j.create(oneHot, new long[] {batch.length, data.classes()}, DataType.FLOAT);
        if (type != DataType.FLOAT) {
            features = features.castTo(type);
            labels = labels.castTo(type);
        }
        return new DataSet(features, labels);
    }
}

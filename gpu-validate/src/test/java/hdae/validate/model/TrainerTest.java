package hdae.validate.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.validate.ExceptionAssert;
import hdae.validate.Fixtures;
import hdae.validate.ValidationException;
import hdae.validate.data.Dataset;
import hdae.validate.data.Synthetic;

import org.junit.jupiter.api.Test;

import java.util.List;

class TrainerTest {

    @Test
    void softmaxRegressionOnMnist7x7BeatsChanceByFar() {
        // 10 classes: chance is 0.1. Linear models on 7x7 MNIST reach about 0.85 with enough data; 3000
        // training points and 8 epochs give about 0.8 on the first 1000 test images. 0.7 is a floor that only
        // a broken trainer (or label mix-up) misses, not a tuned threshold.
        double accuracy = Fixtures.accuracy(Fixtures.mnist7Softmax(), Fixtures.mnist7Test());
        assertTrue(accuracy > 0.7, "test accuracy " + accuracy);
    }

    @Test
    void sameSeedGivesBitIdenticalParameters() {
        Dataset data = Synthetic.gaussians(6, 200, 2, 1, 3L);
        ModelSpec spec = ModelSpec.mlp(6, List.of(8), 2);
        TrainingSpec training = TrainingSpec.of(2, 32, 4L);
        double[] first = Trainer.train(spec, training, data).classifier().network().params().toDoubleVector();
        double[] second = Trainer.train(spec, training, data).classifier().network().params().toDoubleVector();
        assertArrayEquals(first, second, 0.0);
    }

    @Test
    void earlyStoppingKeepsTheEpochWithLeastValidationLoss() {
        // a large learning rate on a small set overfits and oscillates, so validation loss stops improving
        // well before 40 epochs; patience 3 ends the run 3 epochs after the best one
        Dataset data = Synthetic.teacher(10, 120, 6, 0.5, 5L);
        TrainingSpec training = TrainingSpec.of(40, 16, 6L).withLearningRate(0.05).withEarlyStopping(3, 0.25);
        TrainedModel trained = Trainer.train(ModelSpec.mlp(10, List.of(32), 2), training, data);
        TrainingReport report = trained.report();
        double[] validation = report.validationLoss();
        int argmin = 0;
        for (int e = 1; e < validation.length; e++) {
            if (validation[e] < validation[argmin]) {
                argmin = e;
            }
        }
        assertEquals(argmin + 1, report.bestEpoch());
        assertTrue(report.epochsRun() < 40, "early stopping should end the run, ran " + report.epochsRun());
        assertEquals(report.bestEpoch() + 3, report.epochsRun());
    }

    @Test
    void rejectsDataOfTheWrongDimension() {
        Dataset data = Synthetic.gaussians(5, 20, 1, 1, 1L);
        ValidationException e = assertThrows(ValidationException.class,
                () -> Trainer.train(ModelSpec.mlp(4, List.of(3), 2), TrainingSpec.of(1, 8, 1L), data));
        ExceptionAssert.messageNames("data", e);
    }

    @Test
    void specsRejectBadShapes() {
        ExceptionAssert.messageNames("hidden",
                assertThrows(ValidationException.class, () -> ModelSpec.mlp(4, List.of(), 2)));
        ExceptionAssert.messageNames("classes",
                assertThrows(ValidationException.class, () -> ModelSpec.softmaxRegression(4, 1)));
        ExceptionAssert.messageNames("learningRate",
                assertThrows(ValidationException.class, () -> TrainingSpec.of(1, 8, 1L).withLearningRate(Double.NaN)));
        ExceptionAssert.messageNames("validationFraction", assertThrows(ValidationException.class,
                () -> new TrainingSpec(3, 8, 1e-3, 2, 0, 1L)));
    }
}

package hdae.validate.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.validate.FileFixtures;
import hdae.validate.ValidationException;
import hdae.validate.experiment.ExperimentTable;
import hdae.validate.experiment.Row;
import hdae.validate.experiment.Scale;
import hdae.validate.export.ModelFile;
import hdae.validate.ledger.Comparison;
import hdae.validate.ledger.Measurement;
import hdae.validate.model.Precision;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Claim A5's slope checked on two networks trained outside hdae (PyTorch: MLPs on MNIST at 7x7 and 14x14, by the
 * fixture scripts): every per-image bracket is ordered (both ends are sound bounds of the same distance), the two
 * slope rows are judged on their brackets, and the rms bracket is the Euclidean one shifted by -1/2
 * (\( \log(D/\sqrt n) \) has slope \( \beta - 1/2 \)).
 */
class SlopeOnModelsTest {

    private static SlopeOnModels.Network network(String name, int side) {
        return new SlopeOnModels.Network(ModelFile.read(FileFixtures.file(name), Precision.DOUBLE), name,
                InputData.mnist(side));
    }

    @Test
    void twoResolutionsGiveOrderedBracketsAndTwoJudgedSlopes() {
        ExperimentTable table = SlopeOnModels.of(List.of(network("imported/mlp-196-32-10.npz", 14),
                network("measure/mlp-49-32-10.npz", 7))).run(Scale.QUICK);
        List<Measurement> slopes = table.rows().stream().map(Row::measurement)
                .filter(m -> m.comparison() == Comparison.BRACKET_AT_MOST).toList();
        assertEquals(2, slopes.size());
        assertTrue(slopes.get(0).quantity().contains("n = 49 to 196"), slopes.get(0).quantity());
        assertEquals(slopes.get(0).measured().interval().lower() - 0.5, slopes.get(1).measured().interval().lower(),
                1e-12);
        for (Row r : table.rows()) {
            if (r.measurement().quantity().startsWith("certified <= attack")) {
                assertEquals(1.0, r.measurement().measured().value(), r.measurement().quantity());
            }
        }
    }

    @Test
    void oneNetworkOrTwoOfTheSameDimensionAreRefused() {
        SlopeOnModels.Network seven = network("measure/mlp-49-32-10.npz", 7);
        assertThrows(ValidationException.class, () -> SlopeOnModels.of(List.of(seven)));
        ValidationException e = assertThrows(ValidationException.class, () -> SlopeOnModels.of(List.of(seven, seven)));
        assertTrue(e.getMessage().contains("mlp-49-32-10.npz"), e.getMessage());
    }
}

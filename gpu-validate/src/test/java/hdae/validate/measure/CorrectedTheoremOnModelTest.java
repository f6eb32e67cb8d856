package hdae.validate.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static hdae.validate.FileFixtures.file;

import hdae.validate.ValidationException;
import hdae.validate.experiment.ExperimentTable;
import hdae.validate.experiment.Row;
import hdae.validate.experiment.Scale;
import hdae.validate.export.ModelFile;
import hdae.validate.ledger.Verdict;
import hdae.validate.model.Classifier;
import hdae.validate.model.Precision;
import org.junit.jupiter.api.Test;

/**
 * The corrected theorem checked on a network trained outside hdae (PyTorch; {@code imported/make_fixtures.py}: a
 * two-class ReLU MLP 16-32-2 on uniform points of [0,1]^16 labelled by a random teacher). The theorem is proved
 * (derivation corrected-theorem), so on any network a REFUTED row would be a bug of the measurement; each
 * per-point bracket is a pair of sound bounds, so certified &le; attack holds at every point.
 */
class CorrectedTheoremOnModelTest {

    @Test
    void quickRunOnTheTwoClassNetworkJudgesEveryRowAndRefutesNothing() {
        Classifier model = ModelFile.read(file("imported/binary-16-32-2.onnx"), Precision.DOUBLE);
        ExperimentTable table = CorrectedTheoremOnModel.of(model, "binary-16-32-2.onnx", null).run(Scale.QUICK);
        assertEquals(CorrectedTheoremOnModel.MEAN_BOUND, table.bound());
        for (Row r : table.rows()) {
            assertTrue(r.judgement().verdict() != Verdict.REFUTED, r.judgement().message());
            if (r.measurement().quantity().startsWith("certified <= attack")) {
                assertEquals(1.0, r.measurement().measured().value(), r.measurement().quantity());
            }
        }
        assertTrue(table.rows().stream().anyMatch(r -> r.measurement().bound().equals(CorrectedTheoremOnModel.COND_BOUND)),
                "the conditional bound is checked when points lie outside A");
    }

    @Test
    void aNetworkOfMoreThanTwoClassesIsRefusedNamingIt() {
        Classifier ten = ModelFile.read(file("imported/mlp-gemm.onnx"), Precision.DOUBLE);
        ValidationException e = assertThrows(ValidationException.class,
                () -> CorrectedTheoremOnModel.of(ten, "mlp-gemm.onnx", null));
        assertTrue(e.getMessage().contains("mlp-gemm.onnx") && e.getMessage().contains("10 classes"), e.getMessage());
    }
}

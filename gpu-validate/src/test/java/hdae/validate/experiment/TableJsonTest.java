package hdae.validate.experiment;

import hdae.numeric.mc.ConfidenceInterval;
import hdae.numeric.mc.Estimate;
import hdae.symbolic.bound.Provenance;
import hdae.validate.ValidationException;
import hdae.validate.ledger.Comparison;
import hdae.validate.ledger.Judgement;
import hdae.validate.ledger.Measurement;
import hdae.validate.ledger.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static hdae.validate.ExceptionAssert.messageNamesAndSays;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Claims: a table survives JSON unchanged, NaN predictions included; a corrupt file is named; figures draw. */
class TableJsonTest {

    @TempDir
    Path dir;

    static ExperimentTable table() {
        Estimate e = new Estimate(0.5, 0.01, 100, new ConfidenceInterval(0.48, 0.52, 0.95), "Student-t mean");
        Row checked = new Row(new Measurement("mean d", "cube-mean-dist-le-inv-2pi-of-half-mass", 1 / (2 * Math.PI),
                e, Comparison.AT_MOST, "FORMALISATION"), new Judgement(Verdict.GAP_LEDGERED, "ledgered: why"));
        Row reported = new Row(new Measurement("q", "cube-mean-dist-le-inv-2pi-of-half-mass", Double.NaN, e,
                Comparison.NONE, "reported"), new Judgement(Verdict.REPORTED, ""));
        Figure f = new Figure("mean-d", "mean d against n", "n", "d", true, List.of(
                Figure.Series.measured("attack", new double[] {16, 64}, new double[] {0.1, 0.12},
                        new double[] {0.09, 0.11}, new double[] {0.11, 0.13}),
                Figure.Series.reference("1/(2 pi)", new double[] {16, 64}, new double[] {0.159, 0.159})));
        return new ExperimentTable("toy", "Toy", "cube-mean-dist-le-inv-2pi-of-half-mass", Provenance.FORMALISATION,
                "method", List.of(checked, reported), RunInfo.here(Scale.QUICK, List.of(1L, 2L), Instant.EPOCH, 42),
                List.of(f));
    }

    @Test
    void aTableSurvivesJsonIncludingNanPredictionsAndFigures() throws IOException {
        ExperimentTable t = table();
        Path file = dir.resolve("toy-quick.json");
        Files.writeString(file, TableJson.write(t));
        ExperimentTable back = TableJson.read(file);
        assertEquals(t.rows(), back.rows());
        assertTrue(Double.isNaN(back.rows().get(1).measurement().predicted()));
        assertEquals(t.run(), back.run());
        assertArrayEquals(t.figures().get(0).series().get(0).upper(), back.figures().get(0).series().get(0).upper());
        assertEquals(null, back.figures().get(0).series().get(1).lower());
    }

    @Test
    void aCorruptTableIsNamed() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"id\": \"toy\", \"rows\": [");
        messageNamesAndSays(file.toString(), "an experiment table", assertThrows(ValidationException.class,
                () -> TableJson.read(file)));
    }

    @Test
    void aFigureDrawsAsPngAndRefusesNonPositiveValuesOnLogAxes() {
        byte[] png = FigurePng.png(table().figures().get(0));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Figure("bad", "t", "x",
                "y", true, List.of(Figure.Series.reference("zero", new double[] {1, 2}, new double[] {0, 1}))));
        assertTrue(e.getMessage().contains("<= 0 on a log axis"), e.getMessage());
    }
}

package hdae.validate.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.validate.ValidationException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The benchmark's settings refuse what it cannot run, with the value in the message, before any work. */
class BenchSettingsTest {

    @Test
    void rejectsMoreTrainingImagesThanMnistHas() {
        ValidationException e = assertThrows(ValidationException.class, () -> ToolkitBenchmark.parse(
                new String[] {"--train-size", "99999999"}));
        assertTrue(e.getMessage().contains("--train-size") && e.getMessage().contains("99999999"), e.getMessage());
    }

    @Test
    void rejectsNonNumbersAndUnknownOptions() {
        assertThrows(ValidationException.class, () -> ToolkitBenchmark.parse(new String[] {"--images", "many"}));
        assertThrows(ValidationException.class, () -> ToolkitBenchmark.parse(new String[] {"--images"}));
        assertThrows(ValidationException.class, () -> ToolkitBenchmark.parse(new String[] {"--fast", "1"}));
    }

    @Test
    void rejectsEmptyOrZeroWidthHiddenLayers() {
        assertThrows(ValidationException.class, () -> new BenchSettings(1, 100, 10, List.of(), 20, true, false, 1,
                Optional.empty()));
        assertThrows(ValidationException.class, () -> new BenchSettings(1, 100, 10, List.of(128, 0), 20, true, false,
                1, Optional.empty()));
    }

    @Test
    void namesTheArchitectureLikeTheReferenceScript() {
        assertEquals("784-128-128-10", new BenchSettings(1, 100, 10, List.of(128, 128), 40, true, false, 1,
                Optional.empty()).architecture());
    }
}

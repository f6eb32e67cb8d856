package hdae.numeric.mc.geometry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.numeric.mc.Estimate;
import java.util.Locale;

/** Shared assertions of the geometry kernel tests. */
final class KernelAssertions {

    /**
     * The confidence of every interval that must cover an exact value: alpha = 1e-6 is the false-alarm rate of
     * each such assertion (for a correct formula and a correct kernel).
     */
    static final double CONFIDENCE = 1 - 1e-6;

    private KernelAssertions() {
    }

    static void assertCovers(Estimate estimate, double exact, String what) {
        assertTrue(estimate.isConsistentWith(exact), () -> String.format(Locale.ROOT,
                "%s: exact %.10g outside %s interval [%.10g, %.10g] (estimate %.10g, %d samples, %.1f standard errors)",
                what, exact, estimate.method(), estimate.interval().lower(), estimate.interval().upper(),
                estimate.value(), estimate.samples(), (estimate.value() - exact) / estimate.standardError()));
    }

    static void assertRejects(Estimate estimate, double wrong, String what) {
        assertFalse(estimate.isConsistentWith(wrong), () -> String.format(Locale.ROOT,
                "%s: wrong value %.10g inside %s interval [%.10g, %.10g]", what, wrong, estimate.method(),
                estimate.interval().lower(), estimate.interval().upper()));
    }
}

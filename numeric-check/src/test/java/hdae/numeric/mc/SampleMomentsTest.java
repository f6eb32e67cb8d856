package hdae.numeric.mc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

class SampleMomentsTest {

    private static SampleMoments of(List<Double> values) {
        SampleMoments m = new SampleMoments();
        values.forEach(m::add);
        return m;
    }

    /**
     * Merging two parts equals adding all values to one accumulator, up to rounding: relative 1e-12 on the mean
     * and variance of values in [-1e3, 1e3] (a few hundred roundings of double precision, about 1e-13).
     */
    @Test
    void combineEqualsSequentialAccumulation() {
        qt().withExamples(300).withFixedSeed(42L)
                .forAll(lists().of(doubles().between(-1e3, 1e3)).ofSizeBetween(1, 200),
                        lists().of(doubles().between(-1e3, 1e3)).ofSizeBetween(1, 200))
                .check((a, b) -> {
                    SampleMoments merged = of(a).combine(of(b));
                    SampleMoments all = of(a);
                    b.forEach(all::add);
                    double scale = 1e3;
                    boolean meanOk = Math.abs(merged.mean() - all.mean()) <= 1e-12 * scale;
                    boolean varOk = merged.count() < 2
                            || Math.abs(merged.variance() - all.variance()) <= 1e-12 * Math.max(scale, all.variance());
                    return merged.count() == all.count() && meanOk && varOk;
                });
    }

    @Test
    void matchesTwoPassFormulas() {
        double[] x = {2, 4, 4, 4, 5, 5, 7, 9};
        SampleMoments m = new SampleMoments();
        for (double v : x) {
            m.add(v);
        }
        // mean 5, sum of squared deviations 32, unbiased variance 32/7 (exact in two-pass arithmetic)
        assertEquals(5.0, m.mean(), 0.0);
        assertEquals(32.0 / 7, m.variance(), 1e-15);
        assertTrue(Double.isNaN(new SampleMoments().variance()));
    }
}

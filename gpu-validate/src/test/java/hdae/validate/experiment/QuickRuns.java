package hdae.validate.experiment;

import hdae.validate.model.ModelCache;

import java.nio.file.Path;

/**
 * The quick-scale measurements, taken once per test JVM and shared by the tests, with the model cache under
 * {@code target/} (so {@code mvn clean} empties it and a second {@code mvn test} reuses the models).
 */
final class QuickRuns {

    private static Measured prior;
    private static Measured refinement;
    private static Measured multiresolution;
    private static Measured spheres;
    private static Measured correctedTheorem;
    private static Measured effectiveDimension;

    private QuickRuns() {
    }

    static ModelCache cache() {
        return ModelCache.in(Path.of("target", "hdae-test-model-cache"));
    }

    static synchronized Measured prior() {
        if (prior == null) {
            prior = PriorArgumentExperiment.of(cache()).measure(Scale.QUICK);
        }
        return prior;
    }

    static synchronized Measured refinement() {
        if (refinement == null) {
            refinement = RefinementWitnessExperiment.of(cache()).measure(Scale.QUICK);
        }
        return refinement;
    }

    static synchronized Measured multiresolution() {
        if (multiresolution == null) {
            multiresolution = MultiresolutionExperiment.of(cache()).measure(Scale.QUICK);
        }
        return multiresolution;
    }

    static synchronized Measured spheres() {
        if (spheres == null) {
            spheres = SphereConcentrationExperiment.of(cache()).measure(Scale.QUICK);
        }
        return spheres;
    }

    static synchronized Measured correctedTheorem() {
        if (correctedTheorem == null) {
            correctedTheorem = CorrectedTheoremExperiment.of(cache()).measure(Scale.QUICK);
        }
        return correctedTheorem;
    }

    static synchronized Measured effectiveDimension() {
        if (effectiveDimension == null) {
            effectiveDimension = EffectiveDimensionExperiment.of(cache()).measure(Scale.QUICK);
        }
        return effectiveDimension;
    }
}

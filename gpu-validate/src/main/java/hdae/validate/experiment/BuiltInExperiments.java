package hdae.validate.experiment;

import hdae.validate.model.ModelCache;
import java.util.List;

/** hdae's own experiments, in report order; registered in META-INF/services like any other provider. */
public final class BuiltInExperiments implements ExperimentProvider {

    @Override
    public List<Experiment> experiments(ModelCache cache) {
        return List.of(PriorArgumentExperiment.of(cache), RefinementWitnessExperiment.of(cache),
                CorrectedTheoremExperiment.of(cache), MultiresolutionExperiment.of(cache),
                SphereConcentrationExperiment.of(cache), EffectiveDimensionExperiment.of(cache));
    }
}

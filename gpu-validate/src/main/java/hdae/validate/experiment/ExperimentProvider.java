package hdae.validate.experiment;

import hdae.validate.model.ModelCache;
import java.util.List;

/**
 * A source of experiments for {@code hdae validate}, found through {@link java.util.ServiceLoader}: a jar on the
 * class path that names its implementation in {@code META-INF/services/hdae.validate.experiment.ExperimentProvider}
 * adds its experiments after hdae's own ({@link BuiltInExperiments}), providers in the order of their class names.
 * Every experiment id must be unique, since the id is the gap ledger's key.
 */
public interface ExperimentProvider {

    /**
     * The provider's experiments, in the order they are to be run and reported.
     *
     * @param cache the model cache the experiments train into
     * @return the experiments
     */
    List<Experiment> experiments(ModelCache cache);
}

package hdae.validate.model;

/**
 * A classifier and the report of the run that trained it.
 *
 * @param classifier the trained classifier
 * @param report     how training went
 */
public record TrainedModel(Classifier classifier, TrainingReport report) {
}

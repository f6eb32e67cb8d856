package hdae.validate.model;

import java.nio.file.Path;

/**
 * The result of a {@link ModelCache} lookup.
 *
 * @param classifier the classifier
 * @param outcome    whether it was loaded, trained, or retrained over a corrupt file
 * @param file       the cache file that now holds it
 * @param report     the training report when trained in this lookup; {@code null} on a cache hit
 */
public record CachedModel(Classifier classifier, CacheOutcome outcome, Path file, TrainingReport report) {
}

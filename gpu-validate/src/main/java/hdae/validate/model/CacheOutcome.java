package hdae.validate.model;

/** How a {@link ModelCache} lookup was served. */
public enum CacheOutcome {
    /** A valid cached model was loaded. */
    HIT,
    /** No cached model existed: trained and written. */
    TRAINED,
    /** The cache file was corrupt (reported): retrained and overwritten. */
    RETRAINED_CORRUPT
}

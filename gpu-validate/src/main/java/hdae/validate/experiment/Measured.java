package hdae.validate.experiment;

import hdae.validate.ledger.Measurement;

import java.util.List;

/**
 * What an experiment measured, before the ledger judges it.
 *
 * @param rows    the measurements, in report order
 * @param seeds   every seed used
 * @param figures plots of the measurements (log-log plots against the resolution, say); may be empty
 */
public record Measured(List<Measurement> rows, List<Long> seeds, List<Figure> figures) {

    /** Copies the lists. */
    public Measured {
        rows = List.copyOf(rows);
        seeds = List.copyOf(seeds);
        figures = List.copyOf(figures);
    }

    /**
     * Measurements without figures.
     *
     * @param rows  the measurements
     * @param seeds the seeds
     */
    public Measured(List<Measurement> rows, List<Long> seeds) {
        this(rows, seeds, List.of());
    }
}

package hdae.validate.experiment;

import hdae.validate.ledger.Measurement;

import java.util.List;

/**
 * What an experiment measured, before the ledger judges it.
 *
 * @param rows  the measurements, in report order
 * @param seeds every seed used
 */
public record Measured(List<Measurement> rows, List<Long> seeds) {

    /** Copies the lists. */
    public Measured {
        rows = List.copyOf(rows);
        seeds = List.copyOf(seeds);
    }
}

package hdae.validate.experiment;

import hdae.symbolic.bound.Provenance;
import hdae.validate.ledger.GapLedger;
import hdae.validate.ledger.Measurement;
import hdae.validate.model.PhaseTime;
import hdae.validate.model.Phases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An empirical check of one catalogue bound on trained classifiers.
 *
 * <p>Contract: {@link #measure} is deterministic for a given scale (every random draw is seeded, and the seeds are
 * returned); every row names a bound of {@code BoundCatalogue.standard()}. It does <em>not</em> judge: the verdicts
 * come from {@link #run(Scale, GapLedger)}, so the same measurement can be judged against another ledger.
 */
public interface Experiment {

    /** @return the stable kebab-case id, the ledger's key */
    String id();

    /** @return a one-line title */
    String title();

    /** @return the catalogue id of the bound this experiment checks (rows may also check related bounds) */
    String bound();

    /** @return where the checked claim comes from */
    Provenance provenance();

    /** @return what is done and how a measurement is compared with a prediction, for the report */
    String method();

    /**
     * Trains, attacks and measures.
     *
     * @param scale the scale
     * @return the measurements and the seeds
     */
    Measured measure(Scale scale);

    /**
     * Measures and judges every row against a ledger, recording the time of each phase ({@link Phases}) on the
     * calling thread.
     *
     * @param scale  the scale
     * @param ledger the gap ledger
     * @return the table
     */
    default ExperimentTable run(Scale scale, GapLedger ledger) {
        Instant start = Instant.now();
        Measured measured;
        List<PhaseTime> times;
        long millis;
        try (Phases phases = Phases.start()) {
            measured = measure(scale);
            times = phases.times();
            millis = phases.wallMillis();
        }
        return judge(measured, scale, ledger, RunInfo.here(scale, measured.seeds(), start, millis).withPhases(times));
    }

    /**
     * Judges measurements already taken.
     *
     * @param measured the measurements
     * @param scale    their scale
     * @param ledger   the gap ledger
     * @param run      the run record
     * @return the table
     */
    default ExperimentTable judge(Measured measured, Scale scale, GapLedger ledger, RunInfo run) {
        List<Row> rows = new ArrayList<>();
        for (Measurement m : measured.rows()) {
            rows.add(new Row(m, ledger.judge(id(), scale.name(), m)));
        }
        return new ExperimentTable(id(), title(), bound(), provenance(), method(), rows, run, measured.figures());
    }

    /**
     * Measures and judges against the committed ledger.
     *
     * @param scale the scale
     * @return the table
     */
    default ExperimentTable run(Scale scale) {
        return run(scale, GapLedger.standard());
    }
}

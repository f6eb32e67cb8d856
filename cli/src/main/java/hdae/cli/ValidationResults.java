package hdae.cli;

import hdae.validate.experiment.ExperimentTable;
import hdae.validate.experiment.Row;
import hdae.validate.experiment.TableJson;
import hdae.validate.experiment.Validation;
import hdae.validate.ledger.Comparison;
import hdae.validate.ledger.Measurement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The results of {@code hdae validate} found in a folder (default docs/validation): for each experiment, in report
 * order, the full-scale table when present, else the quick-scale one. Read by the report and by the LaTeX of the
 * bounds, so a bound's measured value is printed from the same file the validation wrote.
 *
 * @param dir    the folder
 * @param tables the tables found
 */
record ValidationResults(Path dir, List<ExperimentTable> tables) {

    ValidationResults {
        tables = List.copyOf(tables);
    }

    /**
     * Reads the tables of a folder; a missing folder gives no tables, a corrupt table a ValidationException naming
     * the file.
     *
     * @param dir the folder
     * @return the results
     */
    static ValidationResults load(Path dir) {
        List<ExperimentTable> found = new ArrayList<>();
        for (String id : Validation.experimentIds()) {
            for (String scale : List.of("full", "quick")) {
                Path json = dir.resolve(id + "-" + scale + ".json");
                if (Files.isRegularFile(json)) {
                    found.add(TableJson.read(json));
                    break;
                }
            }
        }
        return new ValidationResults(dir, found);
    }

    /**
     * The table of one experiment.
     *
     * @param id the experiment id
     * @return its table, if found
     */
    Optional<ExperimentTable> table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * One line per checked row (a row with a prediction) of a bound: quantity, measurement, verdict, experiment.
     *
     * @param bound the catalogue id
     * @return the lines, empty when no experiment checks the bound
     */
    List<String> notes(String bound) {
        List<String> out = new ArrayList<>();
        for (ExperimentTable t : tables) {
            for (Row r : t.rows()) {
                Measurement m = r.measurement();
                if (m.bound().equals(bound) && m.comparison() != Comparison.NONE) {
                    out.add(String.format(Locale.ROOT, "%s: predicted %.4g, measured %s; %s (experiment %s, %s"
                                    + " scale)", m.quantity(), m.predicted(), m.measuredText(), r.judgement().verdict(),
                            t.id(), t.run().scale().name().toLowerCase(Locale.ROOT)));
                }
            }
        }
        return out;
    }
}

package hdae.numeric.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Rows of a '|'-separated reference file next to the tests: formula | assignment | reference | provenance. */
final class ReferenceTable {

    /** One reference value. */
    record Row(String formula, Assignment at, double reference, String provenance) {
        @Override
        public String toString() {
            return formula + " at " + at + " (" + provenance + ")";
        }
    }

    private ReferenceTable() {
    }

    static List<Row> read(String resource) {
        try (InputStream in = ReferenceTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            List<Row> rows = new ArrayList<>();
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\|", -1);
                if (cells.length != 4) {
                    throw new IllegalStateException(resource + ": expected 4 cells in '" + line + "'");
                }
                rows.add(new Row(cells[0].trim(), assignment(cells[1].trim()), Double.parseDouble(cells[2].trim()),
                        cells[3].trim()));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Assignment assignment(String cell) {
        Map<String, Double> values = new TreeMap<>();
        if (!cell.isEmpty()) {
            for (String pair : cell.split(",")) {
                String[] kv = pair.split("=");
                values.put(kv[0].trim(), Double.parseDouble(kv[1].trim()));
            }
        }
        return Assignment.of(values);
    }

    static double relativeError(double actual, double reference) {
        return reference == 0 ? Math.abs(actual) : Math.abs(actual - reference) / Math.abs(reference);
    }
}

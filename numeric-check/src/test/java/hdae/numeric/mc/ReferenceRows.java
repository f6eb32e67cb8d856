package hdae.numeric.mc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a reference CSV of this package: lines starting with '#' are provenance, the rest are rows. */
final class ReferenceRows {

    private ReferenceRows() {
    }

    static List<String[]> read(String resource) {
        InputStream in = ReferenceRows.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split(","));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Relative error |actual - expected| / |expected|, or the absolute error when expected is 0. */
    static double relativeError(double actual, double expected) {
        double diff = Math.abs(actual - expected);
        return expected == 0 ? diff : diff / Math.abs(expected);
    }
}

package hdae.validate.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import hdae.validate.ValidationException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An {@link ExperimentTable} as JSON, so that the report and the LaTeX of the bounds can read the results of
 * {@code hdae validate} without running the experiments again. Non-finite numbers (a prediction of NaN where there
 * is none) are written as the strings "NaN" and "Infinity".
 */
public final class TableJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private TableJson() {
    }

    /**
     * The JSON text of a table.
     *
     * @param table the table
     * @return pretty-printed JSON
     */
    public static String write(ExperimentTable table) {
        try {
            return MAPPER.writeValueAsString(table) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an experiment table did not serialise: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a table written by {@link #write}.
     *
     * @param file the file
     * @return the table
     * @throws ValidationException naming the file when it cannot be read or is not such a table
     */
    public static ExperimentTable read(Path file) {
        try {
            return MAPPER.readValue(Files.readString(file), ExperimentTable.class);
        } catch (IOException | RuntimeException e) {
            throw ValidationException.expected("an experiment table written by hdae validate", file.toString(),
                    e.getMessage().lines().findFirst().orElse(""), e);
        }
    }
}

package hdae.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --json} of the commands that write files (audit, report, census): instead of lines of text, one JSON
 * object on standard output, with the files written ({@code "wrote"}) and the command's results.
 */
final class JsonOption {
    @Option(names = "--json", description = "print one JSON object (the files written and the results) instead of text")
    boolean json;

    /** Prints {@code value} as indented JSON. */
    static void print(PrintWriter out, Object value) {
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON: " + e.getMessage(), e);
        }
        out.flush();
    }

    /** The paths as strings, for {@code "wrote"}. */
    static List<String> paths(Path... files) {
        return java.util.Arrays.stream(files).map(Path::toString).toList();
    }
}

package hdae.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code hdae latex} of the whole catalogue, run once per test JVM and shared by the tests that read or compile its
 * output: the run checks every shipped derivation (with a 2 s CAS limit), which is the same work for each of them.
 * Without validation tables (an empty {@code --validation} folder), so the fragments carry the derivations' verdicts
 * and no measured values. The output lies in a folder of its own under {@code target/}; a test that writes next to
 * it (pdflatex) copies it first ({@link #copyTo}).
 */
final class CatalogueLatex {
    private static HdaeTest.Run run;
    private static Path out;

    private CatalogueLatex() {
    }

    /** @return the result of {@code hdae latex --out DIR --validation EMPTY --cas-timeout 2} */
    static synchronized HdaeTest.Run run() {
        if (run == null) {
            try {
                Path root = Files.createDirectories(Path.of("target"));
                Path none = Files.createTempDirectory(root, "hdae-test-validation-");
                Path dir = Files.createTempDirectory(root, "hdae-test-latex-");
                run = HdaeTest.run("latex", "--out", dir.toString(), "--validation", none.toString(), "--cas-timeout",
                        "2");
                out = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return run;
    }

    /** @return the folder the run wrote (bounds.tex, hdae.bib, bounds/ID.tex) */
    static synchronized Path out() {
        run();
        return out;
    }

    /**
     * Copies the output into {@code dir}, for a test that writes beside it.
     *
     * @param dir an empty folder
     * @return {@code dir}
     */
    static Path copyTo(Path dir) throws IOException {
        Path from = out();
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path to = dir.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return dir;
    }
}

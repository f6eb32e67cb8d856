package hdae.validate.experiment;

import hdae.symbolic.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a figure beside its table: {@code STEM-NAME.png} (Markdown), {@code .pdf} (LaTeX) and {@code .svg}
 * (vector, for display on a web page). {@link #main} draws them again from the tables already written, without
 * measuring: after a change of the drawing alone.
 */
public final class FigureFiles {
    /** The extensions written, in this order. */
    public static final List<String> EXTENSIONS = List.of("png", "pdf", "svg");

    private FigureFiles() {
    }

    /**
     * Writes the three files of a figure.
     *
     * @param figure the figure
     * @param dir    the folder
     * @param stem   the table's stem, {@code ID-SCALE}
     * @return the PNG's file name (relative to the folder)
     */
    public static String write(Figure figure, Path dir, String stem) {
        String base = stem + "-" + figure.name();
        AtomicFiles.write(dir.resolve(base + ".png"), FigurePng.png(figure));
        AtomicFiles.write(dir.resolve(base + ".pdf"), FigurePng.pdf(figure));
        AtomicFiles.write(dir.resolve(base + ".svg"), FigurePng.svg(figure));
        return base + ".png";
    }

    /**
     * Draws the figures of every table ({@code *.json}) of a folder again.
     *
     * @param args the folder (default docs/validation)
     * @throws IOException when the folder cannot be listed
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "docs/validation");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path json : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                ExperimentTable t = TableJson.read(json);
                String stem = json.getFileName().toString().replaceFirst("\\.json$", "");
                for (Figure f : t.figures()) {
                    System.out.println("drew " + dir.resolve(write(f, dir, stem)) + " (and .pdf, .svg)");
                }
            }
        }
    }
}

package hdae.cli;

import hdae.symbolic.io.AtomicFiles;
import hdae.symbolic.render.Citations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hdae report}: everything hdae knows, as docs/report/report.md and report.tex (and report.pdf). */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Check every derivation and write the report: the paper's claims with their provenance, the",
                "verdicts, the bound catalogue, and the audit and census results found under docs/. Writes",
                "DIR/report.md and DIR/report.tex, and DIR/report.pdf when pdflatex is installed."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:written, and every step holds", "1:written, but a step is FAILED or UNKNOWN",
                "2:bad input, or pdflatex failed on the report"})
final class ReportCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "docs/report",
            description = "output folder (default: ${DEFAULT-VALUE}); the audit and census are read from its parent")
    private Path out;

    @Mixin
    private CasTimeoutOption cas;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path docs = out.toAbsolutePath().getParent();
        // inputs first: a corrupt validation table is reported before a minute of checking
        ValidationResults validation = ValidationResults.load(docs.resolve("validation"));
        CheckedLibrary checked = CheckedLibrary.check(cas.settings());
        ReportDocument doc = PaperReport.build(checked.derivations(), checked.results(),
                Files.isRegularFile(docs.resolve("census/index-vs-loss.png")),
                Files.isRegularFile(docs.resolve("census/index-vs-loss.pdf")),
                Files.isRegularFile(docs.resolve("audit/audit.md")), validation);
        AtomicFiles.writeString(out.resolve("report.md"), ReportWriters.markdown(doc));
        AtomicFiles.writeString(out.resolve("report.tex"), ReportWriters.latex(doc));
        AtomicFiles.writeString(out.resolve(LatexDocument.BIB + ".bib"), Citations.bibliography());
        var console = spec.commandLine().getOut();
        console.println("wrote " + out.resolve("report.md") + " and report.tex");
        if (pdflatex(out)) {
            console.println("wrote " + out.resolve("report.pdf"));
        } else {
            console.println("pdflatex is not installed: no PDF");
        }
        return checked.allHold() ? Hdae.OK : Hdae.NOT_ALL_HOLD;
    }

    /**
     * Compiles report.tex in its folder: pdflatex, bibtex, pdflatex twice (citations and cross-references); false
     * when pdflatex is absent.
     */
    private static boolean pdflatex(Path dir) throws IOException, InterruptedException {
        if (!run(dir, "pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "report.tex")) {
            return false;
        }
        run(dir, "bibtex", "report");
        run(dir, "pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "report.tex");
        run(dir, "pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "report.tex");
        for (String aux : List.of("report.aux", "report.log", "report.bbl", "report.blg", "report.out")) {
            Files.deleteIfExists(dir.resolve(aux));
        }
        return true;
    }

    /** Runs one TeX tool in {@code dir}; false when it is not installed, an exception naming it when it fails. */
    private static boolean run(Path dir, String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return false;
        }
        String log = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            List<String> lines = log.lines().toList();
            throw new IllegalArgumentException(command[0] + " failed on " + dir.resolve("report.tex") + ": "
                    + String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size())));
        }
        return true;
    }
}

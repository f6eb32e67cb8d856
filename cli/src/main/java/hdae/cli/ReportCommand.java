package hdae.cli;

import hdae.symbolic.io.AtomicFiles;
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
        header = "Check every derivation and write the report (Markdown, LaTeX, PDF).",
        description = {"Check every derivation and write the report: the paper's claims with their provenance, the",
                "verdicts, the bound catalogue, and the audit, census and validation results (read from docs/audit,",
                "docs/census and docs/validation, or the folders given). Writes",
                "DIR/report.md and DIR/report.tex, and DIR/report.pdf when pdflatex is installed."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:written, and every step holds", "1:written, but a step is FAILED or UNKNOWN",
                "2:bad input, or pdflatex failed on the report"})
final class ReportCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "docs/report",
            description = "output folder (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--audit", paramLabel = "DIR",
            description = "where hdae audit wrote audit.md (default: docs/audit; a folder given here must exist)")
    private Path audit;

    @Option(names = "--census", paramLabel = "DIR",
            description = "where hdae census wrote census.md (default: docs/census; a folder given here must exist)")
    private Path census;

    @Mixin
    private ValidationOption validation;

    @Mixin
    private CasTimeoutOption cas;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        // the output folder and the inputs first: an unwritable folder, a folder given that does not exist or a
        // corrupt validation table is reported before a minute of checking
        try (OutputFolder folder = OutputFolder.open(out, "--out")) {
            Path auditDir = InputFolder.require(audit, "--audit").orElse(Path.of("docs", "audit"));
            Path censusDir = InputFolder.require(census, "--census").orElse(Path.of("docs", "census"));
            ValidationResults measured = validation.load();
            boolean auditFound = Files.isRegularFile(auditDir.resolve("audit.md"));
            boolean censusFound = Files.isRegularFile(censusDir.resolve("index-vs-loss.png"));
            var console = spec.commandLine().getOut();
            console.println("reading the audit from " + auditDir + (auditFound ? "" : " (none there)")
                    + ", the census from " + censusDir + (censusFound ? "" : " (none there)")
                    + ", the validation tables from " + measured.dir() + " (" + measured.tables().size() + " found)");
            CheckedLibrary checked = CheckedLibrary.check(cas.settings());
            ReportDocument doc = PaperReport.build(checked.derivations(), checked.results(),
                    new PaperReport.Sources(censusFound ? censusDir.toString() : null, link(folder.target(), censusDir),
                            auditFound ? auditDir.toString() : null, link(folder.target(), measured.dir())), measured);
            AtomicFiles.writeString(folder.staging().resolve("report.md"), ReportWriters.markdown(doc));
            AtomicFiles.writeString(folder.staging().resolve("report.tex"), ReportWriters.latex(doc));
            boolean pdf = pdflatex(folder.staging(), folder.target());
            folder.commit();
            console.println("wrote " + out.resolve("report.md") + " and report.tex");
            console.println(pdf ? "wrote " + out.resolve("report.pdf") : "pdflatex is not installed: no PDF");
            return checked.allHold() ? Hdae.OK : Hdae.NOT_ALL_HOLD;
        }
    }

    /** {@code dir} relative to the report's folder, with '/' separators and a trailing '/', for links in the report. */
    static String link(Path reportDir, Path dir) {
        Path rel = reportDir.toAbsolutePath().normalize().relativize(dir.toAbsolutePath().normalize());
        String s = rel.toString().replace(java.io.File.separatorChar, '/');
        return s.isEmpty() ? "" : s + "/";
    }

    /**
     * Compiles report.tex in the staging folder {@code dir} (twice is not needed: no references); false when
     * pdflatex is absent. Image links are relative to {@code target}, where the report will be, so pdflatex
     * runs there (the folder is created for it).
     */
    private static boolean pdflatex(Path dir, Path target) throws IOException, InterruptedException {
        Process p;
        // run in the report's folder, so that the image links (relative to it) resolve; output to staging
        Files.createDirectories(target);
        try {
            p = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape",
                    "-output-directory=" + dir.toAbsolutePath(), dir.toAbsolutePath().resolve("report.tex").toString())
                    .directory(target.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return false;
        }
        String log = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            List<String> lines = log.lines().toList();
            throw new IllegalArgumentException("pdflatex failed on " + target.resolve("report.tex") + " (nothing written): "
                    + String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size())));
        }
        for (String aux : List.of("report.aux", "report.log")) {
            Files.deleteIfExists(dir.resolve(aux));
        }
        return true;
    }
}

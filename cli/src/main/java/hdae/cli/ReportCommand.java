package hdae.cli;

import hdae.proofs.check.DerivedVerdicts;
import hdae.symbolic.bound.BoundCatalogue;
import hdae.symbolic.io.AtomicFiles;
import hdae.symbolic.render.Citations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
                "DIR/report.md and DIR/report.tex, and DIR/report.pdf when pdflatex is installed. With --json,",
                "prints the folders read, the files written and every verdict (the fields of hdae check --json)",
                "as one JSON object."},
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

    @Mixin
    private JsonOption json;

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
            if (!json.json) {
                console.println("reading the audit from " + auditDir + (auditFound ? "" : " (none there)")
                        + ", the census from " + censusDir + (censusFound ? "" : " (none there)")
                        + ", the validation tables from " + measured.dir() + " (" + measured.tables().size() + " found)");
            }
            CheckedLibrary checked = CheckedLibrary.check(cas.settings());
            ReportDocument doc = PaperReport.build(checked.derivations(), checked.results(),
                    new PaperReport.Sources(censusFound ? censusDir.toString() : null, link(folder.target(), censusDir),
                            Files.isRegularFile(censusDir.resolve("index-vs-loss.pdf")), auditFound ? auditDir.toString() : null, link(folder.target(), measured.dir())), measured);
            AtomicFiles.writeString(folder.staging().resolve("report.md"), ReportWriters.markdown(doc));
            AtomicFiles.writeString(folder.staging().resolve("report.tex"), ReportWriters.latex(doc));
            AtomicFiles.writeString(folder.staging().resolve(LatexDocument.BIB + ".bib"), Citations.bibliography());
            boolean pdf = pdflatex(folder.staging(), folder.target());
            folder.commit();
            int code = checked.allHold() ? Hdae.OK : Hdae.NOT_ALL_HOLD;
            if (json.json) {
                Map<String, Object> read = new LinkedHashMap<>();
                read.put("audit", auditFound ? auditDir.toString() : null);
                read.put("census", censusFound ? censusDir.toString() : null);
                read.put("validation", measured.dir().toString());
                read.put("validationTables", measured.tables().size());
                Map<String, Object> root = new LinkedHashMap<>();
                root.put("read", read);
                root.put("wrote", JsonOption.paths(pdf ? new Path[] {out.resolve("report.md"), out.resolve("report.tex"),
                    out.resolve("report.pdf")} : new Path[] {out.resolve("report.md"), out.resolve("report.tex")}));
                root.putAll(CheckCommand.toJson(checked.results(), DerivedVerdicts.of(BoundCatalogue.standard(),
                        checked.derivations(), checked.results())));
                JsonOption.print(console, root);
                return code;
            }
            console.println("wrote " + out.resolve("report.md") + " and report.tex");
            console.println(pdf ? "wrote " + out.resolve("report.pdf") : "pdflatex is not installed: no PDF");
            return code;
        }
    }

    /** {@code dir} relative to the report's folder, with '/' separators and a trailing '/', for links in the report. */
    static String link(Path reportDir, Path dir) {
        Path rel = reportDir.toAbsolutePath().normalize().relativize(dir.toAbsolutePath().normalize());
        String s = rel.toString().replace(java.io.File.separatorChar, '/');
        return s.isEmpty() ? "" : s + "/";
    }

    /**
     * Compiles report.tex in the staging folder {@code dir}: pdflatex, bibtex, pdflatex twice (citations and
     * cross-references); false when pdflatex is absent. Image links are relative to {@code target}, where the
     * report will be, so pdflatex runs there (the folder is created for it) and writes into the staging folder.
     */
    private static boolean pdflatex(Path dir, Path target) throws IOException, InterruptedException {
        Files.createDirectories(target);
        String[] latex = {"pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape",
            "-output-directory=" + dir.toAbsolutePath(), dir.toAbsolutePath().resolve("report.tex").toString()};
        if (!run(target, dir, latex)) {
            return false;
        }
        run(dir, dir, "bibtex", "report");
        run(target, dir, latex);
        run(target, dir, latex);
        for (String aux : List.of("report.aux", "report.log", "report.bbl", "report.blg", "report.out")) {
            Files.deleteIfExists(dir.resolve(aux));
        }
        return true;
    }

    /**
     * Runs one TeX tool in {@code cwd}, finding the staged files (report.bbl, hdae.bib) in {@code staging}; false
     * when it is not installed, an exception naming it when it fails.
     */
    private static boolean run(Path cwd, Path staging, String... command) throws IOException, InterruptedException {
        Process p;
        try {
            ProcessBuilder b = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
            // a trailing path separator keeps TeX's default search path after the staging folder
            b.environment().put("TEXINPUTS", staging.toAbsolutePath() + java.io.File.pathSeparator);
            b.environment().put("BIBINPUTS", staging.toAbsolutePath() + java.io.File.pathSeparator);
            p = b.start();
        } catch (IOException e) {
            return false;
        }
        String log = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            List<String> lines = log.lines().toList();
            throw new IllegalArgumentException(command[0] + " failed on " + staging.resolve("report.tex")
                    + " (nothing written): " + String.join(" | ", lines.subList(Math.max(0, lines.size() - 5),
                    lines.size())));
        }
        return true;
    }
}

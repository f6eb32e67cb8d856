package hdae.cli;

import hdae.symbolic.io.AtomicFiles;
import hdae.proofs.check.CheckSettings;
import hdae.proofs.check.DerivedVerdicts;
import hdae.proofs.check.StepChecker;
import hdae.proofs.check.StepResult;
import hdae.proofs.format.Derivation;
import hdae.proofs.format.DerivationLibrary;
import hdae.symbolic.bound.BoundCatalogue;
import hdae.validate.experiment.ExperimentTable;
import hdae.validate.experiment.RefinementWitnessExperiment;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hdae audit}: the audit of the linear argument of Goodfellow, Shlens and Szegedy (2015, Sec. 3) and the
 * corrected theorem, as DIR/audit.md and DIR/audit.tex (a complete LaTeX document).
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        header = "Audit the linear explanation of Goodfellow et al. 2015 and write audit.md and audit.tex.",
        description = {"Check the audit's derivations step by step, run its seeded Monte Carlo witnesses, and write",
                "the audit of Goodfellow, Shlens and Szegedy (2015, Sec. 3) as DIR/audit.md and DIR/audit.tex",
                "(a complete document; needs amsmath, amssymb, booktabs, geometry). With --json, prints the files",
                "written and every step's verdict as one JSON object (the fields of hdae check --json)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every step of the audit holds as expected", "1:a step is FAILED or UNKNOWN, or misses its"
                + " 'expect' line (the report is written anyway)", "2:bad input or usage"})
final class AuditCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "docs/audit",
            description = "output folder (default: ${DEFAULT-VALUE})")
    private Path out;

    @Mixin
    private ValidationOption validation;

    @Mixin
    private CasTimeoutOption cas;

    @Mixin
    private JsonOption json;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // the output folder and the inputs first: an unwritable folder or a corrupt validation table is reported
        // before the checks and the Monte Carlo runs
        try (OutputFolder folder = OutputFolder.open(out, "--out")) {
            return write(folder, validation.load().table(RefinementWitnessExperiment.ID));
        }
    }

    private int write(OutputFolder folder, Optional<ExperimentTable> witness) {
        BoundCatalogue catalogue = BoundCatalogue.standard();
        Map<String, Derivation> all = DerivationLibrary.standard(catalogue).stream()
                .collect(Collectors.toMap(Derivation::id, Function.identity()));
        Map<String, Derivation> derivations = new LinkedHashMap<>();
        Map<String, List<StepResult>> results = new LinkedHashMap<>();
        CheckSettings settings = cas.settings();
        try (StepChecker checker = new StepChecker(catalogue, settings)) {
            for (String id : AuditReport.DERIVATIONS) {
                Derivation d = all.get(id);
                if (d == null) {
                    throw new IllegalStateException("derivation " + id + " is missing from the library: the build is"
                            + " incomplete");
                }
                derivations.put(id, d);
                results.put(id, checker.check(d));
            }
        }
        ReportDocument doc = new AuditReport(catalogue, derivations, results, AuditWitnesses.compute(),
                witness).build();
        AtomicFiles.writeString(folder.staging().resolve("audit.md"), ReportWriters.markdown(doc));
        AtomicFiles.writeString(folder.staging().resolve("audit.tex"), ReportWriters.latex(doc));
        AtomicFiles.writeString(folder.staging().resolve(LatexDocument.BIB + ".bib"),
                hdae.symbolic.render.Citations.bibliography());
        folder.commit();
        List<StepResult> flat = results.values().stream().flatMap(List::stream).toList();
        int code = flat.stream().allMatch(r -> r.verdict().holds() && r.asExpected()) ? Hdae.OK : Hdae.NOT_ALL_HOLD;
        if (json.json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("wrote", JsonOption.paths(out.resolve("audit.md"), out.resolve("audit.tex"),
                    out.resolve(LatexDocument.BIB + ".bib")));
            root.putAll(CheckCommand.toJson(flat, DerivedVerdicts.of(catalogue, List.copyOf(derivations.values()), flat)));
            JsonOption.print(spec.commandLine().getOut(), root);
            return code;
        }
        var c = VerdictTable.counts(flat);
        spec.commandLine().getOut().printf(java.util.Locale.ROOT, "wrote %s and %s: %d steps, %d PROVED, %d CHECKED,"
                + " %d CITED, %d FAILED, %d UNKNOWN%n", out.resolve("audit.md"), out.resolve("audit.tex"), flat.size(),
                c.get("PROVED"), c.get("CHECKED"), c.get("CITED"), c.get("FAILED"), c.get("UNKNOWN"));
        spec.commandLine().getOut().flush();
        return code;
    }
}

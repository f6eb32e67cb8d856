package hdae.cli;

import hdae.symbolic.io.AtomicFiles;
import hdae.symbolic.bound.Bound;
import hdae.symbolic.bound.BoundCatalogue;
import hdae.symbolic.render.BoundLatex;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hdae latex}: the LaTeX of every catalogue bound, as one document and one fragment per bound. */
@Command(name = "latex", mixinStandardHelpOptions = true,
        header = "Write the bounds of the catalogue as LaTeX fragments and a document.",
        description = {"Write the LaTeX of every bound of the catalogue: DIR/bounds.tex (a complete document)",
                "and DIR/bounds/ID.tex (one fragment per bound, to \\input into a paper; needs amsmath, amssymb), each with",
                "the verdict of its derivation (checked now) and the values measured by hdae validate."})
final class LatexCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "docs/latex",
            description = "output folder (default: ${DEFAULT-VALUE})")
    private Path out;

    @Mixin
    private ValidationOption validation;

    @Mixin
    private CasTimeoutOption cas;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // the output folder and the inputs first: an unwritable folder or a corrupt table is reported before a
        // minute of checking; the files are staged and moved into place together at the end
        try (OutputFolder folder = OutputFolder.open(out, "--out")) {
            ValidationResults measured = validation.load();
            CheckedLibrary checked = CheckedLibrary.check(cas.settings());
            BoundLatex latex = new BoundLatex();
            StringBuilder doc = new StringBuilder(LatexDocument.preamble("hdae: the bound catalogue"));
            for (Bound b : BoundCatalogue.standard().all()) {
                String name = "bounds/" + b.id().value() + ".tex";
                AtomicFiles.writeString(folder.staging().resolve(name), latex.fragment(b,
                        checked.verdictNote(b.id().value()).orElse(""), measured.notes(b.id().value())));
                doc.append("\\input{").append(name).append("}\n\n");
            }
            doc.append(LatexDocument.END);
            AtomicFiles.writeString(folder.staging().resolve("bounds.tex"), doc.toString());
            folder.commit();
        }
        spec.commandLine().getOut().println("wrote " + out.resolve("bounds.tex") + " and "
                + BoundCatalogue.standard().all().size() + " fragments in " + out.resolve("bounds"));
        return Hdae.OK;
    }
}

package hdae.cli;

import hdae.symbolic.io.AtomicFiles;
import hdae.symbolic.bound.Bound;
import hdae.symbolic.bound.BoundCatalogue;
import hdae.symbolic.render.BoundLatex;
import hdae.symbolic.render.Citations;
import hdae.proofs.format.DerivationFiles;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hdae latex}: the LaTeX of every catalogue bound, or of the bounds that the given derivation files declare,
 * as one document and one fragment per bound.
 */
@Command(name = "latex", mixinStandardHelpOptions = true,
        header = "Write the bounds of the catalogue as LaTeX fragments and a document.",
        description = {"Write the LaTeX of every bound of the catalogue: DIR/bounds.tex (a complete document),",
                "DIR/bounds/ID.tex (one fragment per bound, labelled hdae:ID, to \\input into an article, amsart or",
                "revtex paper; needs amsmath, amssymb and the environment of --env) and DIR/hdae.bib (the sources",
                "the fragments \\cite). Each fragment carries the verdict of its derivation (checked now) and the",
                "values measured by hdae validate, unless --statement-only. With FILE arguments, only the bounds",
                "those derivation files declare ('bound' blocks), with the verdicts of their derivations."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the fragments are written (whatever the verdicts they show)", "2:bad input or usage: an"
                + " output folder that cannot be written, a --validation folder that does not exist or a corrupt"
                + " table, a derivation file that cannot be read or declares no bound (one line on standard error,"
                + " before any work)"})
final class LatexCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "derivation files (.deriv) whose declared bounds to"
            + " typeset; default: the bounds of the catalogue")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "docs/latex",
            description = "output folder (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--env", paramLabel = "ENV", defaultValue = "theorem", converter = EnvConverter.class,
            description = "the environment each fragment opens: theorem, proposition, or none (then \\input it inside"
                    + " your own; default: ${DEFAULT-VALUE})")
    private BoundLatex.Environment env;

    @Option(names = "--statement-only", description = "fragments with the statement only: no verdict, no measured"
            + " values (and no derivation checking)")
    private boolean statementOnly;

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
        DerivationFiles given = files.isEmpty() ? null : DerivationFiles.read(BoundCatalogue.standard(), files);
        List<Bound> bounds = given == null ? BoundCatalogue.standard().all()
                : given.derivations().stream().flatMap(d -> d.bounds().stream()).toList();
        if (bounds.isEmpty()) {
            throw new IllegalArgumentException("expected a derivation file with a 'bound' block, found none in " + files);
        }
        try (OutputFolder folder = OutputFolder.open(out, "--out")) {
            ValidationResults measured = statementOnly ? new ValidationResults(out, List.of()) : validation.load();
            CheckedLibrary checked = statementOnly ? null
                    : given == null ? CheckedLibrary.check(cas.settings()) : CheckedLibrary.check(cas.settings(), given);
            BoundLatex latex = new BoundLatex();
            StringBuilder doc = new StringBuilder(LatexDocument.preamble(given == null ? "hdae: the bound catalogue"
                    : "hdae: bounds declared in " + files.stream().map(p -> p.getFileName().toString())
                            .collect(java.util.stream.Collectors.joining(", "))));
            for (Bound b : bounds) {
                String id = b.id().value();
                String name = "bounds/" + id + ".tex";
                AtomicFiles.writeString(folder.staging().resolve(name), latex.fragment(b, env,
                        checked == null ? "" : checked.verdictNote(id).orElse(""), measured.notes(id)));
                if (env == BoundLatex.Environment.NONE) {
                    doc.append("\\begin{theorem}\n\\input{").append(name).append("}\n\\end{theorem}\n\n");
                } else {
                    doc.append("\\input{").append(name).append("}\n\n");
                }
            }
            doc.append(LatexDocument.end(LatexDocument.BIB));
            AtomicFiles.writeString(folder.staging().resolve(LatexDocument.BIB + ".bib"), Citations.bibliography());
            AtomicFiles.writeString(folder.staging().resolve("bounds.tex"), doc.toString());
            folder.commit();
        }
        spec.commandLine().getOut().println("wrote " + out.resolve("bounds.tex") + ", " + out.resolve("hdae.bib")
                + " and " + bounds.size() + " fragments in " + out.resolve("bounds"));
        return Hdae.OK;
    }

    /** Reads --env case-insensitively; a bad value is a one-line usage error. */
    static final class EnvConverter implements picocli.CommandLine.ITypeConverter<BoundLatex.Environment> {
        @Override
        public BoundLatex.Environment convert(String value) {
            for (BoundLatex.Environment e : BoundLatex.Environment.values()) {
                if (e.latexName().equals(value.toLowerCase(java.util.Locale.ROOT))) {
                    return e;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("expected theorem, proposition or none for --env,"
                    + " got " + value);
        }
    }
}

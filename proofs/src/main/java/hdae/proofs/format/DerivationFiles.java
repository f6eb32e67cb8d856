package hdae.proofs.format;

import hdae.symbolic.SymbolicException;
import hdae.symbolic.bound.BoundCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Derivation files read together, with the catalogue their bounds live in: the shipped catalogue and the bounds
 * the files declare ({@code bound} blocks). Files are read in order, each against the catalogue extended by the
 * files before it, so a later file may refer ({@code @id}) to an earlier file's bound, and a bound id declared
 * twice is reported at its second declaration.
 *
 * @param catalogue   the shipped catalogue and every declared bound
 * @param derivations the derivations, in the order of the files
 */
public record DerivationFiles(BoundCatalogue catalogue, List<Derivation> derivations) {
    public DerivationFiles {
        derivations = List.copyOf(derivations);
    }

    /**
     * Reads {@code files} against {@code base}. A file that cannot be read or does not follow the format throws
     * {@link DerivationSyntaxException} ({@code file:line:column: ...}).
     */
    public static DerivationFiles read(BoundCatalogue base, List<Path> files) {
        BoundCatalogue catalogue = base;
        List<Derivation> out = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new DerivationSyntaxException(f.toString(), 1, 1, Files.exists(f)
                        ? "expected a derivation file, found a folder or another non-regular file"
                        : "cannot read the file: no such file");
            }
            Derivation d = new DerivationParser(catalogue).parse(f);
            try {
                catalogue = catalogue.with(d.bounds());
            } catch (SymbolicException e) {
                throw new DerivationSyntaxException(f.toString(), 1, 1, "expected bounds the catalogue can hold: "
                        + e.getMessage());
            }
            out.add(d);
        }
        return new DerivationFiles(catalogue, out);
    }
}

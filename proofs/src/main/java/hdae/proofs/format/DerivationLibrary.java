package hdae.proofs.format;

import hdae.symbolic.bound.BoundCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The derivation files that ship with hdae, read from the class path ({@code hdae/derivations/},
 * listed in its {@code INDEX}).
 */
public final class DerivationLibrary {
    /** Class-path folder of the shipped derivations. */
    public static final String FOLDER = "hdae/derivations/";

    private DerivationLibrary() {
    }

    /** The names of the shipped files, in INDEX order. */
    public static List<String> names() {
        return read(FOLDER + "INDEX").lines().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
    }

    /** Every shipped derivation, parsed. */
    public static List<Derivation> standard(BoundCatalogue catalogue) {
        DerivationParser parser = new DerivationParser(catalogue);
        List<Derivation> out = new ArrayList<>();
        for (String name : names()) {
            out.add(parser.parse(FOLDER + name, read(FOLDER + name)));
        }
        return out;
    }

    private static String read(String resource) {
        try (InputStream in = DerivationLibrary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + resource + ": the build is incomplete");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read class-path resource " + resource, e);
        }
    }
}

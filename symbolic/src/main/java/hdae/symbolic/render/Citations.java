package hdae.symbolic.render;

import hdae.symbolic.bound.Bound;
import hdae.symbolic.bound.Provenance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The BibTeX keys of the sources a bound names, and the bibliography itself ({@code hdae.bib}, a resource of this
 * package). A source is recognised by the start of its reference (the catalogue writes each reference once, as a
 * constant); a source without a published reference (an elementary computation) has no key.
 */
public final class Citations {
    /** Reference prefix to BibTeX key, in the order the catalogue's sections name them. */
    private static final Map<String, String> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("S. Dube", "dube2018");
        KEYS.put("hdae formalisation", "dube2018");
        KEYS.put("I. J. Goodfellow", "goodfellow2015");
        KEYS.put("A. Blum", "blum2020");
        KEYS.put("NIST Digital Library", "dlmf");
        KEYS.put("R. Vershynin", "vershynin2018");
        KEYS.put("M. L. Mehta", "mehta2004");
        KEYS.put("D. S. Dean", "dean2006");
        KEYS.put("J. Gilmer", "gilmer2018");
        KEYS.put("P. Levy", "levy1951");
        KEYS.put("Y. Dauphin", "dauphin2014");
    }

    /** The derivation whose proof rests on Gaussian isoperimetry (Borell 1975; Sudakov and Tsirelson 1974). */
    private static final String GAUSSIAN_ISOPERIMETRY = "corrected-theorem";

    private Citations() {
    }

    /**
     * The key of the bound's own source.
     *
     * @param b the bound
     * @return its BibTeX key, empty for a source without a published reference
     */
    public static Optional<String> key(Bound b) {
        String ref = b.source().reference();
        return KEYS.entrySet().stream().filter(e -> ref.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst();
    }

    /**
     * The keys of the published results a bound's proof rests on, beyond its source (a cited lemma of its
     * derivation).
     *
     * @param b the bound
     * @return the keys, possibly none
     */
    public static List<String> lemmas(Bound b) {
        List<String> out = new ArrayList<>();
        if (b.derivation().equals(GAUSSIAN_ISOPERIMETRY) && b.provenance() == Provenance.FORMALISATION) {
            out.add("borell1975");
            out.add("sudakov1974");
        }
        if (b.source().reference().startsWith("D. S. Dean")) {
            out.add("dean2008");
        }
        return out;
    }

    /** @return every key this class can produce */
    public static List<String> allKeys() {
        List<String> out = new ArrayList<>(KEYS.values().stream().distinct().toList());
        out.addAll(List.of("borell1975", "sudakov1974", "dean2008"));
        return out;
    }

    /** @return the text of {@code hdae.bib}, every source hdae cites */
    public static String bibliography() {
        try (InputStream in = Citations.class.getResourceAsStream("hdae.bib")) {
            if (in == null) {
                throw new IllegalStateException("expected the resource hdae.bib beside " + Citations.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

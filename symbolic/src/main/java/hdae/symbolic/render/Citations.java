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
        KEYS.put("Y. N. Dauphin", "dauphin2014");
        KEYS.put("A. Shafahi", "shafahi2019");
        KEYS.put("A. Fawzi", "fawzi2018");
        KEYS.put("S. Mahloujifar", "mahloujifar2019");
    }

    /** The derivation whose proof rests on Gaussian isoperimetry (Borell 1975; Sudakov and Tsirelson 1974). */
    private static final String GAUSSIAN_ISOPERIMETRY = "corrected-theorem";
    /**
     * The derivations whose proofs rest on Gaussian isoperimetry as well: the enlargement of regions of any mass
     * (carried to the cube as in Barthe and Maurey 2000 and Ledoux 2001) and the worst case for Gaussian data.
     */
    private static final String GENERAL_MASS = "general-mass-enlargement";
    private static final String GAUSSIAN_DATA = "gaussian-data-worst-case";
    /**
     * Published results an hdae formalisation is stated in the form of (its locator names them): the phrase of the
     * locator and the key.
     */
    private static final Map<String, String> IN_THE_FORM_OF = new LinkedHashMap<>();

    static {
        IN_THE_FORM_OF.put("Shafahi et al.", "shafahi2019");
        IN_THE_FORM_OF.put("Mahloujifar et al.", "mahloujifar2019");
    }

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
        if (b.provenance() == Provenance.FORMALISATION) {
            if (b.derivation().equals(GENERAL_MASS)) {
                out.addAll(List.of("borell1975", "sudakov1974", "barthe2000", "ledoux2001"));
            }
            if (b.derivation().equals(GAUSSIAN_DATA)) {
                out.addAll(List.of("borell1975", "sudakov1974"));
            }
            if (b.source().reference().contains("I. J. Goodfellow")) {
                out.add("goodfellow2015");
            }
            IN_THE_FORM_OF.forEach((phrase, key) -> {
                if (b.source().locator().contains(phrase)) {
                    out.add(key);
                }
            });
        }
        return out;
    }

    /** @return every key this class can produce */
    public static List<String> allKeys() {
        List<String> out = new ArrayList<>(KEYS.values().stream().distinct().toList());
        out.addAll(List.of("borell1975", "sudakov1974", "dean2008", "barthe2000", "ledoux2001"));
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

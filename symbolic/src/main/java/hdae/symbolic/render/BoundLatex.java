package hdae.symbolic.render;

import hdae.symbolic.bound.Bound;
import hdae.symbolic.bound.Domain;
import hdae.symbolic.bound.Parameter;
import hdae.symbolic.bound.Provenance;
import hdae.symbolic.formula.Declared;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * LaTeX of a catalogue bound: its display formula, read from the bound's own formula objects, and a fragment ready
 * to {@code \input} into a paper (article, amsart, revtex): a theorem-like environment with the bound's title, its
 * provenance and {@code \cite} of its source in the heading, {@code \label{hdae:ID}}, the hypotheses on the
 * parameters, the display formula and the clause that defines the notation. A fragment loads no package and
 * defines no macro: it needs amsmath and amssymb, the keys of {@link Citations#bibliography()}, and the chosen
 * environment, defined by the document (for example {@code \newtheorem{theorem}{Theorem}}).
 */
public final class BoundLatex {
    /** The environment a fragment opens: one the document defines, or none (the fragment goes inside one). */
    public enum Environment {
        THEOREM, PROPOSITION, NONE;

        /** @return the environment's LaTeX name */
        public String latexName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Locators longer than this (characters) stay in the source sentence, not in the optional argument of \cite. */
    private static final int SHORT_LOCATOR = 20;

    private final LatexRenderer renderer;

    public BoundLatex(LatexRenderer renderer) {
        this.renderer = renderer;
    }

    public BoundLatex() {
        this(new LatexRenderer());
    }

    /** The bound as one display formula, for example {@code \lim_{n \to \infty} ... = 1}. */
    public String display(Bound b) {
        String rhs = renderer.render(b.closedForm());
        String q = quantity(b);
        return switch (b.direction()) {
            case EQUALITY -> q + " = " + rhs;
            case UPPER -> q + " \\le " + rhs;
            case LOWER -> q + " \\ge " + rhs;
            case LIMIT -> "\\lim_{" + renderer.render(b.limitVar().orElseThrow()) + " \\to "
                    + renderer.render(b.limitPoint().orElseThrow()) + "} " + q + " = " + rhs;
            case ASYMPTOTIC -> quantity(b) + " = O\\left(" + rhs + "\\right) \\quad ("
                    + renderer.render(b.limitVar().orElseThrow()) + " \\to \\infty)";
        };
    }

    /** The fragment in a theorem environment, with the verdict of its derivation. */
    public String fragment(Bound b, String verdictNote) {
        return fragment(b, Environment.THEOREM, verdictNote, List.of());
    }

    /** The fragment in a theorem environment, with the verdict of its derivation and its measurements. */
    public String fragment(Bound b, String verdictNote, List<String> measured) {
        return fragment(b, Environment.THEOREM, verdictNote, measured);
    }

    /**
     * A fragment. With an empty verdict note and no measurements it is the statement only; otherwise a paragraph
     * after the statement gives the provenance, the full source, the verdict of the derivation and the measured
     * values (which are evidence, never part of the statement).
     *
     * @param b           the bound
     * @param env         the environment the fragment opens, or NONE
     * @param verdictNote the verdict of the derivation step concluding it, or empty
     * @param measured    one line per measurement on trained networks (plain text, escaped here), or none
     * @return the fragment
     */
    public String fragment(Bound b, Environment env, String verdictNote, List<String> measured) {
        Objects.requireNonNull(env, "env");
        String id = b.id().value();
        StringBuilder sb = new StringBuilder();
        sb.append("% hdae: ").append(id).append(", generated from the bound catalogue; do not edit.\n")
                .append("% Needs amsmath, amssymb and the keys of hdae.bib");
        sb.append(env == Environment.NONE ? "; goes inside a theorem-like environment.\n"
                : ", and a `" + env.latexName() + "' environment defined by the document.\n");
        if (env != Environment.NONE) {
            sb.append("\\begin{").append(env.latexName()).append("}[{").append(heading(b)).append("}]");
        }
        sb.append("\\label{hdae:").append(id).append("}\n");
        // inline formulas break only at relations and operators: let the spaces of this paragraph (only) stretch
        // rather than run into the margin; a setting local to the environment, not a definition
        sb.append("\\emergencystretch=2em\\relax\n");
        sb.append(statement(b));
        if (env == Environment.NONE) {
            sb.append("(").append(heading(b)).append(".)\n");
        } else {
            sb.append("\\end{").append(env.latexName()).append("}\n");
        }
        if (!verdictNote.isEmpty() || !measured.isEmpty()) {
            sb.append("\\par\\noindent\\textit{In hdae:} ").append(Tex.escape(provenanceWords(b.provenance())))
                    .append("; source: ").append(Tex.escape(b.source().toString())).append(".");
            if (!verdictNote.isEmpty()) {
                sb.append(" Derivation \\texttt{").append(Tex.escape(b.derivation())).append("}: ")
                        .append(Tex.escape(verdictNote)).append(".");
            }
            sb.append("\n");
            if (!measured.isEmpty()) {
                sb.append("Measured on trained networks (evidence, not proof):\n\\begin{itemize}\n");
                measured.forEach(m -> sb.append("\\item ").append(Tex.escape(m)).append("\n"));
                sb.append("\\end{itemize}\n");
            }
        }
        return sb.toString();
    }

    /**
     * The statement: the hypotheses on the parameters, the display formula and the definition of the notation.
     *
     * @param b the bound
     * @return LaTeX text, ending with a newline
     */
    public String statement(Bound b) {
        StringBuilder sb = new StringBuilder();
        List<String> params = new ArrayList<>();
        for (Parameter p : b.parameters()) {
            params.add("$" + domain(p) + "$ (" + Tex.escape(p.meaning()) + ")");
        }
        if (!params.isEmpty()) {
            sb.append("For ").append(join(params)).append(",\n");
        }
        var definition = Quantities.definition(b.quantity().key()).or(() -> meaning(b));
        sb.append("\\begin{equation*}\n").append(display(b)).append(definition.isPresent() ? "," : ".")
                .append("\n\\end{equation*}\n");
        definition.ifPresent(d -> sb.append("where ").append(d).append(".\n"));
        return sb.toString();
    }

    /**
     * For a quantity the renderer has no notation for (a bound declared in a derivation file), what its symbol
     * denotes, from the quantity's description: "$\\mathrm{Name}(x)$ denotes ...".
     */
    private Optional<String> meaning(Bound b) {
        if (Quantities.notation(b.quantity().key()).isPresent() || !(b.subject().orElseThrow() instanceof Declared)
                || b.quantity().description().isBlank()) {
            return Optional.empty();
        }
        return Optional.of("$" + renderer.render(b.subject().orElseThrow()) + "$ denotes "
                + Tex.escape(b.quantity().description()));
    }

    /** The heading of the environment: the title, the provenance and the citation of the source. */
    private String heading(Bound b) {
        String title = b.title().isEmpty() ? b.id().value() : b.title();
        StringBuilder sb = new StringBuilder(Tex.escape(title)).append("; ").append(provenanceWords(b.provenance()));
        var key = Citations.key(b);
        if (key.isPresent()) {
            String loc = shortLocator(b);
            sb.append(" \\cite").append(loc.isEmpty() ? "" : "[" + Tex.escape(loc).replace(". ", ".~") + "]")
                    .append("{").append(key.get()).append("}");
        }
        List<String> lemmas = Citations.lemmas(b);
        if (!lemmas.isEmpty()) {
            sb.append(", see also \\cite{").append(String.join(",", lemmas)).append("}");
        }
        return sb.toString();
    }

    private static String provenanceWords(Provenance p) {
        return switch (p) {
            case PAPER -> "claim of the paper";
            case PRIOR -> "prior work";
            case FORMALISATION -> "hdae's formalisation of the paper's claims, not its theorem";
            case BACKGROUND -> "background";
            case LITERATURE -> "literature";
        };
    }

    /** The locator up to its first comment (a parenthesis, comma, colon or semicolon), when it is short. */
    private static String shortLocator(Bound b) {
        if (b.provenance() == Provenance.FORMALISATION) {
            return "";
        }
        String loc = b.source().locator();
        for (String stop : List.of(" (", ",", ";", ":")) {
            int i = loc.indexOf(stop);
            if (i >= 0) {
                loc = loc.substring(0, i);
            }
        }
        return loc.length() <= SHORT_LOCATOR ? loc.strip() : "";
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** A parameter's domain: {@code n \in \{1, 2, 3, \dots\}}, {@code \varepsilon > 0}, {@code h \in [0, 0.9]}. */
    private String domain(Parameter p) {
        String v = renderer.render(new Var(p.name()));
        Domain d = p.domain();
        if (d.integer()) {
            long a = (long) d.lower();
            if (Double.isInfinite(d.upper())) {
                return v + " \\in \\{" + a + ", " + (a + 1) + ", " + (a + 2) + ", \\dots\\}";
            }
            return v + " \\in \\{" + a + ", \\dots, " + end(d.upper()) + "\\}";
        }
        if (d.upper() == Double.POSITIVE_INFINITY && Double.isFinite(d.lower())) {
            return v + (d.lowerOpen() ? " > " : " \\ge ") + end(d.lower());
        }
        if (Double.isInfinite(d.lower()) && Double.isInfinite(d.upper())) {
            return v + " \\in \\mathbb{R}";
        }
        return v + " \\in " + (d.lowerOpen() ? "(" : "[") + end(d.lower()) + ", " + end(d.upper())
                + (d.upperOpen() ? ")" : "]");
    }

    private static String end(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "\\infty" : "-\\infty";
        }
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private String quantity(Bound b) {
        return Quantities.notation(b.quantity().key())
                .or(() -> b.subject().map(renderer::render))
                .orElse("\\text{" + Tex.escape(b.quantity().description()) + "}");
    }

    private String paren(Formula f) {
        String s = renderer.render(f);
        return f instanceof hdae.symbolic.formula.Binary ? "\\left(" + s + "\\right)" : s;
    }
}

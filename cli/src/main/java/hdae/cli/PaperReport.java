package hdae.cli;

import static hdae.cli.ReportDocument.cell;
import static hdae.cli.ReportDocument.cite;
import static hdae.cli.ReportDocument.code;
import static hdae.cli.ReportDocument.ref;
import static hdae.cli.ReportDocument.text;

import hdae.proofs.check.BoundVerdict;
import hdae.proofs.check.StepResult;
import hdae.proofs.check.Verdict;
import hdae.proofs.format.Derivation;
import hdae.symbolic.bound.Bound;
import hdae.symbolic.bound.BoundCatalogue;
import hdae.symbolic.render.BoundLatex;
import hdae.validate.ledger.GapLedger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The report of {@code hdae report}: the paper's claims with their provenance and what hdae has for each,
 * every derivation with its verdicts, the bound catalogue with the verdict of the step that concludes each
 * bound, and the results written by {@code hdae audit} and {@code hdae census}.
 */
final class PaperReport {
    /**
     * The six claims of the abstract of arXiv 1801.00634, paraphrased, with the
     * derivations and results of hdae that address them.
     */
    private static final String[][] CLAIMS = {
        {"A1", "Perturbation-based adversarial examples are explained by topological and geometrical properties of"
                + " high-dimensional spaces.", "BACKGROUND derivations cube-shell, ball-shell, ball-volume,"
                + " cube-distances, sphere-dot; the concentration bound of corrected-theorem (FORMALISATION)."},
        {"A2", "An argument of prior published work (Goodfellow, Shlens and Szegedy 2015, Sec. 3) is mistaken.",
                "The audit: prior-linear-argument (PRIOR) and the objections resolution-refinement, relative-change,"
                + " wrong-norm, model-specific (FORMALISATION); docs/audit/audit.md."},
        {"A3", "A more rigorous, general and correct result explains adversarial examples through image manifolds.",
                "corrected-theorem (FORMALISATION): for any region of mass at least 1/2 of the uniform cube, the mean"
                + " Euclidean distance to it is at most 1/(2 pi) in every dimension. Image manifolds themselves are"
                + " not modelled."},
        {"A4", "Saddle points are examined against local minima in the loss landscapes of deep networks.",
                "saddle-sign-model (LITERATURE: the heuristic of Dauphin et al. 2014) and goe-small-n (BACKGROUND,"
                + " LITERATURE); the Hessian census of small networks"
                + " (docs/census/census.md)."},
        {"A5", "The expected L2 norm of adversarial perturbations is O(1/sqrt(n)) in the image resolution n.",
                "The root-mean-square reading is derived for the uniform cube (corrected-theorem, FORMALISATION, from"
                + " cited results of Gaussian isoperimetry); for"
                + " Gaussian data it holds in the worst case exactly when lambda_max = O(1) (gaussian-data-worst-case),"
                + " and it cannot hold for a classifier that is the same function of the image at every resolution"
                + " (resolution-consistency); see the next section. The measurement on trained networks at several"
                + " resolutions (multiresolution-l2) is in the empirical validation."},
        {"A6", "A parts-whole manifold learning hypothesis explains how networks work and how adversarial examples"
                + " could be eliminated.", "Not formalised: the hypothesis itself is not in the available text."}};

    private PaperReport() {
    }

    static ReportDocument build(List<Derivation> derivations, List<StepResult> results, boolean censusPresent,
            boolean auditPresent, ValidationResults validation) {
        return build(derivations, results, new Sources(censusPresent ? "docs/census" : null, "../census/", false,
                auditPresent ? "docs/audit" : null, "../validation/"), validation);
    }

    /**
     * Where the report found the results of the other commands, as written in the report.
     *
     * @param census the census folder as shown, or null when it has no census
     * @param censusLink the census folder relative to the report's folder, ending in '/' (for the image)
     * @param censusVector whether the census plot is there as PDF too
     * @param audit the audit folder as shown, or null when it has no audit
     * @param validationLink the validation folder relative to the report's folder, ending in '/'
     */
    record Sources(String census, String censusLink, boolean censusVector, String audit, String validationLink) {
    }

    /**
     * The report.
     *
     * @param derivations   the shipped derivations
     * @param results       their step results
     * @param sources       where the census, audit and validation results were found
     * @param validation    the validation tables
     * @return the report
     */
    static ReportDocument build(List<Derivation> derivations, List<StepResult> results, Sources sources,
            ValidationResults validation) {
        boolean censusPresent = sources.census() != null;
        boolean auditPresent = sources.audit() != null;
        boolean censusVector = sources.censusVector();
        ReportDocument doc = new ReportDocument();
        doc.heading(1, "hdae report: S. Dube, High Dimensional Spaces, Deep Learning and Adversarial Examples");
        doc.paragraph(text("Generated by hdae from its bound catalogue and derivation files (Java "
                + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                + " processors), for S. Dube's paper"), cite("dube2018", " (arXiv 1801.00634)"), text(". Only the"
                + " abstract and the start of the introduction of the paper are available, so every claim carries its"
                + " provenance: PAPER (the abstract), PRIOR (Goodfellow, Shlens and Szegedy"), cite("goodfellow2015",
                " 2015"), text("), FORMALISATION (hdae's own statement and proof, not the paper's theorem), BACKGROUND"
                + " (a standard fact) or LITERATURE (a related published result). "), ref("Table", "tab:claims",
                "The first table"), text(" lists the claims of the abstract and what hdae has for each; "),
                ref("Table", "tab:verdicts", "the second"), text(" the verdicts of the derivations; "),
                ref("Section", "sec:validation", "the empirical section"), text(" the measurements on trained"
                + " networks, and "), ref("Table", "tab:gap-ledger", "the last table"), text(" every known gap"
                + " between a bound and a measurement."));
        claims(doc);
        new ClaimA5Section(doc, validation).append();
        verdicts(doc, derivations, results);
        catalogue(doc, new CheckedLibrary(derivations, results).boundVerdicts());
        doc.heading(2, "Audit of the linear argument");
        doc.paragraph(auditPresent
                ? List.of(text("The step-by-step audit, its objections with witnesses and the corrected theorem are in "),
                        code(sources.audit() + "/audit.md"), text(" (and audit.tex); regenerate with "), code("hdae audit"),
                        text("."))
                : List.of(text("Not generated yet: run "), code("hdae audit"), text(".")));
        doc.heading(2, "Hessian census: saddle points against minima");
        if (censusPresent) {
            doc.paragraph(text("Critical points of small tanh networks, their Hessian index against their loss ("),
                    ref("Figure", "fig:census", "the figure below"), text(", as in Dauphin et al."),
                    cite("dauphin2014", " 2014"), text(", figure 1); the table and the comparison with the"
                    + " independent-sign and GOE models are in "), code(sources.census() + "/census.md"), text("."));
            doc.image(sources.censusLink() + "index-vs-loss.png", censusVector ? sources.censusLink()
                    + "index-vs-loss.pdf" : sources.censusLink() + "index-vs-loss.png", List.of(text("Index fraction (negative Hessian eigenvalues over"
                    + " parameters) against loss at the critical points found by the Hessian census of small tanh"
                    + " networks; one point per critical point, no intervals; details and sample sizes in "),
                    code(sources.census() + "/census.md"), text(".")), "fig:census");
        } else {
            doc.paragraph(text("Not generated yet: run "), code("hdae census"), text("."));
        }
        ValidationSection.append(doc, validation, GapLedger.standard(), sources.validationLink());
        return doc;
    }

    private static void claims(ReportDocument doc) {
        doc.heading(2, "The claims of the paper", "sec:claims");
        List<List<List<ReportDocument.Span>>> rows = new ArrayList<>();
        for (String[] c : CLAIMS) {
            rows.add(List.of(cell(c[0]), cell(c[1]), cell(c[2])));
        }
        doc.table(new ReportDocument.Table("Claims of the abstract (provenance PAPER) and what hdae has for each",
                "lpp", List.of("claim", "statement (paraphrased)", "in hdae"), rows, "tab:claims"));
    }

    private static void verdicts(ReportDocument doc, List<Derivation> derivations, List<StepResult> results) {
        doc.heading(2, "Derivations and their verdicts");
        doc.paragraph(text("PROVED: symbolic zero test and a 40-digit numeric test at 20 random points, or interval"
                + " bisection of a bounded domain; CHECKED: holds at many random points, not proved; CITED: a named"
                + " lemma, taken as given; FAILED: a counterexample; UNKNOWN: undecided, never a pass. These are the"
                + " verdicts of single steps. A bound's own verdict, in the catalogue below, is derived over every"
                + " step its concluding step rests on: PROVED only when all of them are proved; PROVED FROM CITED"
                + " when the others are proved or cited, with the cited results it assumes; CITED when the bound is"
                + " itself a citation; otherwise the weakest verdict among them (CHECKED, UNKNOWN, FAILED)."));
        List<List<List<ReportDocument.Span>>> rows = new ArrayList<>();
        for (Derivation d : derivations) {
            Map<Verdict, Integer> n = new EnumMap<>(Verdict.class);
            results.stream().filter(r -> r.derivation().equals(d.id())).forEach(r -> n.merge(r.verdict(), 1, Integer::sum));
            rows.add(List.of(List.of(code(d.id())), cell(d.provenance().name()),
                    cell(count(n, Verdict.PROVED)), cell(count(n, Verdict.CHECKED)), cell(count(n, Verdict.CITED)),
                    cell(count(n, Verdict.FAILED)), cell(count(n, Verdict.UNKNOWN))));
        }
        doc.table(new ReportDocument.Table("Verdicts per derivation (number of steps)", "llrrrrr",
                List.of("derivation", "provenance", "proved", "checked", "cited", "failed", "unknown"), rows,
                "tab:verdicts"));
    }

    private static String count(Map<Verdict, Integer> n, Verdict v) {
        return String.valueOf(n.getOrDefault(v, 0));
    }

    private static void catalogue(ReportDocument doc, Map<String, BoundVerdict> derived) {
        doc.heading(2, "The bound catalogue");
        BoundLatex latex = new BoundLatex();
        for (Bound b : BoundCatalogue.standard().all()) {
            doc.heading(3, b.title().isEmpty() ? b.id().value() : b.title() + " (" + b.id().value() + ")",
                    "hdae:" + b.id().value());
            Optional<BoundVerdict> v = Optional.ofNullable(derived.get(b.id().value()));
            doc.paragraph(ReportDocument.strong(b.provenance().name()), text(". " + b.statement() + " Source: "
                    + b.source() + ". Derivation "), code(b.derivation()), text(v.map(x -> ", " + CheckedLibrary.note(x)
                    + ".").orElse(".")));
            doc.display(latex.display(b));
        }
    }
}

package hdae.cli;

import static hdae.cli.ReportDocument.cell;
import static hdae.cli.ReportDocument.code;
import static hdae.cli.ReportDocument.math;
import static hdae.cli.ReportDocument.text;

import hdae.cli.ReportDocument.Span;
import hdae.numeric.mc.linear.NormRatioWitness;
import hdae.numeric.mc.linear.RefinementWitness;
import hdae.numeric.mc.region.AuditRuns;
import hdae.numeric.mc.region.CubeRegion;
import hdae.proofs.check.StepResult;
import hdae.proofs.check.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The failing inference of the linear argument, its four hidden premises, and one section per objection with its
 * derivation and numeric witness (part of {@link AuditReport}).
 */
final class AuditObjections {
    private static final String INFERENCE_STEP = "the inference audited by hdae";
    private final AuditReport report;
    private final ReportDocument doc;
    private final AuditWitnesses w;

    AuditObjections(AuditReport report) {
        this.report = report;
        this.doc = report.doc();
        this.w = report.witnesses();
    }

    /** Where the argument breaks: the step, the premises it needs, a witness for each. */
    void failingInference() {
        doc.heading(2, "The failing inference");
        List<StepResult> prior = report.results("prior-linear-argument");
        int inference = report.derivation("prior-linear-argument").steps().stream()
                .filter(s -> s.title().equals(INFERENCE_STEP)).findFirst().orElseThrow().number();
        boolean algebraProved = prior.stream().filter(r -> report.derivation("prior-linear-argument").steps()
                .get(r.step() - 1).claim().isPresent()).allMatch(r -> r.verdict() == Verdict.PROVED);
        doc.paragraph(text("Every formal step of the argument is " + (algebraProved ? "PROVED" : "not PROVED (see"
                + " above)") + ": the algebra is right, and eps m n does grow linearly with n when m is held fixed."
                + " What fails is step " + inference + ", the inference from \"the change can grow linearly with n\""
                + " to \"a linear model in high dimension has adversarial examples\". The checker marks it CITED"
                + " because it is the paper's own claim, taken as stated. Four objections bear on it, and they are not"
                + " of one kind (the classification follows the table): only H-a is a hidden premise in the logical"
                + " sense, H-b is a missing step that holds in one natural model and fails in another, H-c is a"
                + " choice of threat model and H-d a limit of scope that Goodfellow et al. state themselves. What"
                + " each needs, and a setting where it fails, are in "), ReportDocument.ref("Table", "tab:hidden-premises",
                "the table below"), text(":"));
        RefinementWitness.Row first = w.refinement().get(0);
        RefinementWitness.Row last = w.refinement().get(w.refinement().size() - 1);
        AuditWitnesses.FlipRow flip = w.flips().get(1);
        AuditWitnesses.RegionRow big = w.regions().get(w.regions().size() - 1);
        List<List<List<Span>>> rows = List.of(
                List.of(cell("H-a: m stays fixed as n grows"),
                        cell("otherwise eps m n need not grow with n"),
                        cell("the same image at a finer resolution: m = m0/k"),
                        cell(String.format(Locale.ROOT, "n0 = %d, k = %d: m %.4f -> %.4f, eps m n %.4f -> %.4f,"
                                + " d2 %.3f -> %.3f", w.refinementBase(), last.k(), first.meanWeight(),
                                last.meanWeight(), first.gain(), last.gain(), first.l2Distance(), last.l2Distance())),
                        List.of(code("resolution-refinement"))),
                List.of(cell("H-b: the margin is small against the gain, |w.x + b| = o(eps |w|_1)"),
                        cell("the class flips exactly when the margin is below eps |w|_1, the supremum of the change"
                                + " (not attained: the printed constraint |eta|_inf < eps is strict)"),
                        cell("replicated pixels (H-a): margin and gain stay those of the base image; it holds for"
                                + " independent pixels, margin ~ sqrt(n/12), gain eps n"),
                        cell(String.format(Locale.ROOT, "eps = %.2f, n = %d: flip rate %s (independent), %s"
                                + " (%d pixels replicated %d times)", w.relativeEps(), flip.n(),
                                AuditReport.estimate(flip.independent()), AuditReport.estimate(flip.replicated()),
                                AuditWitnesses.FLIP_BASE, flip.k())),
                        List.of(code("relative-change"))),
                List.of(cell("H-c: the max-norm measures the size of a perturbation"),
                        cell("eps sign(w) has Euclidean length eps sqrt(n)"),
                        cell("at equal Euclidean length the L2 perturbation changes the activation more"),
                        cell(String.format(Locale.ROOT, "n = %d, eps = %.2f: sign %.2f against L2 %.2f (ratio %.4f)",
                                w.norm().n(), w.normEps(), w.norm().signGain(), w.norm().l2Gain(), w.norm().ratio())),
                        List.of(code("wrong-norm"))),
                List.of(cell("H-d: the classifier is (nearly) linear"),
                        cell("the computation is the distance to a hyperplane"),
                        cell("a max unit over the pixels: each unit has gain eps, yet the distance falls like 1/n"),
                        cell(String.format(Locale.ROOT, "n = %d: E[d | outside] = %s", big.n(),
                                AuditReport.estimate(big.maxUnit()))),
                        List.of(code("model-specific"))));
        doc.table(new ReportDocument.Table("The hidden premises of the inference", "ppppp",
                List.of("premise", "needed because", "fails when", "witness", "derivation"), rows,
                "tab:hidden-premises"));
        doc.paragraph(text("The corrected theorem ("), ReportDocument.ref("Section", "sec:corrected-theorem",
                "a later section"), text(") needs none of them: it holds for every decision"
                + " region of mass at least 1/2, whatever the classifier, and says how far the points are in the"
                + " Euclidean and root-mean-square norms."));
        new AuditFairness(doc).classification();
    }

    /** One section per objection. */
    void objections() {
        section("Objection H-a: resolution refinement", "resolution-refinement");
        refinementTable();
        section("Objection H-b: the margin against the gain", "relative-change");
        flipTable();
        relativeTable();
        section("Objection H-c: the wrong norm", "wrong-norm");
        normTable();
        section("Objection H-d: the argument is model-specific", "model-specific");
        maxUnitTable();
    }

    private void section(String title, String derivation) {
        doc.heading(2, title);
        doc.paragraph(text(report.derivation(derivation).statement()));
        doc.paragraph(text("Conclusions, as catalogued:"));
        report.bounds(derivation);
        doc.paragraph(text("The derivation "), code(derivation), text(" (provenance "
                + report.derivation(derivation).provenance() + "), step by step:"));
        report.steps(derivation);
    }

    private void refinementTable() {
        List<List<List<Span>>> rows = new ArrayList<>();
        for (RefinementWitness.Row r : w.refinement()) {
            rows.add(List.of(cell(String.valueOf(r.k())), cell(String.valueOf(r.n())), cell(f(r.meanWeight())),
                    cell(f(r.gain())), cell(f(r.l2Distance())), cell(f(r.rmsDistance())), cell(f(r.signPerturbationL2()))));
        }
        doc.table(new ReportDocument.Table(String.format(Locale.ROOT, "Witness: a seeded unit with standard normal"
                + " weights on n0 = %d pixels, replicated k times (eps = %.2f); computed from the replicated vectors",
                w.refinementBase(), w.refinementEps()), "rrrrrrr",
                List.of("k", "n", "m", "eps m n", "d2 to boundary", "rms distance", "|eps sign w|2"), rows));
    }

    private void flipTable() {
        List<List<List<Span>>> rows = new ArrayList<>();
        for (AuditWitnesses.FlipRow r : w.flips()) {
            rows.add(List.of(cell(String.valueOf(r.n())), cell(AuditReport.estimate(r.independent())),
                    cell(String.format(Locale.ROOT, "%.4f", Math.max(0, 1 - 1 / (12 * w.relativeEps()
                            * w.relativeEps() * r.n())))),
                    cell(String.valueOf(r.k())), cell(AuditReport.estimate(r.replicated()))));
        }
        doc.table(new ReportDocument.Table(String.format(Locale.ROOT, "Witness: the flip rate Pr[|w.x + b| < eps |w|_1]"
                + " of a linear classifier with all weights equal and the balanced threshold b = -E[w.x], eps = %.2f;"
                + " independent uniform pixels against %d uniform pixels each replicated k times (the same function,"
                + " weights rep(1, k)/k); Clopper-Pearson intervals of confidence %s", w.relativeEps(),
                AuditWitnesses.FLIP_BASE, AuditRuns.CONFIDENCE), "rlrrl",
                List.of("n", "independent pixels", "Chebyshev: 1 - 1/(12 eps^2 n)", "k", "replicated pixels"), rows));
        doc.paragraph(text("For independent pixels the margin has standard deviation sqrt(n/12) (weights of size 1)"
                + " and the gain is eps n, so their ratio falls like 1/(eps sqrt(12 n)) and the prior inference holds:"
                + " almost every point flips (Chebyshev's inequality gives the rate 1 - 1/(12 eps^2 n) as a lower bound)."
                + " For replicated pixels margin and gain are those of the base image whatever k, and the rate stays"
                + " where it was: there the premise fails, for the reason of objection H-a. The change relative to the"
                + " activation itself, below, is what this objection first compared; it does not decide a flip, because"
                + " the balanced threshold b removes the mean activation."));
    }

    private void relativeTable() {
        List<List<List<Span>>> rows = new ArrayList<>();
        for (AuditWitnesses.RelativeRow r : w.relative()) {
            Map<String, Double> at = Map.of("eps", w.relativeEps(), "n", (double) r.n());
            rows.add(List.of(cell(String.valueOf(r.n())), cell(AuditReport.estimate(r.oneSign())),
                    cell(f(value("relative-gain-eq-two-eps-of-one-sign", Map.of("eps", w.relativeEps())))),
                    cell(AuditReport.estimate(r.randomSigns())),
                    cell(f(value("relative-gain-eq-eps-sqrt-3n-of-random-signs", at)))));
        }
        doc.table(new ReportDocument.Table(String.format(Locale.ROOT, "Witness: x uniform in the cube, weights of"
                + " magnitude 1, eps = %.2f", w.relativeEps()), "rplpl",
                List.of("n", "E[eps |w|1 / w.x], one sign", "2 eps", "eps |w|1 / rms(w.x), random signs",
                        "eps sqrt(3n)"), rows));
    }

    private void normTable() {
        NormRatioWitness.Gains g = w.norm();
        doc.paragraph(text(String.format(Locale.ROOT, "Witness: one standard normal weight vector of dimension %d"
                + " (the pixels of an MNIST image) and eps = %.2f. The sign perturbation changes the activation by"
                + " %.2f; the L2 perturbation of the same Euclidean length %.2f changes it by %.2f, so the ratio is"
                + " %.4f against the limit %.4f (", g.n(), w.normEps(), g.signGain(),
                w.normEps() * Math.sqrt(g.n()), g.l2Gain(), g.ratio(),
                report.value("linf-to-l2-gain-ratio-limit-eq-sqrt-2-div-pi-of-gaussian-weights"))),
                math(report.display("linf-to-l2-gain-ratio-limit-eq-sqrt-2-div-pi-of-gaussian-weights")), text(")."));
        List<List<List<Span>>> rows = new ArrayList<>();
        for (AuditWitnesses.RatioRow r : w.normRatios()) {
            rows.add(List.of(cell(String.valueOf(r.n())), cell(String.valueOf(r.ratio().samples())),
                    cell(AuditReport.estimate(r.ratio()))));
        }
        doc.table(new ReportDocument.Table("Witness: the mean ratio |w|1/(sqrt(n) |w|2) over standard normal weights",
                "rrl", List.of("n", "samples", "mean ratio"), rows));
    }

    private void maxUnitTable() {
        List<List<List<Span>>> rows = new ArrayList<>();
        for (AuditWitnesses.RegionRow r : w.regions()) {
            double t = CubeRegion.threshold(r.n());
            rows.add(List.of(cell(String.valueOf(r.n())), cell(f(t)), cell(AuditReport.estimate(r.maxUnit())),
                    cell(String.format(Locale.ROOT, "%.6f", value("linf-cond-mean-dist-eq-t-div-n-plus-1-of-max-unit-region",
                            Map.of("t", t, "n", (double) r.n())))),
                    cell(String.format(Locale.ROOT, "%.4f", value("cube-cond-mean-dist-le-inv-2pi-q-of-half-mass",
                            Map.of("q", 0.5))))));
        }
        doc.table(new ReportDocument.Table("Witness: the max unit A = {max_i x_i >= t}, t = 2^(-1/n), mass 1/2; every"
                + " unit x_i has gain eps m n = eps", "rrlrr",
                List.of("n", "t", "E[d | outside] (Monte Carlo)", "t/(n+1)", "bound 1/(2 pi q)"), rows));
    }

    private double value(String id, Map<String, Double> at) {
        return report.value(id, at);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}

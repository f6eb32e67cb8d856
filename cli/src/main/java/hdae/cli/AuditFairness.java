package hdae.cli;

import static hdae.cli.ReportDocument.cell;
import static hdae.cli.ReportDocument.text;

import hdae.cli.ReportDocument.Span;
import java.util.List;

/**
 * What kind of objection each one is, and what Goodfellow, Shlens and Szegedy (2015) say about it, so that the audit
 * credits the argument where it is right (part of {@link AuditReport}). The four kinds: a <em>hidden premise</em> is
 * an unstated assumption the conclusion needs and the paper does not justify; a <em>logical gap</em> is a missing
 * step, true in some models and false in others; a <em>threat-model choice</em> is a definition of "small" that the
 * paper states and justifies, so that a different choice is a different question, not an error; a <em>scope</em>
 * limit is one the paper states itself. The paper is paraphrased, with its section; its wording is quoted only in
 * short phrases.
 */
final class AuditFairness {
    private final ReportDocument doc;

    AuditFairness(ReportDocument doc) {
        this.doc = doc;
    }

    /** The classification table and the two corrections that concern the supremum and the max-norm. */
    void classification() {
        List<List<List<Span>>> rows = List.of(
                List.of(cell("H-a: m stays fixed as n grows"), cell("hidden premise"),
                        cell("Sec. 3 writes the growth as eps m n with m \"the average magnitude of an element of the"
                                + " weight vector\" and lets n grow; how m behaves as n grows is not discussed."),
                        cell("Needed and unstated. For the same image at a finer resolution (the same function) m ="
                                + " m0/k and eps m n does not grow.")),
                List.of(cell("H-b: the margin is o(eps |w|_1)"), cell("logical gap"),
                        cell("Sec. 3: many small changes \"add up to one large change to the output\"; large is not"
                                + " compared with the margin |w.x + b| that decides the class."),
                        cell("The missing step holds for independent pixels (margin of order sqrt(n), gain of order n:"
                                + " the prior inference is right there) and fails for replicated pixels, which is H-a"
                                + " again.")),
                List.of(cell("H-c: the max-norm measures the size of a perturbation"), cell("threat-model choice"),
                        cell("Sec. 3 justifies it: features have limited precision (8-bit images discard what lies"
                                + " below 1/255 of the range), so a classifier should not separate x from x + eta when"
                                + " |eta|_inf < eps is below that precision."),
                        cell("A legitimate choice. The Euclidean size of eps sign(w) is eps sqrt(n); in the Euclidean"
                                + " threat model the same perturbation is not small, which is another question.")),
                List.of(cell("H-d: the classifier is (nearly) linear"), cell("scope"),
                        cell("Sec. 3 claims adversarial examples for \"a simple linear model\"; Sec. 4 extends the"
                                + " explanation to networks as a hypothesis (networks built to behave nearly linearly)"
                                + " supported by the fast gradient sign experiments."),
                        cell("A limit the paper states. The corrected theorem removes it: it holds for every decision"
                                + " region.")));
        doc.table(new ReportDocument.Table("What kind each objection is, and what Goodfellow et al. (2015) say about it"
                + " (paraphrased, with section)", "pppp", List.of("objection", "kind", "Goodfellow et al.",
                        "what remains"), rows));
        doc.paragraph(text("Two statements of this audit are made precise here. The printed constraint is strict,"
                + " |eta|_inf < eps (Sec. 3), so the largest change eps |w|_1 is a supremum, approached by eps' sign(w)"
                + " as eps' tends to eps and not attained; on the closed ball |eta|_inf <= eps it is attained at"
                + " eps sign(w). And the corrected theorem does have a max-norm consequence: d_inf <= d_2, so"
                + " E d_inf(x, A) <= E d_2(x, A) <= 1/(2 pi) for every region of half the cube; what has no max-norm"
                + " version is the decay with n, since the max-norm distance from outside the coordinate half-space is"
                + " 1/4 in every dimension while the root-mean-square distance tends to 0."));
    }
}

package hdae.symbolic.bound;

import static hdae.symbolic.bound.Direction.ASYMPTOTIC;
import static hdae.symbolic.bound.Direction.UPPER;
import static hdae.symbolic.bound.Provenance.PAPER;

import hdae.symbolic.formula.FormulaParser;
import java.util.List;

/**
 * Claims of the paper itself, stated as its abstract states them (PAPER). Only the abstract of
 * arXiv 1801.00634 is available, so an entry carries no constant the abstract does not name.
 *
 * <p>Claim A5 (later version of the abstract): for images of resolution \(n\) (number of pixels), the
 * expectation of the L2-norm of adversarial perturbations is \(O(1/\sqrt{n})\),
 * \(\mathbb{E}\,\|\delta\|_2 \le c\,n^{-1/2}\) for \(n \ge n_0\), and therefore tends to 0 as \(n \to \infty\).
 * The abstract names neither \(c\) nor \(n_0\), nor the norm's normalisation (Euclidean on the pixel vector,
 * or the function-space norm \(\|\delta\|_2/\sqrt{n}\)), nor the distribution of the expectation.
 */
final class Paper {
    private static final String DUBE = "S. Dube, High Dimensional Spaces, Deep Learning and Adversarial Examples,"
            + " arXiv 1801.00634";
    private static final String ABSTRACT = "abstract, later version (claim A5): \"the expectation of L2-norm of"
            + " adversarial perturbations is O(1/sqrt(n)) and therefore shrinks to 0 as image resolution n becomes"
            + " arbitrarily large\"";
    private static final String MULTIRES = "multiresolution-claim";
    private static final String QUANTITY = "adv-l2-mean";
    private static final String QUANTITY_TEXT = "E|delta|_2, delta the adversarial perturbation of an image of"
            + " resolution n (norm normalisation and expectation not stated)";
    /** The reals in (0, infinity). */
    private static final Domain POSITIVE = Domain.open(0, Double.POSITIVE_INFINITY);

    private Paper() {
    }

    static List<Bound> bounds() {
        return List.of(
                entry("adv-l2-mean-isbigo-inv-sqrt-n")
                        .statement("The expectation of the L2-norm of adversarial perturbations is O(1/sqrt(n)), and"
                                + " therefore shrinks to 0 as the image resolution n becomes arbitrarily large.")
                        .quantity(QUANTITY, QUANTITY_TEXT)
                        .closedForm(ASYMPTOTIC, "1/Sqrt(n)").term("AdvL2Mean(n)")
                        .limit("n")
                        .param("c", POSITIVE, "the constant of the O-claim (not named in the abstract)")
                        .source(DUBE, ABSTRACT).build(),
                entry("adv-l2-mean-isbigo-inv-sqrt-n-with-const")
                        .statement("Explicit twin, the definition of O unfolded: E|delta|_2 <= c n^(-1/2) for all"
                                + " n >= n0, for some c > 0 and n0 that the abstract does not name.")
                        .quantity(QUANTITY, QUANTITY_TEXT)
                        .closedForm(UPPER, "c/Sqrt(n)").term("AdvL2Mean(n)")
                        .param("c", POSITIVE, "the constant of the O-claim (not named in the abstract)")
                        .param("n", Domain.integersAtLeast(1), "image resolution (number of pixels), n >= n0")
                        .source(DUBE, ABSTRACT).build());
    }

    private static BoundCatalogue.Entry entry(String id) {
        return new BoundCatalogue.Entry(id).provenance(PAPER).derivation(MULTIRES);
    }
}

package hdae.symbolic.bound;

/** Where a claim comes from. Shown in every view of a bound; a FORMALISATION is never the paper's theorem. */
public enum Provenance {
    /** Stated in the abstract or introduction of Dube, arXiv 1801.00634 (claims A1-A6). */
    PAPER,
    /** Stated in the prior literature the paper discusses (Goodfellow, Shlens and Szegedy 2015). */
    PRIOR,
    /** hdae's own precise statement of an abstract-level claim, with its proof. */
    FORMALISATION,
    /** A standard fact of high-dimensional geometry or random-matrix theory. */
    BACKGROUND,
    /** A related published bound used as a cross-check. */
    LITERATURE
}

package hdae.validate.certify;

/** How the margin of a ReLU network is bounded over an input region, from loosest to tightest. */
public enum BoundMethod {
    /**
     * Interval bound propagation (Gowal et al. 2018, arXiv 1810.12715): the first layer bounded exactly over the
     * region, then intervals layer by layer.
     */
    IBP,
    /**
     * CROWN (Zhang et al. 2018, arXiv 1811.00866): backward linear relaxation with adaptive lower slopes, the
     * intermediate bounds computed layer by layer by the same relaxation (intersected with the intervals).
     */
    CROWN,
    /**
     * alpha-CROWN (Xu et al. 2021, arXiv 2011.13824): CROWN whose lower slopes of the final bound are optimised by
     * projected gradient ascent (Adam) on the bound; intermediate bounds as in CROWN.
     */
    ALPHA_CROWN
}

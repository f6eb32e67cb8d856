package hdae.validate.ledger;

import hdae.numeric.mc.Estimate;

import java.util.Locale;

/**
 * One measured figure of an experiment, set against the value its bound (or the cited paper) predicts.
 *
 * @param quantity   what is measured, unique within its experiment (the ledger's matching key)
 * @param bound      the catalogue bound id the row checks
 * @param predicted  \( v^\ast \), the predicted or reported value; NaN when {@code comparison} is NONE
 * @param measured   \( \hat v \) with its confidence interval \( [\ell, u] \)
 * @param comparison how \( [\ell, u] \) is compared with \( v^\ast \)
 * @param source     where \( v^\ast \) comes from (paper, section), or why there is none
 */
public record Measurement(String quantity, String bound, double predicted, Estimate measured, Comparison comparison,
        String source) {

    /** @return "v [l, u] (95% method)" */
    public String measuredText() {
        return String.format(Locale.ROOT, "%.4g [%.4g, %.4g] (%.0f%% %s, %d samples)", measured.value(),
                measured.interval().lower(), measured.interval().upper(), 100 * measured.interval().confidence(),
                measured.method(), measured.samples());
    }
}

package hdae.validate.census;

import hdae.numeric.mc.ConfidenceInterval;
import hdae.validate.census.ModelPredictions.Prediction;

import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.regression.SimpleRegression;

import java.util.List;
import java.util.Locale;

/**
 * Which model a measured fraction of minima follows: the Clopper-Pearson interval \( [p_-, p_+] \) of the fraction
 * (level {@link Census#CONFIDENCE}) against \( 2^{-n} \) and against the GOE \( P_n \). A model is consistent when its
 * value lies in the interval; when neither does, the measurement lies above both (\( p_- \) exceeds both) or below.
 * Also the Spearman rank correlation of index fraction and loss (Bray and Dean: the index grows with the energy).
 *
 * @see <a href="https://doi.org/10.1103/PhysRevLett.98.150201">A. J. Bray, D. S. Dean, PRL 98, 150201 (2007)</a>
 */
public final class ModelComparison {

    /** The verdict for one width. */
    public enum Verdict {
        /** Both model values lie in the interval: this width cannot tell them apart. */
        BOTH,
        /** Only \( 2^{-n} \) lies in the interval. */
        INDEPENDENT_SIGN,
        /** Only the GOE value lies in the interval. */
        GOE,
        /** The interval lies above both model values. */
        ABOVE_BOTH,
        /** Neither lies in the interval, and it is not above both. */
        NEITHER,
        /** No critical point was found. */
        NO_DATA
    }

    private ModelComparison() {
    }

    /**
     * The verdict for one width.
     *
     * @param summary the width's census
     * @param prediction the model predictions at its parameter count
     * @return the verdict
     */
    public static Verdict verdict(WidthSummary summary, Prediction prediction) {
        if (summary.fractionOfMinima() == null) {
            return Verdict.NO_DATA;
        }
        ConfidenceInterval ci = summary.fractionOfMinima().interval();
        double sign = Math.exp(prediction.logIndependentSign());
        double goe = Math.exp(prediction.logGoe());
        boolean signIn = ci.contains(sign);
        boolean goeIn = ci.contains(goe);
        if (signIn && goeIn) {
            return Verdict.BOTH;
        }
        if (signIn) {
            return Verdict.INDEPENDENT_SIGN;
        }
        if (goeIn) {
            return Verdict.GOE;
        }
        return ci.lower() > Math.max(sign, goe) ? Verdict.ABOVE_BOTH : Verdict.NEITHER;
    }

    /**
     * The Spearman rank correlation of index fraction and loss over points.
     *
     * @param points the critical points
     * @return \( \rho_S \in [-1, 1] \), or NaN for fewer than 3 points or a constant column
     */
    public static double indexLossCorrelation(List<CriticalPoint> points) {
        if (points.size() < 3) {
            return Double.NaN;
        }
        double[] index = new double[points.size()];
        double[] loss = new double[points.size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = points.get(i).spectrum().indexFraction();
            loss[i] = points.get(i).loss();
        }
        return new SpearmansCorrelation().correlation(index, loss);
    }

    /**
     * The least-squares slope of \( \ln \hat p_n \) against \( n \) over the widths with at least one minimum: how
     * fast the measured fraction of minima falls per parameter, to set beside \( -\ln 2 \) (independent signs) and
     * \( -2\theta n + a \) (GOE, steeper as n grows).
     *
     * @param summaries the widths
     * @return the slope, or NaN when fewer than two widths have a minimum
     */
    public static double logFractionSlope(List<WidthSummary> summaries) {
        SimpleRegression regression = new SimpleRegression();
        for (WidthSummary s : summaries) {
            if (s.minima() > 0) {
                regression.addData(s.parameterCount(), Math.log(s.fractionOfMinima().value()));
            }
        }
        return regression.getN() < 2 ? Double.NaN : regression.getSlope();
    }

    /**
     * A probability given by its logarithm, in scientific notation, safe below the smallest double.
     *
     * @param logProbability \( \ln p \)
     * @return for example "3.05e-12"
     */
    public static String formatLog(double logProbability) {
        double log10 = logProbability / Math.log(10);
        double exponent = Math.floor(log10);
        double mantissa = Math.pow(10, log10 - exponent);
        if (mantissa >= 9.995) {
            mantissa /= 10;
            exponent += 1;
        }
        return String.format(Locale.ROOT, "%.2fe%d", mantissa, (long) exponent);
    }
}

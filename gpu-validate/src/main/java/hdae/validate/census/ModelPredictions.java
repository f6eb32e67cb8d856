package hdae.validate.census;

import hdae.numeric.mc.Estimate;
import hdae.numeric.saddle.GoeEigenvalueDensity;
import hdae.numeric.saddle.GoePositivity;
import hdae.numeric.saddle.GoeRateFit;
import hdae.numeric.saddle.IndependentSignModel;
import hdae.validate.ValidationException;

import org.apache.commons.rng.simple.RandomSource;

import java.util.Locale;

/**
 * The two model predictions of the probability that a critical point with \( n \) parameters is a minimum.
 *
 * <p>Independent signs: \( \ln P = -n \ln 2 \) ({@link IndependentSignModel}). GOE: \( P_N = \Pr[H \succ 0] \) for an
 * \( N \times N \) GOE matrix with \( N = n \): exact for \( N \le 3 \) ({@link GoeEigenvalueDensity}, numerical
 * integration of the eigenvalue density); importance sampling for \( 4 \le N \le \) {@link #MAX_SAMPLED}
 * ({@link GoePositivity#estimateByConditioning}); beyond, the fitted law \( \ln P_N = -\hat\theta N^2 + \hat a N
 * + \hat b \) ({@link GoeRateFit}) through the sampled \( N = 2, \dots, \) {@link #MAX_SAMPLED}, an extrapolation whose
 * \( \hat\theta \) is not the asymptotic \( \ln 3/4 \) (finite-size corrections; Dean and Majumdar 2008).
 *
 * @see <a href="https://doi.org/10.1103/PhysRevLett.97.160201">D. S. Dean, S. N. Majumdar, "Large deviations of
 *     extreme eigenvalues of random matrices", PRL 97, 160201 (2006)</a>
 * @see <a href="https://arxiv.org/abs/1406.2572">Y. Dauphin et al., NeurIPS 2014 (the independent-sign argument and
 *     its random-matrix correction)</a>
 */
public final class ModelPredictions {

    /** The largest size estimated by importance sampling; {@link ConditionedGoeSampler}'s relative variance is about 13
     *  at N = 12 (its javadoc), so N = 10 keeps the Student-t interval tight at the sample counts used here. */
    public static final int MAX_SAMPLED = 10;

    /**
     * The predictions for one parameter count.
     *
     * @param n the parameter count (GOE size)
     * @param logIndependentSign \( -n \ln 2 \)
     * @param logGoe \( \ln P_n \) of the GOE
     * @param goeMethod how \( \ln P_n \) was obtained
     */
    public record Prediction(int n, double logIndependentSign, double logGoe, String goeMethod) {
    }

    private final Estimate[] sampled;
    private final GoeRateFit fit;
    private final int samples;

    private ModelPredictions(Estimate[] sampled, GoeRateFit fit, int samples) {
        this.sampled = sampled;
        this.fit = fit;
        this.samples = samples;
    }

    /**
     * Estimates the GOE probabilities for \( N = 2, \dots, \) {@link #MAX_SAMPLED} and fits the law through them.
     *
     * @param samples importance samples per size, at least 2
     * @param seed the seed of the GOE samplers
     * @return the predictions
     */
    public static ModelPredictions estimate(int samples, long seed) {
        if (!(samples >= 2)) {
            throw ValidationException.expected("samples >= 2", "samples", samples);
        }
        Estimate[] sampled = new Estimate[MAX_SAMPLED + 1];
        int[] sizes = new int[MAX_SAMPLED - 1];
        Estimate[] fitted = new Estimate[MAX_SAMPLED - 1];
        for (int size = 2; size <= MAX_SAMPLED; size++) {
            sampled[size] = GoePositivity.estimateByConditioning(size, samples,
                    RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {seed, size}), Census.CONFIDENCE);
            sizes[size - 2] = size;
            fitted[size - 2] = sampled[size];
        }
        return new ModelPredictions(sampled, GoeRateFit.fit(sizes, fitted, Census.CONFIDENCE), samples);
    }

    /**
     * The fit used beyond {@link #MAX_SAMPLED}.
     *
     * @return the GOE rate fit
     */
    public GoeRateFit fit() {
        return fit;
    }

    /**
     * The predictions for a parameter count.
     *
     * @param n the parameter count, at least 1
     * @return both predictions
     */
    public Prediction at(int n) {
        if (!(n >= 1)) {
            throw ValidationException.expected("n >= 1", "n", n);
        }
        double logSign = IndependentSignModel.logProbabilityOfMinimum(n);
        if (n <= GoeEigenvalueDensity.MAX_SIZE) {
            return new Prediction(n, logSign, Math.log(GoeEigenvalueDensity.positiveDefiniteProbability(n)),
                    "exact (eigenvalue-density integral)");
        }
        if (n <= MAX_SAMPLED) {
            return new Prediction(n, logSign, Math.log(sampled[n].value()), String.format(Locale.ROOT,
                    "importance sampling, %d samples, rel. s.e. %.2g", samples,
                    sampled[n].standardError() / sampled[n].value()));
        }
        return new Prediction(n, logSign, fit.logProbability(n), String.format(Locale.ROOT,
                "fit ln P = -%.4f n^2 %+.4f n %+.4f through N = 2..%d (extrapolated)", fit.theta(), fit.linear(),
                fit.constant(), MAX_SAMPLED));
    }
}

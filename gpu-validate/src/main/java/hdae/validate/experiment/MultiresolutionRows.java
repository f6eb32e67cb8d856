package hdae.validate.experiment;

import hdae.numeric.mc.Estimate;
import hdae.validate.attack.AttackExcess;
import hdae.validate.experiment.MultiresolutionExperiment.ResolutionResult;
import hdae.validate.ledger.Comparison;
import hdae.validate.ledger.Measurement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The table and figure of {@link MultiresolutionExperiment} from its per-resolution distances: means per resolution,
 * the CROWN-to-attack bracket against the \( n^{-1/2} \) law through the 28x28 mean, the log-log slopes of the attack
 * means (reported), the brackets of the two-point slopes (judged) and the reading of claim A5 that they decide.
 */
final class MultiresolutionRows {

    /** The anchor of the reference law: 28x28, \( n_0 = 784 \). */
    private static final int ANCHOR_N = 784;

    private MultiresolutionRows() {
    }

    /**
     * Builds the rows and the figure.
     *
     * @param results       one per resolution, in increasing \( n \); one of them at 28x28
     * @param law           the slope of the claim, \( -1/2 \)
     * @param confidence    the level of every interval
     * @param resamples     bootstrap resamples
     * @param bootstrapSeed the seed of the bootstrap generator
     * @param seeds         every seed of the run
     * @return the measurements
     */
    static Measured of(List<ResolutionResult> results, double law, double confidence, int resamples,
            long bootstrapSeed, List<Long> seeds) {
        UniformRandomProvider rng = MultiresolutionExperiment.rng(bootstrapSeed);
        String bound = MultiresolutionExperiment.BOUND;
        int count = results.size();
        double[] n = new double[count];
        double[][] l2 = new double[count][];
        double[][] rms = new double[count][];
        double anchor = Double.NaN;
        for (int r = 0; r < count; r++) {
            ResolutionResult res = results.get(r);
            n[r] = res.n();
            l2[r] = finite(res.best());
            rms[r] = scaled(l2[r], 1 / Math.sqrt(res.n()));
            if (res.n() == ANCHOR_N) {
                anchor = LogLogSlope.mean(l2[r]);
            }
        }
        List<Measurement> rows = new ArrayList<>();
        Estimate[] l2Means = new Estimate[count];
        Estimate[] rmsMeans = new Estimate[count];
        for (int r = 0; r < count; r++) {
            ResolutionResult res = results.get(r);
            String at = " at " + res.at();
            int correct = res.certified().length;
            rows.add(new Measurement("clean accuracy" + at, bound, Double.NaN,
                    MultiresolutionExperiment.rate(correct, res.tested()), Comparison.NONE, "reported only"));
            rows.add(new Measurement("adversarial found by an attack" + at, bound, Double.NaN,
                    MultiresolutionExperiment.rate(l2[r].length, correct), Comparison.NONE,
                    "reported only; the means below are over these images"));
            double[] best = res.best();
            for (int a = 0; a < res.attacks().length; a++) {
                String name = MultiresolutionExperiment.ATTACKS.get(a);
                rows.add(new Measurement("mean L2 distance, " + name + at, bound, Double.NaN,
                        MultiresolutionExperiment.bootstrap(finite(res.attacks()[a]), rng), Comparison.NONE,
                        "reported only"));
                rows.add(new Measurement("mean excess of " + name + " over D" + at, bound, Double.NaN,
                        MultiresolutionExperiment.bootstrap(excess(res.attacks()[a], best), rng), Comparison.NONE,
                        "reported: D_attack/D - 1 per image where this attack succeeded; 0 for the best attack"));
            }
            l2Means[r] = MultiresolutionExperiment.bootstrap(l2[r], rng);
            rows.add(new Measurement("mean L2 distance D = min over the attacks" + at, bound, Double.NaN, l2Means[r],
                    Comparison.NONE, "reading E; the slope rows compare the trend"));
            rmsMeans[r] = MultiresolutionExperiment.bootstrap(rms[r], rng);
            rows.add(new Measurement("mean rms distance D/sqrt(n)" + at, bound, Double.NaN, rmsMeans[r],
                    Comparison.NONE, "reading R; the slope rows compare the trend"));
            double theory = anchor * Math.sqrt((double) ANCHOR_N / res.n());
            rows.addAll(sandwich(res).rows("L2 distance" + at, bound, theory,
                    String.format(Locale.ROOT, "the n^(-1/2) law through the 28x28 mean of D: %.4g sqrt(784/%d)",
                            anchor, res.n()), confidence, Comparison.BRACKET_AT_MOST));
        }
        rows.addAll(slopes(n, l2, rms, confidence, resamples, rng));
        Estimate[] full = slopeBracket(results.get(0), results.get(count - 1), confidence);
        Estimate[] native28 = slopeBracket(results.get(0), results.get(count - 2), confidence);
        String lawText = "O(n^(-1/2)) asks for a slope of at most -1/2";
        rows.add(new Measurement(MultiresolutionExperiment.SLOPE_L2, bound, law, full[0], Comparison.BRACKET_AT_MOST,
                "reading E (Euclidean norm of the pixel vector): " + lawText));
        rows.add(new Measurement(MultiresolutionExperiment.SLOPE_RMS, bound, law, full[1], Comparison.BRACKET_AT_MOST,
                "reading R (function-space norm |delta|_2/sqrt(n)): " + lawText));
        rows.add(new Measurement(MultiresolutionExperiment.SLOPE_L2_NATIVE, bound, law, native28[0],
                Comparison.BRACKET_AT_MOST, "reading E on resolutions with their own detail (no replication): "
                        + lawText));
        rows.add(new Measurement(MultiresolutionExperiment.SLOPE_RMS_NATIVE, bound, law, native28[1],
                Comparison.BRACKET_AT_MOST, "reading R on resolutions with their own detail (no replication): "
                        + lawText));
        // the verdict goes into the quantity: the table prints a row's source only beside a prediction
        rows.add(new Measurement(MultiresolutionExperiment.READING + ": " + verdict(full[0], full[1], law)
                + "; rms slope bracket 7x7 to 56x56 shown", bound, Double.NaN, full[1], Comparison.NONE,
                "a reading is refuted iff the certified end of its slope bracket lies above -1/2"));
        return new Measured(rows, seeds, List.of(figure(n, l2Means, rmsMeans)));
    }

    /** The certified radii against D, on the images where an adversarial was found. */
    private static Sandwich sandwich(ResolutionResult res) {
        double[] best = res.best();
        int found = finite(best).length;
        double[] lower = new double[found];
        double[] upper = new double[found];
        int k = 0;
        for (int i = 0; i < best.length; i++) {
            if (Double.isFinite(best[i])) {
                lower[k] = res.certified()[i];
                upper[k++] = best[i];
            }
        }
        return new Sandwich(lower, upper, MultiresolutionExperiment.CERTIFICATE.toString(), "min of "
                + String.join(", ", MultiresolutionExperiment.ATTACKS));
    }

    /**
     * The brackets of the two-point log-log slope from \( n_1 \) to \( n_2 \), Euclidean and rms: since
     * \( \bar R(n) \le \mathbb{E}\Delta(n) \le \bar D(n) \) (up to sampling error), the slope
     * \( \log(\mathbb{E}\Delta(n_2)/\mathbb{E}\Delta(n_1)) / \log(n_2/n_1) \) lies between
     * \( \log(\ell_R(n_2)/u_D(n_1)) \) and \( \log(u_D(n_2)/\ell_R(n_1)) \) over \( \log(n_2/n_1) \), the four
     * interval ends at level \( 1 - \alpha/4 \) (jointly \( 1 - \alpha \)); the rms slope is the Euclidean one
     * minus 1/2.
     */
    static Estimate[] slopeBracket(ResolutionResult from, ResolutionResult to, double confidence) {
        Sandwich a = sandwich(from);
        Sandwich b = sandwich(to);
        return SlopeBracket.of(a.lower(), a.upper(), b.lower(), b.upper(), Math.log((double) to.n() / from.n()),
                from.at() + " to " + to.at(), confidence);
    }

    private static List<Measurement> slopes(double[] n, double[][] l2, double[][] rms, double confidence,
            int resamples, UniformRandomProvider rng) {
        String bound = MultiresolutionExperiment.BOUND;
        String why = "reported: the least-squares slope of attack means (an upper bound cannot refute); the bracket"
                + " rows below decide";
        Estimate l2All = LogLogSlope.estimate(n, l2, confidence, resamples, rng);
        Estimate rmsAll = LogLogSlope.estimate(n, rms, confidence, resamples, rng);
        double[] nNative = java.util.Arrays.copyOf(n, 3);
        Estimate l2Native = LogLogSlope.estimate(nNative, java.util.Arrays.copyOf(l2, 3), confidence, resamples, rng);
        Estimate rmsNative = LogLogSlope.estimate(nNative, java.util.Arrays.copyOf(rms, 3), confidence, resamples,
                rng);
        List<Measurement> rows = new ArrayList<>();
        rows.add(new Measurement("attack " + MultiresolutionExperiment.SLOPE_L2, bound, Double.NaN, l2All,
                Comparison.NONE, why));
        rows.add(new Measurement("attack " + MultiresolutionExperiment.SLOPE_RMS, bound, Double.NaN, rmsAll,
                Comparison.NONE, why));
        rows.add(new Measurement("attack " + MultiresolutionExperiment.SLOPE_L2_NATIVE, bound, Double.NaN, l2Native,
                Comparison.NONE, why));
        rows.add(new Measurement("attack " + MultiresolutionExperiment.SLOPE_RMS_NATIVE, bound, Double.NaN,
                rmsNative, Comparison.NONE, why));
        return rows;
    }

    /** Which reading the two full-range slope brackets decide. */
    static String verdict(Estimate l2, Estimate rms, double law) {
        return String.format(Locale.ROOT, "reading E %s (slope bracket [%.3f, %.3f]); reading R %s (slope bracket"
                        + " [%.3f, %.3f])", decided(l2, law), l2.interval().lower(), l2.interval().upper(),
                decided(rms, law), rms.interval().lower(), rms.interval().upper());
    }

    private static String decided(Estimate slope, double law) {
        return Comparison.BRACKET_AT_MOST.decide(slope.interval().lower(), slope.interval().upper(), law).toString()
                .toLowerCase(Locale.ROOT);
    }

    private static Figure figure(double[] n, Estimate[] l2, Estimate[] rms) {
        int anchor = -1;
        for (int r = 0; r < n.length; r++) {
            if (n[r] == ANCHOR_N) {
                anchor = r;
            }
        }
        double[] l2Ref = new double[n.length];
        double[] rmsRef = new double[n.length];
        for (int r = 0; r < n.length; r++) {
            double factor = Math.sqrt(ANCHOR_N / n[r]);
            l2Ref[r] = l2[anchor].value() * factor;
            rmsRef[r] = rms[anchor].value() * factor;
        }
        return new Figure("mean-distance-vs-n", "Mean minimal L2 adversarial distance of an MNIST MLP against the"
                + " number of pixels n (bootstrap 95 % intervals)", "n (pixels)", "mean distance", true, List.of(
                        series("Euclidean |delta|_2", n, l2), series("rms |delta|_2/sqrt(n)", n, rms),
                        Figure.Series.reference("slope -1/2 through 28x28 (Euclidean)", n, l2Ref),
                        Figure.Series.reference("slope -1/2 through 28x28 (rms)", n, rmsRef)))
                .withCaption(caption(n, l2));
    }

    /** Model, data, sample sizes and interval type of the figure. */
    private static String caption(double[] n, Estimate[] l2) {
        StringBuilder sizes = new StringBuilder();
        for (int r = 0; r < n.length; r++) {
            sizes.append(r == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%d at n = %.0f", l2[r].samples(), n[r]));
        }
        return "Model: an MLP with two hidden layers of 128 ReLU units, one per resolution, trained on MNIST images"
                + " resampled to n pixels (7x7 and 14x14 area-averaged, 56x56 pixel-replicated). Points: the smaller of"
                + " the L2 DeepFool and bisected L2 PGD perturbation of each correctly classified test image that an"
                + " attack turns (" + sizes + " images). Intervals: bootstrap 95 % over the images. Reference lines:"
                + " slope -1/2 through the 28x28 means (the claim names no constant).";
    }

    private static Figure.Series series(String label, double[] n, Estimate[] means) {
        double[] y = new double[n.length];
        double[] lo = new double[n.length];
        double[] hi = new double[n.length];
        for (int r = 0; r < n.length; r++) {
            y[r] = means[r].value();
            lo[r] = means[r].interval().lower();
            hi[r] = means[r].interval().upper();
        }
        return Figure.Series.measured(label, n, y, lo, hi);
    }

    /** {@link AttackExcess#excess}, with two values at least (for the bootstrap mean: NaN when fewer). */
    static double[] excess(double[] attack, double[] best) {
        double[] out = AttackExcess.excess(attack, best);
        return out.length >= 2 ? out : new double[] {Double.NaN, Double.NaN};
    }

    /** The finite values (an attack that failed leaves +Infinity). */
    static double[] finite(double[] values) {
        return java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
    }

    private static double[] scaled(double[] values, double factor) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i] * factor;
        }
        return out;
    }
}

package hdae.validate.measure;

import hdae.numeric.mc.ClopperPearson;
import hdae.symbolic.bound.Provenance;
import hdae.validate.ValidationException;
import hdae.validate.data.Dataset;
import hdae.validate.experiment.Experiment;
import hdae.validate.experiment.MajorityRegion;
import hdae.validate.experiment.Measured;
import hdae.validate.experiment.RegionDistance;
import hdae.validate.experiment.Scale;
import hdae.validate.ledger.Comparison;
import hdae.validate.ledger.Measurement;
import hdae.validate.model.Classifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * hdae's corrected theorem checked on a user's network: for \( \mu \) uniform on \( [0,1]^n \) and
 * \( A \) with \( \mu(A) \ge 1/2 \), \( \mathbb{E}\, d_2(x, A) \le 1/(2\pi) \)
 * ({@code cube-mean-dist-le-inv-2pi-of-half-mass}) and \( \mathbb{E}[d_2(x, A) \mid x \notin A] \le 1/(2\pi q) \),
 * \( q = 1 - \mu(A) \) ({@code cube-cond-mean-dist-le-inv-2pi-q-of-half-mass}); hdae's FORMALISATION, not the
 * paper's wording. \( A \) is the network's majority decision region, its mass Clopper-Pearson 95 % on fresh
 * uniform points ({@link MajorityRegion}); \( d_2(x, A) \) is bracketed on uniform points of the cube by
 * {@link RegionDistance} (CROWN-certified lower, attack upper). The measure is the theorem's, uniform on the cube,
 * not the user's data; with data the network's accuracy on it is reported only. The network must have two classes:
 * only then does every change of class land in \( A \), so that an attack's distance bounds \( d_2(x, A) \).
 * Rows are judged by the gap ledger like the built-in experiment's ({@link Comparison#BRACKET_AT_MOST}).
 */
public final class CorrectedTheoremOnModel implements Experiment {

    /** The experiment id, the ledger's key (no gap of a user's network is ledgered). */
    public static final String ID = "corrected-theorem-user-model";
    /** The bound on the mean over all points. */
    public static final String MEAN_BOUND = "cube-mean-dist-le-inv-2pi-of-half-mass";
    /** The bound on the minority-side mean. */
    public static final String COND_BOUND = "cube-cond-mean-dist-le-inv-2pi-q-of-half-mass";
    /** The seed of the uniform points; the mass points use {@code SEED + 1}. */
    public static final long SEED = 180_100_634L;
    private static final double CONFIDENCE = 0.95;

    private final Classifier model;
    private final String name;
    private final Dataset data;

    private CorrectedTheoremOnModel(Classifier model, String name, Dataset data) {
        this.model = model;
        this.name = name;
        this.data = data;
    }

    /**
     * The check on one network.
     *
     * @param model a two-class ReLU MLP on \( [0,1]^n \)
     * @param name  what to call it (the file)
     * @param data  labelled data for a reported accuracy, or null
     * @return the experiment
     */
    public static CorrectedTheoremOnModel of(Classifier model, String name, Dataset data) {
        if (model.classes() != 2) {
            throw ValidationException.expected("a two-class network (A is its majority region, and an attack bounds"
                    + " d_2(x, A) only when every change of class lands in A)", "model " + name, model.classes()
                    + " classes");
        }
        if (data != null && data.dimension() != model.inputs()) {
            throw ValidationException.expected("data of the network's dimension " + model.inputs(), "data "
                    + data.name(), "dimension " + data.dimension());
        }
        return new CorrectedTheoremOnModel(model, name, data);
    }

    /** Uniform points of the cube and fresh mass points per scale. */
    private static int points(Scale scale) {
        return scale == Scale.QUICK ? 200 : 1_000;
    }

    private static int massPoints(Scale scale) {
        return scale == Scale.QUICK ? 10_000 : 100_000;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Corrected theorem on " + name + ": mean L2 distance to its majority region";
    }

    @Override
    public String bound() {
        return MEAN_BOUND;
    }

    @Override
    public Provenance provenance() {
        return Provenance.FORMALISATION;
    }

    @Override
    public String method() {
        return String.format(Locale.ROOT, "hdae's FORMALISATION (not the paper's wording): for mu uniform on [0,1]^n"
                + " and mu(A) >= 1/2, E d_2(x, A) <= 1/(2 pi) and E[d_2(x, A) | x not in A] <= 1/(2 pi q), q = 1 -"
                + " mu(A), d_2 inside the cube. Network: %s (%d inputs, two classes); A its majority region, mass"
                + " Clopper-Pearson 95 %% on %d (quick) or %d (full) fresh uniform points (seed %d); d_2(x, A) on"
                + " %d (quick) or %d (full) uniform points (seed %d), bracketed per point by the CROWN-certified"
                + " radius and the smaller of the L2 DeepFool and PGD-bisection distances in the box. The bracket of"
                + " each mean (certified end, attack end, each 97.5 %%) decides: REFUTED only when the certified end"
                + " exceeds the bound, SUPPORTED when the attack end is below it, INCONCLUSIVE otherwise.%s", name,
                model.inputs(), massPoints(Scale.QUICK), massPoints(Scale.FULL), SEED + 1, points(Scale.QUICK),
                points(Scale.FULL), SEED, data == null ? "" : " The accuracy on " + data.name() + " is reported only.");
    }

    @Override
    public Measured measure(Scale scale) {
        MajorityRegion region = MajorityRegion.estimate(model, massPoints(scale), SEED + 1, CONFIDENCE);
        RegionDistance distance = RegionDistance.of(model, region.majority(), uniform(points(scale), model.inputs()));
        List<Measurement> rows = new ArrayList<>();
        rows.add(new Measurement("mu(A), majority region of class " + region.majority(), MEAN_BOUND, 0.5,
                region.mass(), Comparison.AT_LEAST, "premise mu(A) >= 1/2; " + (region.premiseHolds() ? "holds"
                : "NOT established") + " at 95 %"));
        if (data != null) {
            double[][] x = data.rows(0, data.size());
            int[] predicted = model.predict(x);
            int correct = 0;
            for (int i = 0; i < predicted.length; i++) {
                correct += predicted[i] == data.label(i) ? 1 : 0;
            }
            rows.add(new Measurement("accuracy on " + data.name(), MEAN_BOUND, Double.NaN,
                    ClopperPearson.estimate(correct, predicted.length, CONFIDENCE), Comparison.NONE, "reported only"));
        }
        String caveat = region.premiseHolds() ? "" : " (premise NOT established: the bound need not apply)";
        rows.addAll(distance.all().rows("d_2(x, A), uniform points", MEAN_BOUND, 1 / (2 * Math.PI),
                "1/(2 pi), hdae formalisation" + caveat, CONFIDENCE, Comparison.BRACKET_AT_MOST));
        if (distance.outside() >= 2) {
            // the conditional bound at q_min, the low end of q's interval, where 1/(2 pi q) is largest
            double qMin = region.minorityMassLower();
            rows.addAll(distance.minority().rows("d_2(x, A) given x not in A", COND_BOUND, 1 / (2 * Math.PI * qMin),
                    String.format(Locale.ROOT, "1/(2 pi q_min), q_min = %.4f, hdae formalisation%s", qMin, caveat),
                    CONFIDENCE, Comparison.BRACKET_AT_MOST));
        }
        return new Measured(rows, List.of(SEED, SEED + 1));
    }

    private static double[][] uniform(int count, int n) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(SEED);
        double[][] x = new double[count][n];
        for (double[] row : x) {
            for (int j = 0; j < n; j++) {
                row[j] = rng.nextDouble();
            }
        }
        return x;
    }
}

package hdae.validate.experiment;

import hdae.numeric.mc.ClopperPearson;
import hdae.numeric.mc.Estimate;
import hdae.symbolic.bound.Provenance;
import hdae.validate.attack.Box;
import hdae.validate.attack.L2SphereBisection;
import hdae.validate.attack.MinimizationResult;
import hdae.validate.certify.BoundMethod;
import hdae.validate.certify.CertifiedRadius;
import hdae.validate.data.Dataset;
import hdae.validate.data.Synthetic;
import hdae.validate.ledger.Comparison;
import hdae.validate.ledger.Measurement;
import hdae.validate.model.Classifier;
import hdae.validate.model.ModelCache;
import hdae.validate.model.ModelSpec;
import hdae.validate.model.Phases;
import hdae.validate.model.TrainingSpec;
import hdae.validate.norm.Norm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Gilmer et al.'s concentric spheres (radii 1 and 1.3 in \( \mathbb{R}^n \), inner sphere class 0): a small ReLU
 * MLP per dimension \( n \in \{50, 100, 250, 500\} \), its error rate \( \mu \) on the inner sphere and the mean
 * chordal distance \( d(E) = \mathbb{E}_x\, \|x - E\|_2 \) from a uniform inner-sphere point to the error set
 * \( E \) on the inner sphere (points of \( E \) counting 0, as in the theorem's mean over the whole sphere),
 * against the exact cap bound {@code sphere-mean-chord-dist-le-cap-of-equal-mass} read at \( \mu \).
 *
 * <p>Measurements: \( \mu \) by Clopper-Pearson 95 % on fresh inner-sphere points; per attacked point an upper
 * bound \( D(x) \ge \|x - E\|_2 \) from {@link L2SphereBisection} (adversarials kept on the sphere) and a lower bound
 * \( R(x) \le \|x - E\|_2 \) from {@link CertifiedRadius} (CROWN in \( \mathbb{R}^n \), no box): no point within
 * Euclidean distance \( R(x) \) of
 * \( x \) changes class, so no error of the sphere is nearer (both are 0 on \( E \)). The bound \( B(\mu) \)
 * decreases in \( \mu \), so it is read at the lower end \( \mu_\ell \) of \( \mu \)'s interval:
 * \( B(\mu_\ell) \ge B(\mu) \) whenever the interval covers \( \mu \) (the conservative side).
 *
 * <p>Scales. QUICK: 10000 training points, 64 hidden units, 3 epochs; \( \mu \) on 20000 points, 60 points attacked.
 * FULL: 20000 training points, 128 hidden units, 5 epochs; \( \mu \) on 200000 points, 300 points attacked. Training
 * is deliberately small and short so that \( \mu \) is measurable (for tiny \( \mu \) the bound is loose, as
 * Gilmer et al. note).
 *
 * @see <a href="https://arxiv.org/abs/1801.02774">Gilmer et al., Adversarial Spheres, arXiv 1801.02774</a>, Sec. 5
 */
public final class SphereConcentrationExperiment implements Experiment {

    /** The experiment id. */
    public static final String ID = "concentric-spheres";
    /** The dimensions. */
    static final int[] DIMENSIONS = {50, 100, 250, 500};
    /** The seed of training (and, plus offsets, of the fresh test points). */
    public static final long SEED = 180_102_774L;
    private static final double CONFIDENCE = 0.95;

    /**
     * The sizes of one scale.
     *
     * @param train    training points (half inner, half outer)
     * @param hidden   hidden ReLU units
     * @param epochs   training epochs (Adam, lr 1e-3, batch 64)
     * @param errors   fresh inner-sphere points for the error rate
     * @param attacked fresh inner-sphere points attacked and certified
     */
    record Sizes(int train, int hidden, int epochs, int errors, int attacked) {

        static Sizes of(Scale scale) {
            return switch (scale) {
                case QUICK -> new Sizes(10_000, 64, 3, 20_000, 60);
                case FULL -> new Sizes(20_000, 128, 5, 200_000, 300);
            };
        }
    }

    private final ModelCache cache;

    private SphereConcentrationExperiment(ModelCache cache) {
        this.cache = cache;
    }

    /**
     * The experiment with a model cache.
     *
     * @param cache where trained models are kept
     * @return the experiment
     */
    public static SphereConcentrationExperiment of(ModelCache cache) {
        return new SphereConcentrationExperiment(cache);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Concentric spheres: mean distance to the inner-sphere errors against Gilmer et al.'s cap bound";
    }

    @Override
    public String bound() {
        return CapBound.DISTANCE;
    }

    @Override
    public Provenance provenance() {
        return Provenance.LITERATURE;
    }

    @Override
    public String method() {
        return "Spheres of radii 1 (class 0) and 1.3 in R^n, n = 50, 100, 250, 500; one ReLU MLP per n (one hidden"
                + " layer, Adam lr 1e-3, batch 64; QUICK 10000 points, 64 units, 3 epochs; FULL 20000 points, 128"
                + " units, 5 epochs: deliberately short, so that the inner-sphere error rate mu is measurable). mu:"
                + " Clopper-Pearson 95 % on fresh inner-sphere points (QUICK 20000, FULL 200000). d(E), the mean"
                + " chordal (Euclidean) distance from a uniform inner-sphere point to the errors on the inner sphere,"
                + " points in E counting 0: bracketed per point between the CROWN-certified radius in R^n (lower;"
                + " bisection on eps to 0.1 %) and an"
                + " attack kept on the sphere (projected gradient steps renormalised to radius 1, bisection on the"
                + " chord; upper), Student-t 95 % over QUICK 60 / FULL 300 fresh points. Bound: the mean chordal"
                + " distance to the cap of measure mu (Levy's isoperimetric inequality; the exact form of Gilmer et"
                + " al.'s O(Phi^-1(1-mu)/sqrt(n))), read at the lower end of mu's interval, where it is largest; the"
                + " Gaussian reading -Phi^-1(mu)/sqrt(n) is reported next to it.";
    }

    @Override
    public Measured measure(Scale scale) {
        Sizes sizes = Sizes.of(scale);
        List<Measurement> rows = new ArrayList<>();
        int k = DIMENSIONS.length;
        double[] dims = new double[k];
        double[][] attack = new double[3][k];
        double[][] certified = new double[3][k];
        double[] bounds = new double[k];
        double[] gaussian = new double[k];
        for (int d = 0; d < k; d++) {
            int n = DIMENSIONS[d];
            dims[d] = n;
            Classifier model = cache.getOrTrain(ModelSpec.mlp(n, List.of(sizes.hidden()), 2),
                    TrainingSpec.of(sizes.epochs(), 64, SEED), Synthetic.spheres(n, sizes.train(), SEED)).classifier();
            String at = String.format(Locale.ROOT, " at n = %d", n);
            Estimate mu = errorRate(model, inner(n, sizes.errors(), SEED + 1));
            double muLow = mu.interval().lower();
            if (!(muLow > 0)) {
                throw new IllegalStateException("no inner-sphere error rate bounded away from 0" + at + " (" + mu
                        + "): the bound needs mu > 0; train less");
            }
            bounds[d] = CapBound.distance(n, muLow);
            gaussian[d] = CapBound.gaussian(n, muLow);
            rows.add(new Measurement("inner-sphere error rate mu" + at, CapBound.MASS, Double.NaN, mu, Comparison.NONE,
                    "reported; the bound below is read at its lower end"));
            double[][] points = inner(n, sizes.attacked(), SEED + 2);
            int[] labels = new int[points.length];
            MinimizationResult upper = Phases.time("attack sphere bisection", () -> L2SphereBisection.of()
                    .attack(model, points, labels));
            double[] lower = Phases.time("certificate " + BoundMethod.CROWN, () -> CertifiedRadius.of(model,
                    Norm.L2, Box.UNBOUNDED, BoundMethod.CROWN).radii(points, labels, upper.distances()));
            Sandwich sandwich = new Sandwich(lower, upper.distances(), BoundMethod.CROWN.toString(),
                    "sphere-bisection");
            String source = String.format(Locale.ROOT, "mean chord to the cap of measure %.4g (the lower end of mu,"
                    + " at most 1/2); Gaussian reading -Phi^-1(mu)/sqrt(n) = %.4g", Math.min(muLow, 0.5), gaussian[d]);
            List<Measurement> four = sandwich.rows("chordal distance to the inner-sphere errors" + at, bound(),
                    bounds[d], source, CONFIDENCE, Comparison.BRACKET_AT_MOST);
            rows.addAll(four);
            fill(attack, d, four.get(2).measured());
            fill(certified, d, four.get(1).measured());
        }
        List<Figure.Series> series = new ArrayList<>(List.of(
                Figure.Series.measured("attack (upper bound of d(E))", dims, attack[0], attack[1], attack[2]),
                Figure.Series.reference("exact cap bound at mu's lower end", dims, bounds)));
        if (Arrays.stream(certified[0]).allMatch(v -> v > 0)) {
            series.add(Figure.Series.measured("certified (lower bound of d(E))", dims, certified[0],
                    positive(certified[1]), certified[2]));
        }
        if (Arrays.stream(gaussian).allMatch(v -> v > 0)) {
            series.add(Figure.Series.reference("Gaussian reading -Phi^-1(mu)/sqrt(n)", dims, gaussian));
        }
        Figure figure = new Figure("distance-against-dimension", "Mean chordal distance to the inner-sphere errors",
                "dimension n", "d(E)", true, series).withCaption(String.format(Locale.ROOT, "Data: the concentric"
                + " spheres of radii 1 and 1.3 in R^n (Gilmer et al.). Model: a ReLU MLP (one hidden layer of %d"
                + " units) trained on %d points per n. Points: %d fresh uniform points of the inner sphere per n; per"
                + " point the Lipschitz certificate gives a lower and an attack kept on the sphere an upper bound of"
                + " the chordal distance to the errors E; means with Student-t 95 %% intervals. Bound: the exact cap"
                + " bound at the lower end of the Clopper-Pearson 95 %% interval of the error rate mu (%d points per"
                + " n).", sizes.hidden(), sizes.train(), sizes.attacked(), sizes.errors()));
        return new Measured(rows, List.of(SEED, SEED + 1, SEED + 2), List.of(figure));
    }

    /** Fresh uniform points of the inner sphere (the class-0 half of a new draw). */
    static double[][] inner(int n, int count, long seed) {
        Dataset draw = Synthetic.spheres(n, 2 * count, seed);
        double[][] out = new double[count][];
        for (int i = 0; i < count; i++) {
            out[i] = draw.row(2 * i);
        }
        return out;
    }

    private static Estimate errorRate(Classifier model, double[][] points) {
        int errors = 0;
        for (int p : model.predict(points)) {
            if (p != 0) {
                errors++;
            }
        }
        return ClopperPearson.estimate(errors, points.length, CONFIDENCE);
    }

    private static void fill(double[][] target, int d, Estimate e) {
        target[0][d] = e.value();
        target[1][d] = e.interval().lower();
        target[2][d] = e.interval().upper();
    }

    /** Interval ends on a log axis: a lower end at or below 0 is drawn at the smallest normal double (off the plot). */
    private static double[] positive(double[] lowers) {
        return Arrays.stream(lowers).map(v -> Math.max(v, Double.MIN_NORMAL)).toArray();
    }
}

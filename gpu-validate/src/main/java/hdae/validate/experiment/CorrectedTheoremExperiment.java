package hdae.validate.experiment;

import hdae.numeric.mc.ClopperPearson;
import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.StudentMean;
import hdae.symbolic.bound.Provenance;
import hdae.validate.attack.Box;
import hdae.validate.certify.BranchAndBound;
import hdae.validate.certify.ExactRadius;
import hdae.validate.certify.ReluNetwork;
import hdae.validate.data.Dataset;
import hdae.validate.data.Synthetic;
import hdae.validate.ledger.Comparison;
import hdae.validate.ledger.Measurement;
import hdae.validate.model.Classifier;
import hdae.validate.model.ModelCache;
import hdae.validate.model.ModelSpec;
import hdae.validate.model.TrainingSpec;
import hdae.validate.norm.Norm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * hdae's corrected theorem on trained networks. For the uniform measure \( \mu \) on \( [0,1]^n \) and a
 * measurable \( A \) with \( \mu(A) \ge 1/2 \), \( \mathbb{E}\, d_2(x, A) \le 1/(2\pi) \)
 * ({@code cube-mean-dist-le-inv-2pi-of-half-mass}) and, with \( q = 1 - \mu(A) \),
 * \( \mathbb{E}[d_2(x, A) \mid x \notin A] \le 1/(2\pi q) \) ({@code cube-cond-mean-dist-le-inv-2pi-q-of-half-mass}),
 * whatever \( n \); \( d_2 \) is the Euclidean distance <em>inside the cube</em>. Both are hdae's formalisation
 * (derivation corrected-theorem), not the wording of arXiv 1801.00634.
 *
 * <p>For \( n \in \{16, 64, 256, 1024\} \): uniform points of the cube labelled by a random ReLU teacher
 * ({@link Synthetic#teacher}, width {@value #TEACHER_WIDTH}, mass {@value #TEACHER_MASS} for label 1); a student
 * ReLU MLP (one hidden layer of {@value #STUDENT_WIDTH}, Adam lr 1e-3, batch 64) trained on the first points;
 * \( A \) is the student's majority region ({@link MajorityRegion}, Clopper-Pearson 95 % on fresh uniform points);
 * \( d_2(x, A) \) on the held-out points is bracketed by {@link RegionDistance} (certified lower, attack upper); at
 * every n branch and bound ({@link ExactRadius}, {@value #EXACT_SUBDOMAINS} subdomains per radius, tolerance
 * 2 %) narrows each bracket: the lower end is \( \max(\text{CROWN}, \ell) \) and the upper end
 * \( \min(\text{attacks}, u) \), both proved, and the share of points bracketed to 2 % is reported (issue 18 asks
 * for at least 90 % at \( n = 16 \)).
 * The conditional bound uses \( q_{\min} = 1 - u \), the low end of \( q \)'s interval, where \( 1/(2\pi q) \) is
 * largest: a gap is then claimed only when it holds for every \( q \) in the interval.
 *
 * <p>The honest comparison sits beside these rows: the general-mass bounds ({@link GeneralMassBound}) at
 * \( a = \Phi^{-1}(\mu(A)) \), \( \mathbb{E}\,d_2 \le \int_0^\infty (1 - \Phi(a + \sqrt{2\pi}t))\,dt \) and
 * \( \mathbb{E}[d_2 \mid x \notin A] \le (\varphi(a) - aq)/(\sqrt{2\pi}q) \), read at the lower end \( \ell \)
 * of \( \mu(A) \)'s interval, where both are largest (the same conservative side as \( q_{\min} \)).
 *
 * <p>Sizes: QUICK 3000 training and 200 held-out points, 10000 mass points, 15 epochs; FULL 10000, 1000,
 * 100000, 20 epochs. One training seed at both scales.
 *
 * @see <a href="https://arxiv.org/abs/1801.00634">arXiv 1801.00634</a> (the paper the formalisation corrects)
 */
public final class CorrectedTheoremExperiment implements Experiment {

    /** The experiment id. */
    public static final String ID = "corrected-theorem-trained-nets";
    /** The dimensions n. */
    public static final int[] DIMENSIONS = {16, 64, 256, 1024};
    /** The teacher's hidden width. */
    public static final int TEACHER_WIDTH = 8;
    /** The teacher's fraction of label 1. */
    public static final double TEACHER_MASS = 0.3;
    /** The student's hidden width. */
    public static final int STUDENT_WIDTH = 64;
    /** The first seed: teacher data of dimension n use {@code SEED + n}, training uses {@code SEED}. */
    public static final long SEED = 180_100_634L;
    /** Offset of the seeds of the fresh mass points, {@code SEED + MASS_SEED_OFFSET + n}. */
    static final long MASS_SEED_OFFSET = 1_000_000L;
    /** The bound on the mean over all points. */
    static final String MEAN_BOUND = "cube-mean-dist-le-inv-2pi-of-half-mass";
    /** The bound on the minority-side mean. */
    static final String COND_BOUND = "cube-cond-mean-dist-le-inv-2pi-q-of-half-mass";
    /** The dimensions where branch and bound brackets the exact distance. */
    static final int[] EXACT_DIMENSIONS = {16, 64, 256, 1024};
    /** Branch and bound's budget per radius: a count of subdomains, not a wall time, so the run is deterministic. */
    static final int EXACT_SUBDOMAINS = 2000;
    /** The relative tolerance of the exact bracket: {@code upper - lower <= 0.02 upper}. */
    static final double EXACT_TOLERANCE = 0.02;
    /** Issue 18's target: at least 90 % of the points bracketed to 2 % (set for n = 16; shown at every n). */
    static final double EXACT_TARGET = 0.9;
    private static final double CONFIDENCE = 0.95;
    private static final double INV_2PI = 1 / (2 * Math.PI);

    private final ModelCache cache;

    private CorrectedTheoremExperiment(ModelCache cache) {
        this.cache = cache;
    }

    /**
     * The experiment with a model cache.
     *
     * @param cache where trained models are kept
     * @return the experiment
     */
    public static CorrectedTheoremExperiment of(ModelCache cache) {
        return new CorrectedTheoremExperiment(cache);
    }

    /** Sizes of one scale: training and held-out teacher points, fresh mass points, epochs. */
    record Sizes(int train, int test, int massPoints, int epochs) {

        static Sizes of(Scale scale) {
            return switch (scale) {
                case QUICK -> new Sizes(3_000, 200, 10_000, 15);
                case FULL -> new Sizes(10_000, 1_000, 100_000, 20);
            };
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d training / %d held-out points, %d mass points, %d epochs", train,
                    test, massPoints, epochs);
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Corrected theorem on trained nets: mean L2 distance to the majority region of a teacher-student MLP";
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
        return String.format(Locale.ROOT, "The theorem is hdae's FORMALISATION (not the paper's wording): for mu"
                + " uniform on [0,1]^n and mu(A) >= 1/2, E d_2(x, A) <= 1/(2 pi) and E[d_2(x, A) | x not in A]"
                + " <= 1/(2 pi q), q = 1 - mu(A), whatever n, d_2 being the Euclidean distance INSIDE the cube."
                + " Data: uniform points of [0,1]^n, n in {16, 64, 256, 1024}, labelled by a random one-hidden-layer"
                + " ReLU teacher (width %d, %s of the points labelled 1). Student: ReLU MLP, one hidden layer of %d,"
                + " Adam lr 1e-3, batch 64, seed %d. A is the student's majority decision region; its mass is"
                + " Clopper-Pearson 95 %% on fresh uniform points, and the premise mu(A) >= 1/2 holds when the"
                + " interval's lower end is >= 1/2. On held-out uniform points, d = 0 in A; outside A, d_2 is"
                + " bracketed per point: above by the smaller of the L2 DeepFool and L2 PGD-bisection (50 steps of"
                + " 0.05 eps from x, no random start) distances, both"
                + " clipped to the box [0,1] (an attack succeeds when the student's prediction becomes the majority"
                + " class), so attack distances are upper bounds of d_2; below by the CROWN-certified radius in"
                + " the cube (bisection on eps to 0.1 %%, outward-rounded bounds). At n = %s branch and bound"
                + " narrows each point's bracket: ReLU splits over beta-CROWN bounds with at most %d subdomains per"
                + " radius (a count, not a wall time: deterministic), bisection on eps to %.0f %% (upper - lower <="
                + " %.2f upper), the better attack's point as a candidate upper end; the lower end is then the larger"
                + " of the CROWN radius and the largest radius proved robust, the upper end the smaller of the attack"
                + " distance and the nearest verified counterexample (both proved per point), and the share of points"
                + " outside A bracketed to %.0f %% is reported (issue 18's target: at least %.0f %%). Means are"
                + " Student-t; the bracket"
                + " [lower end of the certified mean's interval, upper end of the attack mean's], each at 97.5 %%"
                + " (jointly 95 %%), decides the claim E d <= bound: REFUTED only when the certified end lies above"
                + " the bound, SUPPORTED when the attack end lies below it, INCONCLUSIVE otherwise (an attack alone"
                + " never refutes). The conditional bound uses q_min = 1 - (upper end of mu(A)'s interval),"
                + " where 1/(2 pi q) is largest. The honest comparison is the general-mass one, beside it: with"
                + " a = Phi^-1(mu(A)), E d_2 <= integral_0^inf (1 - Phi(a + sqrt(2 pi) t)) dt and E[d_2 | x not in A]"
                + " <= (phi(a) - a q)/(sqrt(2 pi) q), both hdae's formalisation, evaluated from the catalogue at the"
                + " lower end of mu(A)'s interval, where both are largest (so a refutation holds for every mass in"
                + " the interval); the half-mass bounds ignore that mu(A) is well above 1/2 and are looser."
                + " Accuracy against the teacher is reported. Sizes: quick %s; full %s.",
                TEACHER_WIDTH, TEACHER_MASS, STUDENT_WIDTH, SEED, list(EXACT_DIMENSIONS), EXACT_SUBDOMAINS,
                100 * EXACT_TOLERANCE, EXACT_TOLERANCE, 100 * EXACT_TOLERANCE, 100 * EXACT_TARGET,
                Sizes.of(Scale.QUICK), Sizes.of(Scale.FULL));
    }

    @Override
    public Measured measure(Scale scale) {
        Sizes sizes = Sizes.of(scale);
        List<Measurement> rows = new ArrayList<>();
        List<Long> seeds = new ArrayList<>(List.of(SEED));
        double[] dims = new double[DIMENSIONS.length];
        Estimate[] certifiedMeans = new Estimate[DIMENSIONS.length];
        Estimate[] attackMeans = new Estimate[DIMENSIONS.length];
        Estimate[] certifiedConditional = new Estimate[DIMENSIONS.length];
        Estimate[] attackConditional = new Estimate[DIMENSIONS.length];
        double[] flat = new double[DIMENSIONS.length];
        double[] conditionalBound = new double[DIMENSIONS.length];
        for (int r = 0; r < DIMENSIONS.length; r++) {
            int n = DIMENSIONS[r];
            dims[r] = n;
            seeds.add(SEED + n);
            seeds.add(SEED + MASS_SEED_OFFSET + n);
            Dataset data = Synthetic.teacher(n, sizes.train() + sizes.test(), TEACHER_WIDTH, TEACHER_MASS, SEED + n);
            Dataset train = data.subset(0, sizes.train());
            Dataset test = data.subset(sizes.train(), data.size());
            Classifier student = cache.getOrTrain(ModelSpec.mlp(n, List.of(STUDENT_WIDTH), 2),
                    TrainingSpec.of(sizes.epochs(), 64, SEED), train).classifier();
            MajorityRegion region = MajorityRegion.estimate(student, sizes.massPoints(), SEED + MASS_SEED_OFFSET + n,
                    CONFIDENCE);
            double[][] points = test.rows(0, test.size());
            RegionDistance distance = exactAt(n) ? RegionDistance.withExact(student, region.majority(), points,
                    exactRadius(student)) : RegionDistance.of(student, region.majority(), points);
            rows.addAll(dimensionRows(n, student, test, points, region, distance));
            certifiedMeans[r] = StudentMean.estimate(distance.all().lower(), CONFIDENCE);
            attackMeans[r] = StudentMean.estimate(distance.all().upper(), CONFIDENCE);
            certifiedConditional[r] = StudentMean.estimate(distance.minority().lower(), CONFIDENCE);
            attackConditional[r] = StudentMean.estimate(distance.minority().upper(), CONFIDENCE);
            flat[r] = INV_2PI;
            conditionalBound[r] = conditionalBound(region);
        }
        return new Measured(rows, seeds, List.of(
                DistanceFigure.of("mean-distance-against-n", "Mean L2 distance inside the cube to the student's"
                        + " majority region A, all held-out points: certified lower and attack upper means against"
                        + " 1/(2 pi)",
                        dims, certifiedMeans, attackMeans, "1/(2 pi), hdae formalisation", flat)
                        .withCaption(caption(sizes, "held-out points", certifiedMeans) + " Bound: 1/(2 pi)."),
                DistanceFigure.of("minority-mean-distance-against-n", "Mean L2 distance inside the cube to A given x"
                        + " not in A: certified lower and attack upper means against 1/(2 pi q_min)", dims,
                        certifiedConditional, attackConditional, "1/(2 pi q_min), hdae formalisation",
                        conditionalBound).withCaption(caption(sizes, "held-out points outside A", certifiedConditional)
                        + " Bound: 1/(2 pi q_min), q_min the lower end of the Clopper-Pearson 95 % interval of the"
                        + " minority mass.")));
    }

    private static boolean exactAt(int n) {
        return java.util.Arrays.stream(EXACT_DIMENSIONS).anyMatch(d -> d == n);
    }

    /** "16, 64" for {16, 64}. */
    private static String list(int[] values) {
        return java.util.Arrays.toString(values).replaceAll("[\\[\\]]", "");
    }

    /** Branch and bound with the subdomain budget and the 2 % tolerance, L2 in the unit cube. */
    static ExactRadius exactRadius(Classifier student) {
        ReluNetwork net = ReluNetwork.of(student);
        return ExactRadius.of(net, Norm.L2, Box.UNIT).withTolerance(EXACT_TOLERANCE)
                .withBranchAndBound(BranchAndBound.of(net).withMaxSubdomains(EXACT_SUBDOMAINS));
    }

    /** Model, data, sample sizes and interval type of a figure. */
    private static String caption(Sizes sizes, String points, Estimate[] means) {
        StringBuilder counts = new StringBuilder();
        for (int r = 0; r < DIMENSIONS.length; r++) {
            counts.append(r == 0 ? "" : ", ").append(means[r].samples());
        }
        return String.format(Locale.ROOT, "Data: a teacher MLP (width %d, label-1 mass %.1f) labels uniform points of"
                + " [0,1]^n. Model: a student ReLU MLP (one hidden layer of %d units) trained on %d points per n; A is"
                + " its majority region. Points: %s (%s at n = %s). Per point the CROWN certified radius gives a lower"
                + " and an attack an upper bound of d_2(x, A), narrowed by branch and bound at n = %s; means with"
                + " Student-t 95 %% intervals.", TEACHER_WIDTH, TEACHER_MASS, STUDENT_WIDTH, sizes.train(), points,
                counts, list(DIMENSIONS), list(EXACT_DIMENSIONS));
    }

    /** The conditional bound at the low end of q's interval, where it is largest: 1/(2 pi q_min). */
    private static double conditionalBound(MajorityRegion region) {
        return 1 / (2 * Math.PI * region.minorityMassLower());
    }

    static String allLabel(int n) {
        return String.format(Locale.ROOT, "d_2(x, A), all held-out points, n = %d", n);
    }

    static String minorityLabel(int n) {
        return String.format(Locale.ROOT, "d_2(x, A) given x not in A, n = %d", n);
    }

    static String massQuantity(int n) {
        return String.format(Locale.ROOT, "mu(A), student's majority region, n = %d", n);
    }

    private static List<Measurement> dimensionRows(int n, Classifier student, Dataset test, double[][] points,
                                                   MajorityRegion region, RegionDistance distance) {
        List<Measurement> rows = new ArrayList<>();
        Estimate mass = region.mass();
        String premise = String.format(Locale.ROOT, "premise mu(A) >= 1/2 (A = class %d region); %s at 95 %%:"
                + " lower end %.4f", region.majority(), region.premiseHolds() ? "holds" : "NOT established",
                mass.interval().lower());
        rows.add(new Measurement(massQuantity(n), MEAN_BOUND, 0.5, mass, Comparison.AT_LEAST, premise));
        int[] predicted = student.predict(points);
        int correct = 0;
        for (int i = 0; i < points.length; i++) {
            correct += predicted[i] == test.label(i) ? 1 : 0;
        }
        rows.add(new Measurement(String.format(Locale.ROOT, "student accuracy against the teacher, n = %d", n),
                MEAN_BOUND, Double.NaN, ClopperPearson.estimate(correct, points.length, CONFIDENCE), Comparison.NONE,
                "held-out teacher points; reported only"));
        String caveat = region.premiseHolds() ? "" : " (premise NOT established: the bound need not apply)";
        rows.addAll(distance.all().rows(allLabel(n), MEAN_BOUND, INV_2PI, "1/(2 pi), hdae formalisation" + caveat,
                CONFIDENCE, Comparison.BRACKET_AT_MOST));
        double qMin = region.minorityMassLower();
        double condBound = conditionalBound(region);
        rows.addAll(distance.minority().rows(minorityLabel(n), COND_BOUND, condBound, String.format(Locale.ROOT,
                "1/(2 pi q_min), q_min = %.4f (q = %.4f), hdae formalisation%s", qMin, region.minorityMass(), caveat),
                CONFIDENCE, Comparison.BRACKET_AT_MOST));
        if (!distance.exact().isEmpty()) {
            rows.add(distance.exactRow(String.format(Locale.ROOT, "n = %d", n), COND_BOUND, EXACT_TARGET,
                    CONFIDENCE));
        }
        rows.addAll(generalMassRows(n, mass, distance, caveat));
        return rows;
    }

    /**
     * The honest comparison: the general-mass bounds at the measured mass, beside the half-mass rows. Both bounds
     * decrease in mu(A), so each is read at the lower end l of mu(A)'s interval, where it is largest: REFUTED is then
     * claimed only when the certified mean lies above the bound for every mass in the interval (the bound at the
     * upper end u is printed beside it).
     */
    private static List<Measurement> generalMassRows(int n, Estimate mass, RegionDistance distance, String caveat) {
        double low = mass.interval().lower();
        double high = mass.interval().upper();
        String at = String.format(Locale.ROOT, "mu(A) in [%.4f, %.4f]", low, high);
        return List.of(
                distance.all().bracketRow(generalAllLabel(n), GeneralMassBound.MEAN, GeneralMassBound.mean(low),
                        String.format(Locale.ROOT, "integral of 1 - Phi(a + sqrt(2 pi) t), a = Phi^-1(l), at the lower"
                                + " end l of %s (%.4f at u), hdae formalisation%s", at,
                                GeneralMassBound.mean(Math.min(high, 1 - 1e-12)), caveat),
                        CONFIDENCE, Comparison.BRACKET_AT_MOST),
                distance.minority().bracketRow(generalMinorityLabel(n), GeneralMassBound.MINORITY,
                        GeneralMassBound.minority(low), String.format(Locale.ROOT, "(phi(a) - a q)/(sqrt(2 pi) q),"
                                + " a = Phi^-1(1 - q), at q = 1 - l, the lower end l of %s (%.4f at u), hdae"
                                + " formalisation%s", at, GeneralMassBound.minority(Math.min(high, 1 - 1e-12)), caveat),
                        CONFIDENCE, Comparison.BRACKET_AT_MOST));
    }

    static String generalAllLabel(int n) {
        return String.format(Locale.ROOT, "d_2(x, A) against the general-mass bound, all held-out points, n = %d", n);
    }

    static String generalMinorityLabel(int n) {
        return String.format(Locale.ROOT, "d_2(x, A) against the general-mass bound, given x not in A, n = %d", n);
    }
}

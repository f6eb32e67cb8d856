package hdae.validate.census;

import hdae.numeric.mc.ClopperPearson;
import hdae.validate.census.CriticalPointSearch.Outcome;
import hdae.validate.census.CriticalPointSearch.Result;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A Hessian census: critical points of {@link TanhMlp} networks of several widths on one {@link TeacherTask}, each
 * with its Hessian spectrum, grouped into {@link WidthSummary}s.
 *
 * <p>For each width \( h \) and start \( j \), \( \theta_0 \sim N(0, \mathrm{startScale}^2 I_n) \) from the seed
 * \( (\mathrm{seed}, h, j) \), then \( T_j \) steps of heavy-ball gradient descent on \( L \)
 * (\( u \leftarrow \beta u - \eta g \), \( \theta \leftarrow \theta + u \), \( \eta \) = {@link #LEARNING_RATE},
 * \( \beta \) = {@link #MOMENTUM}; \( T_j \) as in {@link CensusConfig}), so that the searches start along
 * descent trajectories at every loss level, as Dauphin et al. did; {@link CriticalPointSearch} runs from there; a point with \( \|g\|_2 \le \tau \) gets its
 * Hessian \( \hat H \) ({@link FiniteDifferences}), the asymmetry of \( \hat H \), the spectrum of
 * \( (\hat H + \hat H^\top)/2 \) and the second-difference check along random unit directions. Two points are the same
 * when \( |L_1 - L_2| \le 10^{-9} \max(1, L_1) \) and their sorted eigenvalues agree within \( 10^{-6} \lambda_{\max}
 * \) (symmetric images of one point, under unit permutations and sign flips, have equal loss and spectrum). The
 * result depends on the seed only: starts run in parallel, but are merged in start order.
 *
 * <p>The fraction of minima estimates the share of minima among the critical points that this search reaches from
 * this start distribution. It is not the share among all critical points (the quantity the random-matrix models
 * speak of): each point is weighted by its basin of attraction.
 *
 * @see <a href="https://arxiv.org/abs/1406.2572">Y. Dauphin et al., NeurIPS 2014, figure 1 (index against error)</a>
 */
public final class Census {

    /** The confidence level of the Clopper-Pearson intervals. */
    public static final double CONFIDENCE = 0.95;
    /** The step size of the heavy-ball descent before each search (stable while it times the largest Hessian
     *  eigenvalue, about 2 to 5 here, stays below \( 2(1 + \beta) = 3.8 \)). */
    public static final double LEARNING_RATE = 0.05;
    /** The heavy-ball momentum \( \beta \). */
    public static final double MOMENTUM = 0.9;
    /** Relative loss agreement of one point reached twice. */
    private static final double SAME_LOSS = 1e-9;
    /** Relative spectrum agreement of one point reached twice (in units of \( \lambda_{\max} \)). */
    private static final double SAME_SPECTRUM = 1e-6;

    private final CensusConfig config;
    private final TeacherTask task;
    private final List<CriticalPoint> points;
    private final List<WidthSummary> summaries;

    private Census(CensusConfig config, TeacherTask task, List<CriticalPoint> points, List<WidthSummary> summaries) {
        this.config = config;
        this.task = task;
        this.points = points;
        this.summaries = summaries;
    }

    /**
     * Runs a census.
     *
     * @param config the settings
     * @return the census
     */
    public static Census run(CensusConfig config) {
        TeacherTask task = TeacherTask.draw(config.inputDimension(), config.teacherWidth(), config.samples(),
                config.noise(), config.seed());
        CriticalPointSearch search = CriticalPointSearch.of(config.threshold(), config.maxIterations(),
                config.parameterBound());
        List<CriticalPoint> all = new ArrayList<>();
        List<WidthSummary> summaries = new ArrayList<>();
        for (int width : config.widths()) {
            TanhMlp net = TanhMlp.of(task.inputs(), task.targets(), width, config.weightDecay());
            List<Result> results = IntStream.range(0, config.starts()).parallel()
                    .mapToObj(j -> search.search(net, descend(net, start(config, net.dimension(), width, j),
                            descentSteps(config, j)))).toList();
            List<CriticalPoint> distinct = new ArrayList<>();
            int[] outcomes = new int[Outcome.values().length];
            for (int j = 0; j < results.size(); j++) {
                Result r = results.get(j);
                outcomes[r.outcome().ordinal()]++;
                if (r.outcome() == Outcome.CRITICAL) {
                    CriticalPoint p = examine(config, net, width, j, r);
                    if (distinct.stream().noneMatch(q -> same(p, q))) {
                        distinct.add(p);
                    }
                }
            }
            all.addAll(distinct);
            summaries.add(summarise(width, net.dimension(), config.starts(), outcomes, distinct));
        }
        return new Census(config, task, Collections.unmodifiableList(all), Collections.unmodifiableList(summaries));
    }

    /**
     * The settings.
     *
     * @return the settings
     */
    public CensusConfig config() {
        return config;
    }

    /**
     * The task.
     *
     * @return the teacher task
     */
    public TeacherTask task() {
        return task;
    }

    /**
     * The distinct critical points of all widths, width by width, in the order first reached.
     *
     * @return an unmodifiable list
     */
    public List<CriticalPoint> points() {
        return points;
    }

    /**
     * One summary per width, in the order of {@link CensusConfig#widths()}.
     *
     * @return an unmodifiable list
     */
    public List<WidthSummary> summaries() {
        return summaries;
    }

    private static double[] start(CensusConfig config, int n, int width, int index) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(streamSeed(config.seed(), width, index, 0));
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] theta = new double[n];
        for (int i = 0; i < n; i++) {
            theta[i] = config.startScale() * gauss.sample();
        }
        return theta;
    }

    private static int descentSteps(CensusConfig config, int index) {
        if (config.starts() == 1) {
            return config.descentSteps();
        }
        double t = index / (double) (config.starts() - 1);
        return (int) Math.floor(config.descentSteps() * t * t);
    }

    private static double[] descend(DifferentiableLoss loss, double[] theta, int steps) {
        double[] velocity = new double[theta.length];
        for (int s = 0; s < steps; s++) {
            double[] g = loss.gradient(theta);
            for (int i = 0; i < theta.length; i++) {
                velocity[i] = MOMENTUM * velocity[i] - LEARNING_RATE * g[i];
                theta[i] += velocity[i];
            }
        }
        return theta;
    }

    /**
     * The 128-bit seed of one random stream. The generator's state is two longs, so a longer seed array would be
     * cut: the width, start and purpose are packed into the second long (distinct for widths below \( 2^{23} \),
     * starts below \( 2^{32} \) and purposes below \( 2^8 \)).
     */
    private static long[] streamSeed(long seed, int width, int index, int purpose) {
        return new long[] {seed, ((long) width << 40) ^ ((long) index << 8) ^ purpose};
    }

    private static CriticalPoint examine(CensusConfig config, TanhMlp net, int width, int index, Result r) {
        double[] theta = net.canonical(r.theta());
        double[][] raw = FiniteDifferences.hessian(net, theta, FiniteDifferences.HESSIAN_STEP);
        double[][] h = FiniteDifferences.symmetrise(raw);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(
                streamSeed(config.seed(), width, index, 1));
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double error = 0;
        for (int k = 0; k < config.directions(); k++) {
            double[] u = new double[theta.length];
            for (int i = 0; i < u.length; i++) {
                u[i] = gauss.sample();
            }
            double length = CriticalPointSearch.norm(u);
            for (int i = 0; i < u.length; i++) {
                u[i] /= length;
            }
            double exact = FiniteDifferences.quadraticForm(h, u);
            double diff = FiniteDifferences.secondDifference(net, theta, u, FiniteDifferences.SECOND_DIFFERENCE_STEP);
            error = Math.max(error, Math.abs(diff - exact) / Math.max(1, Math.abs(exact)));
        }
        return new CriticalPoint(width, index, theta, net.value(theta), CriticalPointSearch.norm(net.gradient(theta)),
                FiniteDifferences.asymmetry(raw), error, Spectrum.of(h, Spectrum.DEFAULT_ZERO_TOLERANCE));
    }

    private static boolean same(CriticalPoint p, CriticalPoint q) {
        if (!(Math.abs(p.loss() - q.loss()) <= SAME_LOSS * Math.max(1, p.loss()))) {
            return false;
        }
        double[] a = p.spectrum().eigenvalues();
        double[] b = q.spectrum().eigenvalues();
        double scale = Math.max(Math.abs(a[0]), Math.abs(a[a.length - 1]));
        for (int i = 0; i < a.length; i++) {
            if (!(Math.abs(a[i] - b[i]) <= SAME_SPECTRUM * scale)) {
                return false;
            }
        }
        return true;
    }

    private static WidthSummary summarise(int width, int n, int starts, int[] outcomes, List<CriticalPoint> distinct) {
        int minima = 0;
        int degenerateMinima = 0;
        int degenerate = 0;
        double indexSum = 0;
        for (CriticalPoint p : distinct) {
            Spectrum s = p.spectrum();
            minima += s.isMinimum() ? 1 : 0;
            degenerateMinima += s.isMinimum() && s.isDegenerate() ? 1 : 0;
            degenerate += s.isDegenerate() ? 1 : 0;
            indexSum += s.indexFraction();
        }
        return new WidthSummary(width, n, starts, outcomes[Outcome.CRITICAL.ordinal()],
                outcomes[Outcome.STUCK.ordinal()], outcomes[Outcome.BUDGET.ordinal()],
                outcomes[Outcome.ESCAPED.ordinal()], distinct.size(), minima, degenerateMinima, degenerate,
                distinct.isEmpty() ? null : ClopperPearson.estimate(minima, distinct.size(), CONFIDENCE),
                distinct.isEmpty() ? Double.NaN : indexSum / distinct.size());
    }
}

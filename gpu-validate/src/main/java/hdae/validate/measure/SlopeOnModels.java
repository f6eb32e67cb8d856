package hdae.validate.measure;

import hdae.numeric.mc.ClopperPearson;
import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.StudentMean;
import hdae.symbolic.bound.Provenance;
import hdae.validate.ValidationException;
import hdae.validate.data.Dataset;
import hdae.validate.experiment.Experiment;
import hdae.validate.experiment.Measured;
import hdae.validate.experiment.Scale;
import hdae.validate.experiment.SlopeBracket;
import hdae.validate.ledger.Comparison;
import hdae.validate.ledger.Measurement;
import hdae.validate.model.Classifier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Claim A5 of the paper, \( \mathbb{E}\,\|\delta\|_2 = O(n^{-1/2}) \) ({@code adv-l2-mean-isbigo-inv-sqrt-n}), on a
 * user's networks, one per resolution: at each the minimal L2 perturbation \( \Delta(x) \) of the correctly
 * classified test images is bracketed by {@link NetworkMeasurement} (\( R(x) \le \Delta(x) \le D(x) \): CROWN
 * below, the smaller of DeepFool-L2 and the minimal-L2 PGD bisection above, in the box). A law \( C n^\beta \)
 * has log-log slope \( \beta \), and the claim asks for \( \beta \le -1/2 \). Since
 * \( \bar R(n) \le \mathbb{E}\Delta(n) \le \bar D(n) \) up to sampling error, the two-point slope from the
 * smallest \( n_1 \) to the largest \( n_2 \) lies in
 * \[ \Big[ \frac{\log(\ell_R(n_2)/u_D(n_1))}{\log(n_2/n_1)},\ \frac{\log(u_D(n_2)/\ell_R(n_1))}{\log(n_2/n_1)}
 * \Big], \]
 * the four interval ends Student-t at level \( 1 - \alpha/4 \) (jointly \( 1 - \alpha \)), judged by
 * {@link Comparison#BRACKET_AT_MOST} against \( -1/2 \) for the Euclidean reading E and, for the rms reading R
 * (\( \|\delta\|_2/\sqrt n \)), the same bracket minus 1/2. The same construction as the built-in
 * {@code multiresolution-l2} experiment, with two attacks instead of four (so a looser upper end).
 */
public final class SlopeOnModels implements Experiment {

    /** The experiment id, the ledger's key (no gap of a user's network is ledgered). */
    public static final String ID = "multiresolution-user-models";
    /** The bound: claim A5. */
    public static final String BOUND = "adv-l2-mean-isbigo-inv-sqrt-n";
    private static final double LAW = -0.5;
    private static final double CONFIDENCE = 0.95;

    /** One network with the test data of its resolution. */
    public record Network(Classifier model, String name, Dataset data) {
    }

    private final List<Network> networks;

    private SlopeOnModels(List<Network> networks) {
        this.networks = networks;
    }

    /**
     * The check on several networks.
     *
     * @param networks at least two, of different input dimensions, each with data of its dimension
     * @return the experiment, networks in increasing dimension
     */
    public static SlopeOnModels of(List<Network> networks) {
        List<Network> sorted = networks.stream().sorted(Comparator.comparingInt(w -> w.model().inputs())).toList();
        for (int i = 0; i < sorted.size(); i++) {
            Network w = sorted.get(i);
            if (i > 0 && w.model().inputs() == sorted.get(i - 1).model().inputs()) {
                throw ValidationException.expected("networks of different input dimensions", "model " + w.name(),
                        "the dimension " + w.model().inputs() + " of " + sorted.get(i - 1).name() + " again");
            }
            if (w.data().dimension() != w.model().inputs()) {
                throw ValidationException.expected("data of the network's dimension " + w.model().inputs(), "data "
                        + w.data().name(), "dimension " + w.data().dimension());
            }
        }
        if (sorted.size() < 2) {
            throw ValidationException.expected("at least two networks (--model, one per resolution)", "--model",
                    sorted.size());
        }
        return new SlopeOnModels(sorted);
    }

    private static int images(Scale scale) {
        return scale == Scale.QUICK ? 100 : 500;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Claim A5 on your networks: mean minimal L2 perturbation against the number of inputs";
    }

    @Override
    public String bound() {
        return BOUND;
    }

    @Override
    public Provenance provenance() {
        return Provenance.PAPER;
    }

    @Override
    public String method() {
        return String.format(Locale.ROOT, "Networks: %s. On the correctly classified images among the first %d"
                + " (quick) or %d (full) test images of each network's resolution: the minimal L2 perturbation in"
                + " [0,1]^n bracketed by the CROWN-certified radius below and the smaller of the DeepFool-L2 and"
                + " minimal-L2 PGD-bisection distances above. O(n^(-1/2)) asks for a log-log slope of at most -1/2;"
                + " it is judged on the bracket of the two-point slope between the smallest and the largest n, from"
                + " log(mean R(n2) / mean D(n1)) to log(mean D(n2) / mean R(n1)) over log(n2/n1), the four means at"
                + " 98.75 %% Student-t each (jointly 95 %%): REFUTED only when the certified end lies above -1/2,"
                + " SUPPORTED when the attack end lies below it. Reading E is the Euclidean norm, reading R the rms"
                + " norm (slope minus 1/2).", String.join(", ", networks.stream().map(w -> w.name() + " (n = "
                + w.model().inputs() + ")").toList()), images(Scale.QUICK), images(Scale.FULL));
    }

    @Override
    public Measured measure(Scale scale) {
        List<Measurement> rows = new ArrayList<>();
        List<double[][]> brackets = new ArrayList<>();
        for (Network w : networks) {
            List<SampleBracket> r = NetworkMeasurement.run(w.model(), w.data(), images(scale), new double[0]).rows();
            List<SampleBracket> found = r.stream().filter(b -> b.correct() && Double.isFinite(b.upper())).toList();
            double[] lower = found.stream().mapToDouble(SampleBracket::certified).toArray();
            double[] upper = found.stream().mapToDouble(SampleBracket::upper).toArray();
            brackets.add(new double[][] {lower, upper});
            String at = String.format(Locale.ROOT, "%s (n = %d), %d images", w.name(), w.model().inputs(),
                    found.size());
            long consistent = found.stream().filter(b -> b.certified() <= b.upper()).count();
            rows.add(new Measurement("certified <= attack, " + at, BOUND, 1.0, ClopperPearson.estimate(consistent,
                    found.size(), CONFIDENCE), Comparison.AT_LEAST, "R(x) <= Delta(x) <= D(x) for every image"));
            rows.add(new Measurement("certified lower mean L2, " + at, BOUND, Double.NaN,
                    StudentMean.estimate(lower, CONFIDENCE), Comparison.NONE, "reported; lower end of the bracket"));
            rows.add(new Measurement("attack upper mean L2, " + at, BOUND, Double.NaN,
                    StudentMean.estimate(upper, CONFIDENCE), Comparison.NONE, "reported; upper end of the bracket"));
        }
        Network first = networks.get(0);
        Network last = networks.get(networks.size() - 1);
        String span = String.format(Locale.ROOT, "n = %d to %d", first.model().inputs(), last.model().inputs());
        Estimate[] slope = slopeBracket(brackets.get(0), brackets.get(brackets.size() - 1),
                Math.log((double) last.model().inputs() / first.model().inputs()), span);
        rows.add(new Measurement("log-log slope of mean L2 distance, " + span, BOUND, LAW, slope[0],
                Comparison.BRACKET_AT_MOST, "reading E of A5 (Euclidean norm): slope <= -1/2"));
        rows.add(new Measurement("log-log slope of mean rms distance, " + span, BOUND, LAW, slope[1],
                Comparison.BRACKET_AT_MOST, "reading R of A5 (rms norm, ||delta||_2 / sqrt(n)): slope <= -1/2"));
        return new Measured(rows, List.of());
    }

    /** The Euclidean and rms two-point slope brackets (see the class comment); {@code logSpan} = log(n2/n1). */
    private static Estimate[] slopeBracket(double[][] from, double[][] to, double logSpan, String span) {
        return SlopeBracket.of(from[0], from[1], to[0], to[1], logSpan, span, CONFIDENCE);
    }
}

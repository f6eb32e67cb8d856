package hdae.validate.measure;

import hdae.numeric.mc.ClopperPearson;
import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.StudentMean;
import hdae.validate.ValidationException;
import hdae.validate.attack.L2DeepFool;
import hdae.validate.attack.L2PgdBisection;
import hdae.validate.attack.Box;
import hdae.validate.certify.BoundMethod;
import hdae.validate.certify.CertifiedRadius;
import hdae.validate.data.Dataset;
import hdae.validate.model.Classifier;
import hdae.validate.model.Progress;
import hdae.validate.norm.Norm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures a network on data: per input the bracket certified radius &le; \(d^*\) &le; attack distance
 * (DeepFool-L2 and the minimal-L2 PGD bisection, both kept in the box [0,1]^n), and per budget the certified
 * accuracy and the accuracy under attack, which enclose the robust accuracy from below and above. Intervals
 * are 95 % (Clopper-Pearson for proportions, Student-t for means) and speak of the sampling of the inputs,
 * not of the attacks' or certificate's slack, which the bracket shows.
 */
public final class NetworkMeasurement {

    /** Confidence of every interval. */
    public static final double CONFIDENCE = 0.95;
    /** The certificate used for the lower end. */
    public static final String CERTIFICATE = "CROWN (backward linear relaxation over the L2 ball in the box, outward"
            + " rounded), radius by bisection";
    /** The attacks used for the upper end. */
    public static final List<String> ATTACKS = List.of("DeepFool-L2 (box-aware)", "minimal-L2 PGD bisection");

    /** Inputs per step of the progress bar. */
    private static final int CHUNK = 25;

    private NetworkMeasurement() {
    }

    /**
     * Measures the first {@code limit} inputs.
     *
     * @param model the network
     * @param data  the inputs, of the network's dimension
     * @param limit how many inputs, at least 1
     * @param eps   budgets for the accuracies, each finite and >= 0
     * @return the brackets and the summary
     */
    public static Result run(Classifier model, Dataset data, int limit, double[] eps) {
        if (data.dimension() != model.inputs()) {
            throw ValidationException.expected("inputs of the network's dimension " + model.inputs(), "data "
                    + data.name(), "dimension " + data.dimension());
        }
        for (double e : eps) {
            if (!(e >= 0 && e < Double.POSITIVE_INFINITY)) {
                throw ValidationException.expected("finite budgets >= 0", "--eps", e);
            }
        }
        int count = Math.min(limit, data.size());
        List<SampleBracket> rows = new ArrayList<>();
        // chunks only pace the progress bar: each attack seeds an input's random stream from its content
        // (attack.Seeds), so a bracket does not depend on the chunking
        try (Progress progress = Progress.start("measure", (count + CHUNK - 1) / CHUNK)) {
            for (int from = 0; from < count; from += CHUNK) {
                rows.addAll(brackets(model, data, from, Math.min(count, from + CHUNK)));
                progress.step(rows.size() + "/" + count + " inputs");
            }
        }
        return new Result(rows, summary(rows, eps));
    }

    private static List<SampleBracket> brackets(Classifier model, Dataset data, int from, int to) {
        double[][] x = data.rows(from, to);
        int[] y = Arrays.copyOfRange(data.labels(), from, to);
        int[] predicted = model.predict(x);
        double[] deepFool = L2DeepFool.of().attack(model, x, y).distances();
        double[] bisection = L2PgdBisection.of().attack(model, x, y).distances();
        double[] upper = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            upper[i] = Math.min(deepFool[i], bisection[i]);
        }
        // the attacks' distances cap the bisection of the certified radius, which never exceeds them
        double[] certified = CertifiedRadius.of(model, Norm.L2, Box.UNIT, BoundMethod.CROWN).radii(x, y, upper);
        List<SampleBracket> rows = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            boolean correct = predicted[i] == y[i];
            rows.add(new SampleBracket(from + i, y[i], predicted[i], correct ? certified[i] : 0, deepFool[i],
                    bisection[i], upper[i]));
        }
        return rows;
    }

    private static Map<String, Object> summary(List<SampleBracket> rows, double[] eps) {
        Map<String, Object> s = new LinkedHashMap<>();
        long correct = rows.stream().filter(SampleBracket::correct).count();
        s.put("samples", rows.size());
        s.put("clean_accuracy", proportion(correct, rows.size()));
        List<Map<String, Object>> perEps = new ArrayList<>();
        for (double e : eps) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("eps", e);
            m.put("certified_accuracy", proportion(rows.stream().filter(r -> r.certifiedAt(e)).count(), rows.size()));
            m.put("accuracy_under_attack", proportion(rows.stream().filter(r -> r.unbrokenAt(e)).count(), rows.size()));
            perEps.add(m);
        }
        s.put("robust_accuracy_l2", perEps);
        double[] lower = rows.stream().filter(SampleBracket::correct).mapToDouble(SampleBracket::certified).toArray();
        double[] upper = rows.stream().filter(r -> r.correct() && r.upper() < Double.POSITIVE_INFINITY)
                .mapToDouble(SampleBracket::upper).toArray();
        s.put("mean_certified_l2", mean(lower));
        s.put("mean_attack_l2", mean(upper));
        s.put("attack_failures", rows.stream().filter(r -> r.correct() && r.upper() == Double.POSITIVE_INFINITY).count());
        s.put("certificate", CERTIFICATE);
        s.put("attacks", ATTACKS);
        s.put("reading", "certified_accuracy <= robust accuracy <= accuracy_under_attack, and per input certified_l2"
                + " <= minimal adversarial L2 distance <= upper_l2; intervals are " + (int) (CONFIDENCE * 100)
                + " % over the sampled inputs");
        return s;
    }

    private static Map<String, Object> proportion(long successes, long trials) {
        Estimate e = ClopperPearson.estimate(successes, trials, CONFIDENCE);
        return interval(e);
    }

    private static Map<String, Object> mean(double[] sample) {
        if (sample.length < 2) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("value", sample.length == 1 ? sample[0] : Double.NaN);
            m.put("samples", sample.length);
            m.put("interval", "too few samples");
            return m;
        }
        return interval(StudentMean.estimate(sample, CONFIDENCE));
    }

    private static Map<String, Object> interval(Estimate e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", e.value());
        m.put("lower", e.interval().lower());
        m.put("upper", e.interval().upper());
        m.put("samples", e.samples());
        m.put("method", e.method());
        return m;
    }

    /**
     * The brackets, one per input, and the summary (JSON-ready).
     *
     * @param rows    per input
     * @param summary accuracies and mean distances with intervals
     */
    public record Result(List<SampleBracket> rows, Map<String, Object> summary) {
        public Result {
            rows = List.copyOf(rows);
            summary = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(summary));
        }
    }
}

package hdae.validate.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one benchmark run, named as the PyTorch reference names them so that the two can be
 * compared key by key. Each time is given twice, as wall clock and as process CPU time; NaN where a workload
 * was not run.
 *
 * @param architecture          for example {@code 784-128-10}
 * @param threads               ND4J's maximum native threads
 * @param train                 seconds per training epoch (batch 128, Adam 1e-3, float32), training steps only,
 *                              the mean over the epochs
 * @param trainSecondsByEpoch   the wall-clock seconds of each epoch (the first includes the JIT's compilation)
 * @param fgsm                  FGSM (L-infinity, eps 0.1), milliseconds per image
 * @param fgsmSuccessRate       its success rate
 * @param pgd                   PGD-L2 (eps 1.0), milliseconds per image
 * @param pgdSuccessRate        its success rate
 * @param deepFool              DeepFool-L2, milliseconds per image
 * @param deepFoolSuccessRate   its success rate
 * @param deepFoolMeanL2        mean L2 distance of its successes on correctly classified images
 * @param deepFoolMeanIterations its mean number of iterations over all attacked images (0 for those already
 *                              misclassified), counted as the PyTorch reference counts them
 * @param bisection             minimal-L2 PGD bisection, milliseconds per image
 * @param bisectionMeanL2       its mean L2 distance where it succeeded
 */
public record BenchFigures(String architecture, int threads, Timing train, double[] trainSecondsByEpoch,
        Timing fgsm, double fgsmSuccessRate,
        Timing pgd, double pgdSuccessRate, Timing deepFool, double deepFoolSuccessRate, double deepFoolMeanL2,
        double deepFoolMeanIterations, Timing bisection, double bisectionMeanL2) {

    /**
     * One time, in the unit of its figure.
     *
     * @param wall the wall-clock time
     * @param cpu  the CPU time of the whole process over the same span (every thread); it grows much less than
     *             the wall time when other processes share the cores
     */
    public record Timing(double wall, double cpu) {
        /** Not run. */
        public static final Timing NONE = new Timing(Double.NaN, Double.NaN);
    }

    /**
     * @return the figures under the keys of {@code torch_reference.py}'s JSON: {@code train_seconds_per_epoch},
     *         {@code deepfool_ms_per_image} and so on for the wall clock, {@code train_cpu_seconds_per_epoch},
     *         {@code deepfool_cpu_ms_per_image} for the CPU time (NaN figures left out), and
     *         {@code train_seconds_by_epoch}, the list of each epoch's wall-clock seconds
     */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("framework", "hdae (Deeplearning4j 1.0.0-M2.1)");
        m.put("architecture", architecture);
        m.put("threads", threads);
        put(m, "train", "seconds_per_epoch", train);
        m.put("train_seconds_by_epoch", Arrays.stream(trainSecondsByEpoch).boxed().toList());
        put(m, "fgsm", "ms_per_image", fgsm);
        put(m, "fgsm_success_rate", fgsmSuccessRate);
        put(m, "pgd", "ms_per_image", pgd);
        put(m, "pgd_success_rate", pgdSuccessRate);
        put(m, "deepfool", "ms_per_image", deepFool);
        put(m, "deepfool_success_rate", deepFoolSuccessRate);
        put(m, "deepfool_mean_l2", deepFoolMeanL2);
        put(m, "deepfool_mean_iterations", deepFoolMeanIterations);
        put(m, "bisection", "ms_per_image", bisection);
        put(m, "bisection_mean_l2", bisectionMeanL2);
        return m;
    }

    private static void put(Map<String, Object> m, String workload, String unit, Timing time) {
        put(m, workload + "_" + unit, time.wall());
        put(m, workload + "_cpu_" + unit, time.cpu());
    }

    private static void put(Map<String, Object> m, String key, double value) {
        if (!Double.isNaN(value)) {
            m.put(key, value);
        }
    }
}
